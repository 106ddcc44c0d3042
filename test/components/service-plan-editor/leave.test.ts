// Nothing is lost by leaving: each way a caseworker leaves the editor within the autosave delay.
import { expect, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { $, mountEditor, saveState, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

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
});
