import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, catalog, click, confirmDialog, confirmText, itemCard, mountEditor, NOW, openItem, openSection, participants, settle, templates, untilSaved, worker } from './helpers.js';

async function open(plan: ServicePlan): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter();
  await storage.put('servicePlan', plan);
  return { element: await mountEditor({ storage, planId: plan.id }), storage };
}

const focused = (element: ServicePlanEditor) => element.shadowRoot!.activeElement as HTMLElement | null;

describe('<service-plan-editor>: every control shows what is stored; focus lands somewhere meaningful', () => {
  it('an item status changed with ArrowDown: the select shows and the plan stores the same status', async () => {
    const { element, storage } = await open(readyPlan({ status: 'active', activatedOn: '2026-02-01' }));
    const card = await openItem(element, 'Item item-1');
    const select = $<HTMLSelectElement>(card, 'select[name="item.item-1.status"]');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.items[0]!.status;
    expect(stored).to.not.equal('not-started');
    const now = $<HTMLSelectElement>(itemCard(element, 'Item item-1'), 'select[name="item.item-1.status"]');
    expect(now.value, 'the select shows the stored status').to.equal(stored);
    expect(now.selectedOptions[0]!.textContent!.trim()).to.equal($(itemCard(element, 'Item item-1'), '.item-line .badge').textContent!.trim());
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    await untilSaved(element);
    const second = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.items[0]!.status;
    expect($<HTMLSelectElement>(itemCard(element, 'Item item-1'), 'select[name="item.item-1.status"]').value).to.equal(second);
  });

  it('names each item control after its item ("Status of …"), so twenty "Status" fields are told apart', async () => {
    const { element } = await open(readyPlan({ status: 'active', activatedOn: '2026-02-01' }));
    const card = await openItem(element, 'Item item-1');
    const label = $<HTMLLabelElement>(card, 'label[for="f-item-item-1-status"]');
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Status of "Item item-1"');
    expect($(card, 'button.details-toggle').textContent!.trim()).to.equal('Item item-1');
  });

  it('after Approve, focus is on the approver just recorded; after Cancel on a confirmation, back on the button that asked', async () => {
    const { element } = await open(readyPlan({ status: 'submitted' }));
    await click(element, $(element, 'button[aria-label="Approve: Maria Souza"]'));
    expect(focused(element)?.closest('[data-participant-id]')?.getAttribute('data-participant-id')).to.equal('maria');

    const draft = await open(readyPlan());
    const remove = $<HTMLButtonElement>(draft.element, 'button[aria-label="Remove sub-goal: Stable housing"]');
    remove.focus();
    remove.click();
    await confirmDialog(draft.element, 'no');
    await waitUntil(() => focused(draft.element) === remove, 'focus did not come back to "Remove"');
  });

  it('after adding a service from the catalog, focus is on the new item, which is open', async () => {
    const { element } = await open(readyPlan());
    await click(element, $(element, '#f-subgoal-sg-2-open-catalog'));
    const add = $$<HTMLButtonElement>(element, '[part~="catalog"] button[aria-label^="Add"]')[0]!;
    const name = add.getAttribute('aria-label')!.split(': ').slice(1).join(': ');
    await click(element, add);
    await settle(element);
    expect(focused(element)?.textContent?.trim()).to.equal(name);
    expect($(itemCard(element, name), 'button.details-toggle').getAttribute('aria-expanded')).to.equal('true');
  });

  it('has no h1: the title is a heading at heading-level, every heading below it one level down', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('servicePlan', readyPlan());
    const element = await fixture<ServicePlanEditor>(html`<service-plan-editor plan-id="plan-1" heading-level="3" locale="en" .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="status"]'), 'the plan did not open', { timeout: 5000 });
    await settle(element);
    expect(element.shadowRoot!.querySelector('h1')).to.equal(null);
    expect($(element, '[part~="title"]').getAttribute('aria-level')).to.equal('3');
    expect($(element, '#goal-heading').getAttribute('aria-level')).to.equal('4');
    expect($(element, 'article[part~="sub-goal"] h3').getAttribute('aria-level')).to.equal('5');
    expect($(element, 'article[part~="item"] h4').getAttribute('aria-level')).to.equal('6');
  });

  it('completing or closing a plan with unfinished items says which and how many before anything is recorded', async () => {
    const { element, storage } = await open(readyPlan({ status: 'active', activatedOn: '2026-02-01' }));
    await openSection(element, 'steps');
    await click(element, $(element, 'button[data-step="complete"]'));
    expect(confirmText(element)).to.contain('3 plan items are not finished: Item item-1, Counselling sessions, and Item item-3.');
    await confirmDialog(element, 'no');
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.status).to.equal('active');
    await click(element, $(element, 'form button[data-step="close"]'));
    expect(confirmText(element)).to.contain('3 plan items are not finished').and.contain('Close the plan anyway?');
    await confirmDialog(element, 'no');
  });

  it('moves an item with the keyboard: down within its sub-goal, then to another sub-goal; focus stays on it', async () => {
    const { element, storage } = await open(readyPlan());
    await openItem(element, 'Item item-1');
    await click(element, $(element, 'button[aria-label="Move \\"Item item-1\\" down"]'));
    expect(focused(element)?.textContent?.trim()).to.equal('Item item-1');
    const moveTo = $<HTMLSelectElement>(itemCard(element, 'Item item-1'), '.item-moves select');
    moveTo.value = 'sg-2';
    moveTo.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(focused(element)?.textContent?.trim()).to.equal('Item item-1');
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals.map((subGoal) => subGoal.items.map((item) => item.id))).to.deep.equal([['item-2'], ['item-3', 'item-1']]);
  });

  it('"Plan tools" is one Tab stop; arrow keys move between its buttons', async () => {
    const { element } = await open(readyPlan());
    const tools = $$<HTMLButtonElement>(element, '[role="toolbar"] button');
    expect(tools.filter((button) => button.tabIndex === 0)).to.have.length(1);
    const print = tools.find((button) => button.dataset['tool'] === 'print')!;
    print.focus();
    await sendKeys({ press: 'ArrowLeft' });
    // Undo and redo are disabled in a plan not yet changed: focus stays within the enabled tools.
    expect(focused(element)).to.equal(print);
    await click(element, $(element, 'button[aria-label="Remove sub-goal: Stable housing"]'));
    await confirmDialog(element, 'yes');
    const undo = $<HTMLButtonElement>(element, '[role="toolbar"] button[data-tool="undo"]');
    print.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)).to.equal(undo);
    expect(undo.tabIndex).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(focused(element)).to.equal(print);
  });
});
