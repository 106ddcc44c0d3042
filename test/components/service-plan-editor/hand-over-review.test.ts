// Review R11a: the editor's hand-over across users while writes wait (held), attacked where the plan or the element
// goes: plan-id changed, element removed, signed out then another signs in. Authors read from storage's history.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { $, click, leavingAsks, mountEditor, settle } from './helpers.js';

const worker2 = { id: 'worker-2', name: 'Someone Else' };

async function typeInto(editor: ServicePlanEditor, selector: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(editor, selector);
  field.focus();
  field.select();
  await sendKeys({ type: text });
}

async function opened(): Promise<{ inner: MemoryStorageAdapter; storage: FaultyStorage; editor: ServicePlanEditor }> {
  const inner = new MemoryStorageAdapter({ name: `hand-over-review-${Math.random()}` });
  await inner.put('servicePlan', readyPlan());
  await inner.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
  const storage = new FaultyStorage(inner);
  const editor = await mountEditor({ storage, planId: 'plan-1' });
  return { inner, storage, editor };
}

/** worker-1 types under a held save, worker-2 comes (after `between`) and types the description. */
async function handedOver(between?: (editor: ServicePlanEditor) => Promise<void>): Promise<{ inner: MemoryStorageAdapter; storage: FaultyStorage; editor: ServicePlanEditor; release: () => void }> {
  const { inner, storage, editor } = await opened();
  const release = storage.holdWrites();
  await typeInto(editor, 'input[name="goal.title"]', 'Saving');
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => storage.attempts.length >= 1, 'the save never started', { timeout: 5000 });
  await typeInto(editor, 'input[name="goal.title"]', 'W1 under the save');
  if (between) await between(editor);
  editor.currentUser = worker2;
  await settle(editor);
  await typeInto(editor, 'textarea[name="goal.description"]', 'W2 description');
  await sendKeys({ press: 'Tab' });
  return { inner, storage, editor, release };
}

async function entriesOnceStored(inner: MemoryStorageAdapter, id: string, description: string): Promise<string[]> {
  await waitUntil(async () => (await inner.get<ServicePlan>('servicePlan', id))?.goal.description === description, `"${description}" never reached ${id}`, { timeout: 8000 });
  const entries = await inner.history('servicePlan', id);
  return entries.slice(1).map((entry) => `${entry.by}: ${entry.changes.map((change) => `${change.path}=${String(change.after)}`).join(', ')}`);
}

const expected = ['worker-1: goal.title=Saving', 'worker-1: goal.title=W1 under the save', 'worker-2: goal.description=W2 description'];

describe('review R11a: <service-plan-editor> hand-over while writes wait', () => {
  it('plan-id changes while worker-1\'s batch and worker-2\'s typing wait: both written to plan-1, each as its author; plan-2 untouched', async () => {
    const { inner, editor, release } = await handedOver();
    editor.planId = 'plan-2';
    await settle(editor);
    release();
    expect(await entriesOnceStored(inner, 'plan-1', 'W2 description')).to.deep.equal(expected);
    expect((await inner.history('servicePlan', 'plan-2')).length).to.equal(1);
    expect((await inner.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('W1 under the save');
  });

  it('the element is removed while worker-1\'s batch and worker-2\'s typing wait: both written, each as its author', async () => {
    const { inner, editor, release } = await handedOver();
    editor.remove();
    release();
    expect(await entriesOnceStored(inner, 'plan-1', 'W2 description')).to.deep.equal(expected);
  });

  it('worker-1 signs out, then worker-2 signs in and types, while the save is held: worker-1\'s as worker-1, worker-2\'s as worker-2', async () => {
    const { inner, release } = await handedOver(async (editor) => {
      editor.currentUser = undefined;
      await settle(editor);
    });
    release();
    expect(await entriesOnceStored(inner, 'plan-1', 'W2 description')).to.deep.equal(expected);
  });

  it('worker-2 changes the plan-id back and forth (plan-2 then plan-1) while batches wait: nothing written twice, authors kept', async () => {
    const { inner, editor, release } = await handedOver();
    editor.planId = 'plan-2';
    await settle(editor);
    editor.planId = 'plan-1';
    await settle(editor);
    release();
    expect(await entriesOnceStored(inner, 'plan-1', 'W2 description')).to.deep.equal(expected);
  });

  it('Back to the list while worker-1\'s batch and worker-2\'s typing wait behind a held write: leaving asks meanwhile, then both are written as their authors and the list shows', async () => {
    const { inner, storage, editor } = await opened();
    editor.planId = undefined;
    await settle(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('tr[data-plan-id="plan-1"] button'), 'the list never showed', { timeout: 5000 });
    await click(editor, $(editor, 'tr[data-plan-id="plan-1"] button'));
    await waitUntil(() => editor.shadowRoot!.querySelector('[part~="status"]'), 'the plan did not open', { timeout: 5000 });
    await settle(editor);
    const release = storage.holdWrites();
    await typeInto(editor, 'input[name="goal.title"]', 'Saving');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => storage.attempts.length >= 1, 'the save never started', { timeout: 5000 });
    await typeInto(editor, 'input[name="goal.title"]', 'W1 under the save');
    editor.currentUser = worker2;
    await settle(editor);
    await typeInto(editor, 'textarea[name="goal.description"]', 'W2 description');
    await sendKeys({ press: 'Tab' });
    $<HTMLButtonElement>(editor, '#back-to-list').click();
    await settle(editor);
    const askedWhileHeld = leavingAsks();
    release();
    await waitUntil(() => editor.shadowRoot!.querySelector('#new-plan'), 'never back at the list', { timeout: 8000 });
    expect({ askedWhileHeld, entries: await entriesOnceStored(inner, 'plan-1', 'W2 description'), askedAfter: leavingAsks() }).to.deep.equal({ askedWhileHeld: true, entries: expected, askedAfter: false });
  });
});
