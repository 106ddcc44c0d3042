// The plan-number guard (EditSession: views drawn for a plan left send nothing) must never drop what is typed
// or confirmed in the plan that IS open: the same plan carried to another storage (a new actor), the same
// plan-id reopened, the element moved. Only another plan-id (scope) makes a view stale.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, openItem, removeItemButton, settle, typeInto } from './helpers.js';

const withItem = () =>
  readyPlan({ subGoals: [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom' as const, name: 'Housing application', purpose: 'Apply' }, cost: { amount: 120, currency: 'USD' } })] }] });
const cost = (root: Element) => $<HTMLInputElement>(root, 'input[name$=".cost"]');

async function typeCost(editor: HTMLElement & { shadowRoot: ShadowRoot | null }, text: string): Promise<void> {
  const control = cost(editor);
  control.focus();
  control.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

describe('an edit in the open plan after the actor was replaced is kept', () => {
  it('storage changed while an item is open (no edits pending): a cost typed then reaches the new storage', async () => {
    const first = new MemoryStorageAdapter({ name: `t9f-a-${Math.random()}` });
    await first.put('servicePlan', withItem());
    const second = new MemoryStorageAdapter({ name: `t9f-b-${Math.random()}` });
    await second.put('servicePlan', withItem());
    const editor = await mountEditor({ storage: first, planId: 'plan-1' });
    await openItem(editor, 'Housing application');
    editor.storage = second;
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(editor);
    await typeCost(editor, '95');
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = (await second.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect({ shown: cost(editor).value, stored: stored.subGoals[0]!.items[0]!.cost?.amount }, 'the 95 typed after the storage change').to.deep.equal({ shown: '95', stored: 95 });
  });

  it('storage changed with an unsaved edit carried, item open: a cost typed then reaches the new storage', async () => {
    const first = new MemoryStorageAdapter({ name: `t9f-c-${Math.random()}` });
    await first.put('servicePlan', withItem());
    const second = new MemoryStorageAdapter({ name: `t9f-d-${Math.random()}` });
    await second.put('servicePlan', withItem());
    const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000 });
    await openItem(editor, 'Housing application');
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Carried title');
    editor.storage = second;
    await waitUntil(async () => (await second.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title === 'Carried title', 'carried title not in the new storage', { timeout: 5000 });
    await settle(editor);
    const changes: unknown[] = [];
    editor.addEventListener('cp-change', (event) => changes.push((event as unknown as CustomEvent<{ value: ServicePlan }>).detail.value.subGoals[0]!.items[0]!.cost?.amount));
    await typeCost(editor, '95');
    await settle(editor);
    // What the test typed: 95 in the cost, seen by the user in the field. The editor must have taken it (cp-change).
    expect({ shown: cost(editor).value, changed: changes }, 'the 95 typed after the storage change').to.deep.equal({ shown: '95', changed: [95] });
  });

  it('plan-1 -> plan-2 -> plan-1 with the item open: a cost typed in the reopened plan-1 is stored', async () => {
    const storage = new MemoryStorageAdapter({ name: `t9f-e-${Math.random()}` });
    await storage.put('servicePlan', withItem());
    await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await openItem(editor, 'Housing application');
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    editor.planId = 'plan-1';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value !== 'The other plan', 'plan-1 did not reopen', { timeout: 5000 });
    await settle(editor);
    await openItem(editor, 'Housing application');
    await typeCost(editor, '95');
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals[0]!.items[0]!.cost?.amount).to.equal(95);
  });

  it('element moved to another parent with the item open: a cost typed then is stored', async () => {
    const storage = new MemoryStorageAdapter({ name: `t9f-f-${Math.random()}` });
    await storage.put('servicePlan', withItem());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await openItem(editor, 'Housing application');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(editor);
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await typeCost(editor, '95');
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals[0]!.items[0]!.cost?.amount).to.equal(95);
    other.remove();
  });
});

describe('a confirmed action of the plan still open, when the actor was replaced meanwhile', () => {
  it('"Remove item" asked, the host changes storage (same plan) before "Yes": the item is removed (or the user is told)', async () => {
    const { confirmDialog } = await import('./helpers.js');
    const first = new MemoryStorageAdapter({ name: `t9f-g-${Math.random()}` });
    await first.put('servicePlan', withItem());
    const second = new MemoryStorageAdapter({ name: `t9f-h-${Math.random()}` });
    await second.put('servicePlan', withItem());
    const editor = await mountEditor({ storage: first, planId: 'plan-1' });
    const card = await openItem(editor, 'Housing application');
    const remove = removeItemButton(card, 'Housing application');
    remove.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    editor.storage = second;
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await confirmDialog(editor, 'yes');
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = (await second.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals[0]!.items.map((item) => item.id), 'the user said Yes to removing it').to.deep.equal([]);
  });
});

describe('the plan carried to another storage keeps its item objects (the open item is not drawn again)', () => {
  async function carriedWithOpenItem(secondHolds: 'nothing' | 'another title') {
    const first = new MemoryStorageAdapter({ name: `t9f-k-${Math.random()}` });
    await first.put('servicePlan', withItem());
    const second = new MemoryStorageAdapter({ name: `t9f-l-${Math.random()}` });
    if (secondHolds === 'another title') {
      const theirs = withItem();
      await second.put('servicePlan', { ...theirs, goal: { ...theirs.goal, title: 'Title in the new storage' } });
    }
    const editor = await mountEditor({ storage: first, planId: 'plan-1', autosaveDelay: 600_000 });
    await openItem(editor, 'Housing application');
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Carried title');
    const changes: unknown[] = [];
    editor.addEventListener('cp-change', (event) => changes.push((event as unknown as CustomEvent<{ value: ServicePlan }>).detail.value.subGoals[0]!.items[0]!.cost?.amount));
    editor.storage = second;
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(editor);
    return { editor, second, changes };
  }

  it('the new storage does not hold the plan (it is written there): a cost typed in the item left open is taken', async () => {
    const { editor, changes } = await carriedWithOpenItem('nothing');
    changes.length = 0;
    await typeCost(editor, '95');
    await settle(editor);
    expect({ shown: cost(editor).value, taken: changes, invalid: cost(editor).getAttribute('aria-invalid') }, 'the 95 the test typed').to.deep.equal({ shown: '95', taken: [95], invalid: 'false' });
  });

  it('the new storage holds another title (a conflict opens): the item left open cannot be typed in until it is resolved (by design, nothing typed is dropped)', async () => {
    const { editor } = await carriedWithOpenItem('another title');
    expect(cost(editor).disabled).to.equal(true);
  });
});
