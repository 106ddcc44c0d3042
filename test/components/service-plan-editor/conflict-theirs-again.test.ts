import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, announced, buttonByText, click, mountEditor, printedText, uniqueDatabaseName, untilSaved } from './helpers.js';

/** Another tab (its own adapter on the same database) saves the plan's goal. */
async function otherTabSaves(databaseName: string, planId: string, goal: Partial<ServicePlan['goal']>): Promise<ServicePlan> {
  const other = new DexieStorageAdapter({ databaseName });
  const current = (await other.get<ServicePlan>('servicePlan', planId))!;
  return other.put<ServicePlan>('servicePlan', { ...current, goal: { ...current.goal, ...goal }, updatedBy: 'someone-else' });
}

const conflictText = (element: ServicePlanEditor) => element.shadowRoot!.querySelector('[part~="conflict"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** A typed-field conflict: I typed the title while another tab saved it; the other tab then saves it again (and the description). */
async function typedConflictThenSavedAgain(prefix: string): Promise<{ editor: ServicePlanEditor; storage: DexieStorageAdapter; databaseName: string; planId: string }> {
  const databaseName = uniqueDatabaseName(prefix);
  const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
  await waitUntil(() => first.planId);
  await untilSaved(first);
  const planId = first.planId!;
  const storage = new DexieStorageAdapter({ databaseName });
  const editor = await mountEditor({ storage, planId, autosaveDelay: 60_000 });
  first.remove();
  const typing = $<HTMLInputElement>(editor, 'input[name="goal.title"]');
  typing.focus();
  typing.select();
  await sendKeys({ type: 'Typed by me' });
  await otherTabSaves(databaseName, planId, { title: 'Saved by them' });
  await waitUntil(() => printedText(editor).includes('Saved by them'), 'the first save elsewhere did not arrive', { timeout: 5000 });
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => conflictText(editor).includes('Saved by them'), 'no conflict on the typed field');
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
