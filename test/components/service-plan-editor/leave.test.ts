// Nothing is lost by leaving: each way a caseworker leaves the editor within the autosave delay.
import { expect, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, leavingAsks, mountEditor, openAddItemForm, overLongText, pasteInto, saveState, settle, subGoalCards, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

const LONG_DELAY = 60_000; // the autosave would not fire during the test: only a flush saves

async function openWithUnsavedTitle(title: string) {
  const storage = new DexieStorageAdapter({ databaseName: uniqueDatabaseName('leave') });
  const editor = await mountEditor({ storage, autosaveDelay: LONG_DELAY });
  await waitUntil(() => editor.planId, 'no plan created');
  await untilSaved(editor);
  await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), title);
  expect(saveState(editor)).to.equal('dirty');
  return { editor, storage, id: editor.planId! };
}

async function untilStoredTitle(storage: DexieStorageAdapter, id: string, title: string): Promise<void> {
  await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', id))?.goal.title === title, `the typed title was not stored`, { timeout: 5000 });
}

describe('<service-plan-editor>: leaving within the autosave delay loses nothing', () => {
  it('saves on pagehide (the tab is closed)', async () => {
    const { storage, id } = await openWithUnsavedTitle('Typed just before closing');
    window.dispatchEvent(new Event('pagehide'));
    await untilStoredTitle(storage, id, 'Typed just before closing');
  });

  it('saves when the page is hidden (tab switch, phone app switcher)', async () => {
    const { storage, id } = await openWithUnsavedTitle('Typed before switching tabs');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    await untilStoredTitle(storage, id, 'Typed before switching tabs');
  });

  it('asks before unloading only while an edit is not stored yet', async () => {
    const { editor } = await openWithUnsavedTitle('Typed before unload');
    const unsaved = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unsaved);
    expect(unsaved.defaultPrevented, 'asks while the edit is being written').to.equal(true);
    await untilSaved(editor);
    const saved = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(saved);
    expect(saved.defaultPrevented, 'no question once everything is stored').to.equal(false);
  });

  it('saves when the element is removed from the page', async () => {
    const { editor, storage, id } = await openWithUnsavedTitle('Typed before the host removed me');
    editor.remove();
    await untilStoredTitle(storage, id, 'Typed before the host removed me');
  });

  it('saves the open plan before switching to another plan-id', async () => {
    const { editor, storage, id } = await openWithUnsavedTitle('Typed before switching plans');
    const other = (await storage.get<ServicePlan>('servicePlan', id))!;
    await storage.put<ServicePlan>('servicePlan', { ...other, id: 'plan-other', version: 0, goal: { title: 'The other plan', description: '' } });
    editor.planId = 'plan-other';
    await untilStoredTitle(storage, id, 'Typed before switching plans');
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'the other plan did not open', { timeout: 5000 });
  });

  it('asks before unloading while a form that writes only when submitted holds typing (a new sub-goal, a new item), and not once it is submitted', async () => {
    const storage = new MemoryStorageAdapter({ name: `leave-entry-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    expect(leavingAsks(), 'nothing typed yet').to.equal(false);
    const title = $<HTMLInputElement>(editor, 'form[part~="add-sub-goal"] input[name="title"]');
    await typeInto(editor, title, 'Half-typed sub-goal');
    expect(leavingAsks(), 'a new sub-goal typed, not added').to.equal(true);
    expect(title.value, 'what was typed is still there').to.equal('Half-typed sub-goal');
    title.focus();
    title.select();
    await typeInto(editor, title, 'Stable housing', 'Enter');
    await untilSaved(editor);
    await settle(editor);
    expect(leavingAsks(), 'added and stored: nothing left to lose').to.equal(false);
    const form = await openAddItemForm(editor, subGoalCards(editor)[0]!);
    await typeInto(editor, $<HTMLInputElement>(form, 'input[name="name"]'), 'Half-typed item');
    expect(leavingAsks(), 'a new item typed, not added').to.equal(true);
  });

  it('asks before unloading while a field keeps text the plan refused (a pasted description over its limit, stored nowhere), and not once it is fixed', async () => {
    const storage = new MemoryStorageAdapter({ name: `leave-refused-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const description = () => $<HTMLTextAreaElement>(editor, 'textarea[name="goal.description"]');
    await pasteInto(editor, description(), overLongText);
    await untilSaved(editor);
    expect(description().value, 'what was pasted is still in the field').to.equal(overLongText);
    expect(description().getAttribute('aria-invalid')).to.equal('true');
    expect(leavingAsks(), 'the pasted text is stored nowhere').to.equal(true);
    await typeInto(editor, description(), 'Reunification within 12 months, with weekly visits.');
    await untilSaved(editor);
    expect(leavingAsks(), 'fixed and stored: nothing left to lose').to.equal(false);
  });
});
