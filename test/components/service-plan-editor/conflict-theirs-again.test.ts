import { expect, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, announced, buttonByText, click, untilSaved } from './helpers.js';
import { conflictText, otherTabSaves, typedConflict } from './typed-conflict.js';

/** A typed-field conflict (typedConflict); the other tab then saves the title again, and the description. */
async function typedConflictThenSavedAgain(prefix: string): Promise<{ editor: ServicePlanEditor; storage: DexieStorageAdapter; databaseName: string; planId: string }> {
  const { editor, storage, databaseName, planId } = await typedConflict(prefix);
  await otherTabSaves(databaseName, planId, { title: 'Saved by them again', description: 'Described by them' });
  return { editor, storage, databaseName, planId };
}

describe('<service-plan-editor>: the other tab saves again while a typed-field conflict is open', () => {
  it('shows their newest version in the conflict at once, and says so', async () => {
    const { editor } = await typedConflictThenSavedAgain('theirs-again-shown');
    await waitUntil(() => conflictText(editor).includes('Saved by them again'), 'the conflict still shows their earlier save', { timeout: 3000 });
    expect(conflictText(editor), 'my typing is still my side').to.contain('Typed by me');
    expect(announced(editor).polite).to.equal('They saved again: the conflict now shows their latest version. Choose again.');
    expect($<HTMLTextAreaElement>(editor, 'textarea[name="goal.description"]').value, 'the plan under the panel is their newest').to.equal('Described by them');
  });

  it('taking theirs then shows and keeps their newest save, writing nothing over it', async () => {
    const { editor, storage, planId } = await typedConflictThenSavedAgain('theirs-again-take');
    await waitUntil(() => conflictText(editor).includes('Saved by them again'), 'the conflict still shows their earlier save', { timeout: 3000 });
    const newest = (await storage.get<ServicePlan>('servicePlan', planId))!;
    await click(editor, buttonByText($(editor, '[part~="conflict"]'), 'Take theirs in every field'));
    await untilSaved(editor);
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Saved by them again');
    const stored = (await storage.get<ServicePlan>('servicePlan', planId))!;
    expect(stored.goal.title).to.equal('Saved by them again');
    expect(stored.version, 'nothing written over their newest save').to.equal(newest.version);
  });

  it('keeping mine writes my typing over their newest save at once, which stays in the history', async () => {
    const { editor, storage, planId } = await typedConflictThenSavedAgain('theirs-again-keep');
    await waitUntil(() => conflictText(editor).includes('Saved by them again'), 'the conflict still shows their earlier save', { timeout: 3000 });
    await click(editor, buttonByText($(editor, '[part~="conflict"]'), 'Keep mine in every field'));
    await untilSaved(editor);
    expect(editor.shadowRoot!.querySelector('[part~="conflict"]'), 'no second conflict to resolve').to.equal(null);
    expect((await storage.get<ServicePlan>('servicePlan', planId))?.goal).to.deep.equal({ title: 'Typed by me', description: 'Described by them' });
    expect(JSON.stringify(await storage.history('servicePlan', planId))).to.contain('Saved by them again');
  });
});
