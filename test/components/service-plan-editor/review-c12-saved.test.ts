// Review of C12 item 3: cp-saved for the write of a plan the editor let go. A host persisting from cp-saved keeps the
// last record heard per id; after the host changes storage, its copy must be what the storage it now uses holds.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpSavedEvent } from '../../../src/components/shared/events/index.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, saveState, settle, storeEmptyDraft } from './helpers.js';

function hostCopy(target: EventTarget): { copy: Map<string, ServicePlan>; heard: string[] } {
  const copy = new Map<string, ServicePlan>();
  const heard: string[] = [];
  target.addEventListener('cp-saved', (event) => {
    const { id, record, version } = (event as CpSavedEvent<ServicePlan>).detail;
    heard.push(`${id}@${version}: ${record.goal.description}`);
    copy.set(id, record);
  });
  return { copy, heard };
}

async function typeAndStay(editor: ServicePlanEditor, name: string, text: string): Promise<void> {
  const control = $<HTMLInputElement>(editor, `[name="${name}"]`);
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

describe('Review C12: cp-saved after the host changes storage', () => {
  it('the old storage\'s flush lands after the new storage\'s write: the host\'s copy is what the new storage holds', async () => {
    const first = new FaultyStorage(new MemoryStorageAdapter());
    await first.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    const second = new MemoryStorageAdapter();
    const theirs = readyPlan();
    await second.put<ServicePlan>('servicePlan', { ...theirs, version: 0, goal: { ...theirs.goal, description: 'Description in the new storage' } });
    const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000 });
    const { copy, heard } = hostCopy(editor);
    await typeAndStay(editor, 'goal.title', 'Typed before the switch');
    const release = first.holdWrites(); // the old storage is slow
    editor.storage = second;
    await waitUntil(async () => (await second.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Typed before the switch', 'not carried to the new storage', { timeout: 5000 });
    await waitUntil(() => copy.get('plan-1')?.goal.title === 'Typed before the switch', `host heard: ${heard.join(' | ')}`, { timeout: 5000 });
    release();
    await waitUntil(async () => (await first.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Typed before the switch', 'not flushed to the old storage', { timeout: 5000 });
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inUse = (await second.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const kept = copy.get('plan-1')!;
    expect({ version: kept.version, description: kept.goal.description }, `host heard: ${heard.join(' | ')}`).to.deep.equal({ version: inUse.version, description: inUse.goal.description });
    editor.remove();
  });
});

describe('Review C12: cp-saved for a plan the editor left', () => {
  // Decided (F12c): the let-go plan's last write is still heard (a persistent host must not miss it), marked
  // `detail.left: true`; README tells hosts to key their copy by detail.id, never by el.planId.
  it('another plan-id set with a title typed: a host keying its copy by detail.id stores both plans as stored; the left plan\'s event says left', async () => {
    const storage = new MemoryStorageAdapter({ persistent: true });
    const editor = await mountEditor({ storage, autosaveDelay: 60_000 });
    const first = editor.planId!;
    const copy = new Map<string, ServicePlan>();
    const heard: string[] = [];
    editor.addEventListener('cp-saved', (event) => {
      const { id, record, left } = (event as CpSavedEvent<ServicePlan>).detail;
      heard.push(`${id} (title '${record.goal.title}', left ${String(left)}) while plan-id is ${editor.planId}`);
      copy.set(id, record);
    });
    await typeAndStay(editor, 'goal.title', 'Plan A title');
    const second = await storeEmptyDraft(storage);
    editor.planId = second;
    await settle(editor);
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', first))?.goal.title === 'Plan A title', 'plan A not written', { timeout: 5000 });
    await typeAndStay(editor, 'goal.title', 'Plan B title');
    await sendKeys({ press: 'Tab' });
    editor.save();
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', second))?.goal.title === 'Plan B title', 'plan B not written', { timeout: 5000 });
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const storedA = (await storage.get<ServicePlan>('servicePlan', first))!;
    const storedB = (await storage.get<ServicePlan>('servicePlan', second))!;
    const asCopied = (plan: ServicePlan | undefined) => plan && { version: plan.version, title: plan.goal.title };
    expect({ a: asCopied(copy.get(first)), b: asCopied(copy.get(second)) }, heard.join(' | ')).to.deep.equal({ a: asCopied(storedA), b: asCopied(storedB) });
    // Every event naming a plan other than the one shown says so; none for the plan shown does.
    expect(heard.filter((line) => line.includes('left true') === line.startsWith(`${second} `)), heard.join(' | ')).to.deep.equal([]);
    expect(heard.some((line) => line.startsWith(`${first} `) && line.includes('left true')), heard.join(' | ')).to.equal(true);
  });

  it('removed and put back a moment later with a title typed: the write is heard once', async () => {
    const storage = new MemoryStorageAdapter({ persistent: true });
    const editor = await mountEditor({ storage, autosaveDelay: 60_000 });
    const id = editor.planId!;
    const parent = editor.parentElement!;
    const heard: string[] = [];
    editor.addEventListener('cp-saved', (event) => heard.push(`${(event as CpSavedEvent<ServicePlan>).detail.id}@${(event as CpSavedEvent).detail.version}`));
    await typeAndStay(editor, 'goal.title', 'Typed before closing');
    editor.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    parent.appendChild(editor);
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', id))?.goal.title === 'Typed before closing', 'not written', { timeout: 5000 });
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = (await storage.get<ServicePlan>('servicePlan', id))!;
    expect(heard).to.deep.equal([`${id}@${stored.version}`]);
    expect($<HTMLInputElement>(editor, '[name="goal.title"]').value).to.equal('Typed before closing');
  });
});

describe('Review C12: plan A → plan B → plan A again while A\'s last write is slow', () => {
  it('the title typed before leaving and the description typed after coming back are both stored; the host\'s copy is what storage holds', async () => {
    const storage = new FaultyStorage(new MemoryStorageAdapter({ persistent: true }));
    const editor = await mountEditor({ storage, autosaveDelay: 60_000 });
    const first = editor.planId!;
    const second = await storeEmptyDraft(storage);
    const { copy, heard } = hostCopy(editor);
    await typeAndStay(editor, 'goal.title', 'Typed before leaving');
    const release = storage.holdWrites();
    editor.planId = second;
    await settle(editor);
    editor.planId = first;
    await settle(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('[name="goal.title"]'), 'plan A not open again', { timeout: 5000 });
    release();
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', first))?.goal.title === 'Typed before leaving', 'the title was not stored', { timeout: 5000 });
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await typeAndStay(editor, 'goal.description', 'Typed after coming back');
    await sendKeys({ press: 'Tab' });
    editor.save();
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', first))?.goal.description === 'Typed after coming back', `the description was not stored; save state ${saveState(editor)}`, { timeout: 5000 });
    const stored = (await storage.get<ServicePlan>('servicePlan', first))!;
    expect(stored.goal.title).to.equal('Typed before leaving');
    expect($<HTMLInputElement>(editor, '[name="goal.title"]').value).to.equal('Typed before leaving');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect({ version: copy.get(first)?.version, description: copy.get(first)?.goal.description }, heard.join(' | ')).to.deep.equal({ version: stored.version, description: 'Typed after coming back' });
  });
});

describe('Review C12: storage A → B → A again while A\'s flush is held', () => {
  it('no conflict with its own write, nothing stuck in saving, the title in both storages', async () => {
    const first = new FaultyStorage(new MemoryStorageAdapter());
    await first.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    const second = new MemoryStorageAdapter();
    await second.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000 });
    const { copy, heard } = hostCopy(editor);
    await typeAndStay(editor, 'goal.title', 'Typed before the switches');
    const release = first.holdWrites();
    editor.storage = second;
    await waitUntil(async () => (await second.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Typed before the switches', 'not carried to B', { timeout: 5000 });
    await settle(editor);
    editor.storage = first;
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await waitUntil(async () => (await first.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Typed before the switches', 'not in A', { timeout: 5000 });
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editor.shadowRoot!.querySelector('[part~="conflict"]'), 'a conflict with its own write').to.equal(null);
    expect(saveState(editor)).to.be.oneOf(['saved', 'idle']);
    const inA = (await first.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect({ version: copy.get('plan-1')?.version, title: copy.get('plan-1')?.goal.title }, heard.join(' | ')).to.deep.equal({ version: inA.version, title: inA.goal.title });
  });
});
