import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/locales/fr.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, announced, mountEditor, printedText, uniqueDatabaseName, untilSaved } from './helpers.js';

/** Another tab (its own adapter on the same database) saves the plan's goal. */
async function otherTabSaves(databaseName: string, planId: string, goal: Partial<ServicePlan['goal']>): Promise<ServicePlan> {
  const other = new DexieStorageAdapter({ databaseName });
  const current = (await other.get<ServicePlan>('servicePlan', planId))!;
  return other.put<ServicePlan>('servicePlan', { ...current, goal: { ...current.goal, ...goal }, updatedBy: 'someone-else' });
}

const conflictPanel = (element: ServicePlanEditor) => element.shadowRoot!.querySelector('[part~="conflict"]');
const conflictText = (element: ServicePlanEditor) => conflictPanel(element)?.textContent?.replace(/\s+/g, ' ') ?? '';

/** I typed the title while another tab saved it (a typed-field conflict); `title` is what it was before either of us. */
async function typedConflict(prefix: string): Promise<{ editor: ServicePlanEditor; storage: DexieStorageAdapter; databaseName: string; planId: string; title: string }> {
  const databaseName = uniqueDatabaseName(prefix);
  const first = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }) });
  await waitUntil(() => first.planId);
  await untilSaved(first);
  const planId = first.planId!;
  const storage = new DexieStorageAdapter({ databaseName });
  const title = (await storage.get<ServicePlan>('servicePlan', planId))!.goal.title;
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
  return { editor, storage, databaseName, planId, title };
}

const clashGone = 'They saved again and no field clashes any more: the conflict is closed and your changes are kept on top of their latest version.';

describe('<service-plan-editor>: the other tab saves again and the clash is gone', () => {
  it('they take their change back: the conflict closes by itself, mine is saved on their latest version, and it is said', async () => {
    const { editor, storage, databaseName, planId, title } = await typedConflict('clash-gone-reverted');
    const newest = await otherTabSaves(databaseName, planId, { title, description: 'Described by them' });
    await waitUntil(() => conflictPanel(editor) === null, 'the conflict stayed open', { timeout: 5000 });
    await untilSaved(editor);
    const stored = (await storage.get<ServicePlan>('servicePlan', planId))!;
    expect(stored.goal, 'my typing kept, their description too').to.deep.equal({ title: 'Typed by me', description: 'Described by them' });
    expect(stored.version, 'written on top of their latest version').to.equal(newest.version + 1);
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Typed by me');
    expect(announced(editor).polite, 'why it closed, then what their save added').to.equal(`${clashGone} Changes saved by someone else were added to your work: Goal › Description.`);
  });

  it('their latest save now equals mine: the conflict closes by itself, nothing is written over it, and it is said', async () => {
    const { editor, storage, databaseName, planId } = await typedConflict('clash-gone-same');
    // A keyboard user on the panel's first resolution when it goes away.
    [...conflictPanel(editor)!.querySelectorAll('button')].find((button) => button.textContent?.includes('Keep mine in every field'))!.focus();
    const newest = await otherTabSaves(databaseName, planId, { title: 'Typed by me' });
    await waitUntil(() => conflictPanel(editor) === null, 'the conflict stayed open', { timeout: 5000 });
    await untilSaved(editor);
    expect((await storage.get<ServicePlan>('servicePlan', planId))?.version, 'nothing written over their latest save').to.equal(newest.version);
    await waitUntil(() => editor.shadowRoot!.activeElement?.id === 'plan-title', `focus was left on ${editor.shadowRoot!.activeElement?.id ?? document.activeElement?.tagName}`, { timeout: 3000 });
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Typed by me');
    expect(announced(editor).polite).to.equal(clashGone);
  });

  it('is said in the editor’s language', async () => {
    const { editor, databaseName, planId } = await typedConflict('clash-gone-french');
    editor.setAttribute('locale', 'fr');
    await otherTabSaves(databaseName, planId, { title: 'Typed by me' });
    await waitUntil(() => conflictPanel(editor) === null, 'the conflict stayed open', { timeout: 5000 });
    await waitUntil(() => announced(editor).polite?.startsWith('L’autre personne a de nouveau enregistré et plus aucun champ'), `announced: ${announced(editor).polite}`, { timeout: 5000 });
  });
});
