// Storage given late or changed on a running <service-plan-editor>. On its own (no provider), with its
// `.storage` set 100 ms after it is on the page, nothing reaches the default database (it waits for the
// host before opening it). Changed while edits are unsaved: the plan is opened again from the new
// storage and the edits are carried onto it (merged, or a conflict on a field both changed).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { defaultDatabaseHolds, warmDefaultDatabase } from '../shared/default-database.js';
import { $, NOW, catalog, mountEditor, participants, saveState, settle, startNewPlan, templates, worker } from './helpers.js';

const token = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;
const planIn = (storage: MemoryStorageAdapter, id = 'plan-1') => storage.get<ServicePlan>('servicePlan', id);

/** Types with real key events into a field of the editor and stays there. */
async function typeAndStay(editor: ServicePlanEditor, name: string, text: string): Promise<void> {
  const control = $<HTMLInputElement>(editor, `[name="${name}"]`);
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

describe('<service-plan-editor> when the host changes storage', () => {
  it('on its own, with .storage set 100 ms after it is on the page: the plan and the typed text never reach the default database', async () => {
    await warmDefaultDatabase(); // opened quickly, as on a second visit
    const caseId = token('case-late');
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id=${caseId} kind="outcome" locale="en" autosave-delay="0"
      .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const host = new MemoryStorageAdapter();
    editor.storage = host;
    await startNewPlan(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('[name="goal.title"]'), 'the plan was not opened in the host storage', { timeout: 5000 });
    // A new plan is stored with its first write: the title typed.
    const title = token('typed');
    await typeAndStay(editor, 'goal.title', title);
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => editor.planId, 'no plan was created', { timeout: 5000 });
    expect(await defaultDatabaseHolds(caseId), 'the new plan was created in the default database').to.equal(false);
    await waitUntil(async () => (await planIn(host, editor.planId!))?.goal.title === title, 'the typed title was not saved in the host storage', { timeout: 5000 });
    // Long enough for the default database to have been written had the editor chosen it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await defaultDatabaseHolds(caseId), 'the plan reached the default database').to.equal(false);
    expect(await defaultDatabaseHolds(title), 'the typed text reached the default database').to.equal(false);
    editor.remove();
  });

  it('carries unsaved edits onto the plan of the new storage (merged with its changes); the old host storage got them first', async () => {
    const first = new MemoryStorageAdapter();
    await first.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    const second = new MemoryStorageAdapter();
    const theirs = readyPlan();
    await second.put<ServicePlan>('servicePlan', { ...theirs, version: 0, goal: { ...theirs.goal, description: 'Description in the new storage' } });
    const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000 });
    const title = token('title');
    await typeAndStay(editor, 'goal.title', title); // not committed: the switch commits it
    editor.storage = second;
    await waitUntil(async () => (await planIn(second))?.goal.title === title, 'the carried edit did not reach the new storage', { timeout: 5000 });
    const stored = (await planIn(second))!;
    expect(stored.goal.description, 'the new storage change is kept').to.equal('Description in the new storage');
    await waitUntil(async () => (await planIn(first))?.goal.title === title, 'not flushed to the host storage it left', { timeout: 5000 });
    await settle(editor);
    expect($<HTMLInputElement>(editor, '[name="goal.title"]').value).to.equal(title);
    editor.remove();
  });

  it('shows a conflict on a field the new storage holds differently; nothing is written before a choice', async () => {
    const first = new MemoryStorageAdapter();
    await first.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    const second = new MemoryStorageAdapter();
    const theirs = readyPlan();
    await second.put<ServicePlan>('servicePlan', { ...theirs, version: 0, goal: { ...theirs.goal, title: 'Title in the new storage' } });
    const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000 });
    const title = token('title');
    await typeAndStay(editor, 'goal.title', title);
    await sendKeys({ press: 'Tab' });
    await settle(editor);
    editor.storage = second;
    await waitUntil(() => editor.shadowRoot!.querySelector('[part~="conflict"] fieldset') && saveState(editor) === 'conflict', 'no conflict shown', { timeout: 5000 });
    expect((await planIn(second))!.goal.title, 'nothing written before a choice').to.equal('Title in the new storage');
    editor.remove();
  });
});
