// Who a write names when the user goes while a save runs or has failed (review R10g): what worker-1 typed is written
// as worker-1, never as "unknown-user" (signed out) nor as worker-2 (who signed in next and typed nothing); and a
// sign-out with a plan-id change in one task reports the typing left once, for the plan left.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { $, mountEditor, openItem, settle } from './helpers.js';

const title = (editor: ServicePlanEditor) => $<HTMLInputElement>(editor, 'input[name="goal.title"]');
const worker2 = { id: 'worker-2', name: 'Someone Else' };

async function typeTitle(editor: ServicePlanEditor, text: string): Promise<void> {
  title(editor).focus();
  title(editor).select();
  await sendKeys({ type: text });
}

/** Who the stored plan and each history entry after its first name, once `text` is the stored title. */
async function writtenBy(inner: MemoryStorageAdapter, text: string): Promise<string[]> {
  await waitUntil(async () => (await inner.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title === text, `"${text}" was never stored`, { timeout: 5000 });
  const plan = (await inner.get<ServicePlan>('servicePlan', 'plan-1'))!;
  const entries = await inner.history('servicePlan', 'plan-1');
  return [`record: ${plan.updatedBy}`, ...entries.slice(1).map((entry) => `history: ${entry.by}`)];
}

async function opened(): Promise<{ inner: MemoryStorageAdapter; storage: FaultyStorage; editor: ServicePlanEditor }> {
  const inner = new MemoryStorageAdapter({ name: `sign-out-author-${Math.random()}` });
  await inner.put('servicePlan', readyPlan());
  const storage = new FaultyStorage(inner);
  const editor = await mountEditor({ storage, planId: 'plan-1' });
  return { inner, storage, editor };
}

describe('<service-plan-editor>: what was typed is written as who typed it, when the user goes mid-save', () => {
  for (const [how, next] of [['signs out', undefined], ['is replaced by worker-2', worker2]] as const) {
    it(`worker-1 types while a save runs, then ${how}: the typing is written as worker-1`, async () => {
      const { inner, storage, editor } = await opened();
      const release = storage.holdWrites();
      await typeTitle(editor, 'First');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => storage.attempts.length >= 1, 'the first save never started', { timeout: 5000 });
      await typeTitle(editor, 'Second, typed by worker-1');
      editor.currentUser = next;
      await settle(editor);
      release();
      expect(await writtenBy(inner, 'Second, typed by worker-1')).to.deep.equal(['record: worker-1', 'history: worker-1', 'history: worker-1']);
    });

    it(`worker-1's typing fails to save as worker-1 ${how}; Retry then still writes it as worker-1`, async () => {
      const { inner, storage, editor } = await opened();
      await typeTitle(editor, 'Typed, then the user went');
      storage.failingWrites = 1;
      editor.currentUser = next;
      await settle(editor);
      await waitUntil(() => editor.shadowRoot!.querySelector('[part~="save-state"]')?.getAttribute('state') === 'failed', 'the save never failed', { timeout: 5000 });
      // Retry as the save indicator sends it (its button is in the indicator's own shadow root).
      editor.shadowRoot!.querySelector('[part~="save-state"]')!.dispatchEvent(new Event('cp-retry', { bubbles: true, composed: true }));
      expect(await writtenBy(inner, 'Typed, then the user went')).to.deep.equal(['record: worker-1', 'history: worker-1']);
    });
  }

  /** Each write after the plan's first: who it names and the fields it changed. */
  async function writes(inner: MemoryStorageAdapter, description: string): Promise<string[]> {
    await waitUntil(async () => (await inner.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.description === description, `"${description}" was never stored`, { timeout: 5000 });
    const entries = await inner.history('servicePlan', 'plan-1');
    return entries.slice(1).map((entry) => `${entry.by}: ${entry.changes.map((change) => change.path).join(', ')}`);
  }

  async function typeDescription(editor: ServicePlanEditor, text: string): Promise<void> {
    const description = $<HTMLTextAreaElement>(editor, 'textarea[name="goal.description"]');
    description.focus();
    description.select();
    await sendKeys({ type: text });
  }

  it('worker-2 signs in (no sign-out) while a save runs and worker-1 typed under it, then edits: worker-1\'s typing is written as worker-1, worker-2\'s as worker-2, in order', async () => {
    const { inner, storage, editor } = await opened();
    const release = storage.holdWrites();
    await typeTitle(editor, 'Saving');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => storage.attempts.length >= 1, 'the save never started', { timeout: 5000 });
    await typeTitle(editor, 'Typed by worker-1 under the save');
    editor.currentUser = worker2;
    await settle(editor);
    await typeDescription(editor, 'Typed by worker-2');
    await sendKeys({ press: 'Tab' });
    release();
    expect(await writes(inner, 'Typed by worker-2')).to.deep.equal(['worker-1: goal.title', 'worker-1: goal.title', 'worker-2: goal.description']);
    expect((await inner.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('Typed by worker-1 under the save');
  });

  it('worker-2 signs in (no sign-out) while worker-1\'s save fails (again at the hand-over), then edits: worker-1\'s typing is written as worker-1, worker-2\'s as worker-2, in order', async () => {
    const { inner, storage, editor } = await opened();
    storage.failingWrites = 2;
    await typeTitle(editor, 'Typed by worker-1');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => editor.shadowRoot!.querySelector('[part~="save-state"]')?.getAttribute('state') === 'failed', 'the save never failed', { timeout: 5000 });
    editor.currentUser = worker2;
    await settle(editor);
    await typeDescription(editor, 'Typed by worker-2');
    await sendKeys({ press: 'Tab' });
    expect(await writes(inner, 'Typed by worker-2')).to.deep.equal(['worker-1: goal.title', 'worker-2: goal.description']);
  });

  it('the storage is replaced while worker-1\'s failed typing waits and worker-2 has edited: the new storage gets worker-1\'s as worker-1, then worker-2\'s', async () => {
    const { storage, editor } = await opened();
    storage.failingWrites = 100;
    await typeTitle(editor, 'Typed by worker-1');
    await sendKeys({ press: 'Tab' });
    editor.currentUser = worker2;
    await settle(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('[part~="save-state"]')?.getAttribute('state') === 'failed', 'the save never failed', { timeout: 5000 });
    await typeDescription(editor, 'Typed by worker-2');
    const next = new MemoryStorageAdapter({ name: `sign-out-author-next-${Math.random()}` });
    await next.put('servicePlan', readyPlan());
    editor.storage = next;
    await waitUntil(async () => (await next.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.description === 'Typed by worker-2', 'the carried edits never reached the new storage', { timeout: 5000 });
    const entries = await next.history('servicePlan', 'plan-1');
    expect(entries.slice(1).map((entry) => `${entry.by}: ${entry.changes.map((change) => change.path).join(', ')}`)).to.deep.equal(['worker-1: goal.title', 'worker-2: goal.description']);
  });

  it('signed out and plan-id changed in one task with "120e" under the caret: reported once, for the plan left', async () => {
    const storage = new MemoryStorageAdapter({ name: `sign-out-switch-${Math.random()}` });
    await storage.put('servicePlan', readyPlan({ subGoals: [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom', name: 'Housing application', purpose: 'Apply' }, cost: { amount: 120, currency: 'USD' } })] }] }));
    await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const heard: { code: string; id: string | undefined }[] = [];
    editor.addEventListener('cp-error', (event) => heard.push({ code: (event as CpErrorEvent).detail.code, id: (event as CpErrorEvent).detail.id }));
    const card = await openItem(editor, 'Housing application');
    $<HTMLInputElement>(card, 'input[name$=".cost"]').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    editor.currentUser = undefined;
    editor.planId = 'plan-2';
    await settle(editor);
    expect(heard).to.deep.equal([{ code: 'plan.typing-left-on-switch', id: 'plan-1' }]);
  });
});
