// Brief C12, item 5: what a host that keeps the records itself (MemoryStorageAdapter persistent, saving from cp-saved)
// hears. It must hear every write that changed something, also the last one a plan left (another plan-id, the element
// removed) makes after the editor moved on; counted from what storage holds, not from what the element says.
import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpSavedEvent } from '../../../src/components/shared/events/index.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { $, mountEditor, saveState, settle, storeEmptyDraft, typeInto, untilSaved } from './helpers.js';

const LONG_DELAY = 60_000; // no autosave during the test: only leaving writes

/** What a host persisting from cp-saved keeps: the last record heard per plan id. */
function hostCopy(target: EventTarget): Map<string, ServicePlan> {
  const copy = new Map<string, ServicePlan>();
  target.addEventListener('cp-saved', (event) => {
    const { id, record } = (event as CpSavedEvent<ServicePlan>).detail;
    copy.set(id, record);
  });
  return copy;
}

async function storedTitle(storage: MemoryStorageAdapter, id: string): Promise<string | undefined> {
  return (await storage.get<ServicePlan>('servicePlan', id))?.goal.title;
}

describe('<service-plan-editor>: a host persisting from cp-saved hears every write', () => {
  it('the title typed just before another plan-id is set: written to storage, and the host hears that write', async () => {
    const storage = new MemoryStorageAdapter({ persistent: true });
    const editor = await mountEditor({ storage, autosaveDelay: LONG_DELAY });
    const first = editor.planId!;
    const copy = hostCopy(document);
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Typed before switching');
    editor.planId = await storeEmptyDraft(storage);
    await settle(editor);
    await waitUntil(async () => (await storedTitle(storage, first)) === 'Typed before switching', 'the typed title was not stored', { timeout: 5000 });
    await waitUntil(() => copy.get(first)?.goal.title === 'Typed before switching', `the host's copy of ${first} holds: ${copy.get(first)?.goal.title ?? 'nothing'}`, { timeout: 2000 });
  });

  it('the title typed just before the element is removed: written, and the host hears that write', async () => {
    const storage = new MemoryStorageAdapter({ persistent: true });
    const editor = await mountEditor({ storage, autosaveDelay: LONG_DELAY });
    const id = editor.planId!;
    // Off the page, the element's events reach only its own listeners (as a framework binds them on it).
    const copy = hostCopy(editor);
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Typed before closing the panel');
    editor.remove();
    await waitUntil(async () => (await storedTitle(storage, id)) === 'Typed before closing the panel', 'the typed title was not stored', { timeout: 5000 });
    await waitUntil(() => copy.get(id)?.goal.title === 'Typed before closing the panel', `the host's copy holds: ${copy.get(id)?.goal.title ?? 'nothing'}`, { timeout: 2000 });
  });

  it('a plan still shown: each write heard once, at the version stored', async () => {
    const storage = new MemoryStorageAdapter({ persistent: true });
    const editor = await mountEditor({ storage, autosaveDelay: 30 });
    const versions: number[] = [];
    editor.addEventListener('cp-saved', (event) => versions.push((event as CpSavedEvent).detail.version));
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'First');
    await untilSaved(editor);
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Second');
    await untilSaved(editor);
    expect(saveState(editor)).to.equal('saved');
    const stored = (await storage.get<ServicePlan>('servicePlan', editor.planId!))!;
    expect(versions).to.deep.equal([stored.version - 1, stored.version]);
  });
});
