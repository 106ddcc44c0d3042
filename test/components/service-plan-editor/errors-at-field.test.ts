import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, click, itemCard, mountEditor, openAddItemForm, settle, typeInto } from './helpers.js';

async function open(plan: ServicePlan) {
  const storage = new MemoryStorageAdapter();
  await storage.put('servicePlan', plan);
  return mountEditor({ storage, planId: plan.id });
}

/** The messages a control is described by (its aria-describedby), as text. */
function describedBy(control: HTMLElement): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('<service-plan-editor>: errors at the field, and a summary that leads to each', () => {
  it('flags an emptied goal at the field (aria-invalid, the message it is described by)', async () => {
    const element = await open(readyPlan());
    const goal = $<HTMLInputElement>(element, 'input[name="goal.title"]');
    expect(goal.getAttribute('aria-invalid')).to.equal('false');
    goal.focus();
    goal.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    const emptied = $<HTMLInputElement>(element, 'input[name="goal.title"]');
    expect(emptied.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(emptied)).to.contain('Write the goal of the plan.');
  });

  it('a blocked Submit shows every blocker at its field and in a summary that takes focus; each link moves focus to its field', async () => {
    // Nobody is responsible for "Item item-3": Submit is blocked.
    const plan = readyPlan();
    delete plan.subGoals[1]!.items[0]!.responsibility;
    const element = await open(plan);
    const submit = $<HTMLButtonElement>(element, '#primary-action');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(describedBy(submit)).to.contain('Say who is responsible');
    await click(element, submit);
    await settle(element);
    const summary = $(element, '#error-summary');
    expect(element.shadowRoot!.activeElement).to.equal(summary);
    const links = $$<HTMLAnchorElement>(summary, 'a');
    expect(links.length).to.be.greaterThan(0);
    const item3 = links.find((link) => link.textContent!.includes('Item item-3'))!;
    expect(item3, 'the summary names the item').to.not.equal(undefined);
    // The item with a blocker is open, its field marked and described by the message.
    const select = $<HTMLSelectElement>(itemCard(element, 'Item item-3'), 'select[name="item.item-3.responsibility"]');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(select)).to.contain('Say who is responsible');
    await click(element, item3);
    await settle(element);
    expect(element.shadowRoot!.activeElement).to.equal($(itemCard(element, 'Item item-3'), 'select[name="item.item-3.responsibility"]'));
  });

  it('a problem found both by the plan\'s rules and by a blocked Submit is listed once in the summary', async () => {
    // Item 1 ends before it starts: a rule of the plan, and so a blocker of Submit too.
    const plan = readyPlan();
    plan.subGoals[0]!.items[0]!.expectedEnd = '2026-01-01';
    const element = await open(plan);
    await click(element, $(element, '#primary-action'));
    await settle(element);
    const summary = $(element, '#error-summary');
    const links = $$<HTMLAnchorElement>(summary, 'a').map((link) => link.textContent!.replace(/\s+/g, ' ').trim());
    expect(links.filter((link) => link.includes('Item item-1')), 'the item that ends before it starts, once').to.have.length(1);
    expect(links, 'no problem twice').to.deep.equal([...new Set(links)]);
    expect(links, 'the only problem').to.have.length(1);
    expect(summary.querySelector('h2')!.textContent!.trim(), 'the count in the heading').to.equal('There is a problem');
  });

  it('"Add sub-goal" and "Add plan item" with an empty name say so at the name field', async () => {
    const element = await open(readyPlan());
    await click(element, $(element, 'form[part~="add-sub-goal"] button[type="submit"]'));
    const title = $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(title)).to.not.equal('');
    const form = await openAddItemForm(element, subGoalForm(element));
    await click(element, $(form, 'button[type="submit"]'));
    const name = $<HTMLInputElement>(subGoalForm(element), 'form[part~="add-item"] input[name="name"]');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(name)).to.not.equal('');
  });

  it('"Add plan item" with a name but no purpose says so at the purpose, and nothing at the name', async () => {
    const element = await open(readyPlan());
    await openAddItemForm(element, subGoalForm(element));
    const form = () => $<HTMLFormElement>(subGoalForm(element), 'form[part~="add-item"]');
    await typeInto(element, $<HTMLInputElement>(form(), 'input[name="name"]'), 'Parenting class');
    await click(element, $(form(), 'button[type="submit"]'));
    const name = $<HTMLInputElement>(form(), 'input[name="name"]');
    const purpose = $<HTMLInputElement>(form(), 'input[name="purpose"]');
    expect(purpose.getAttribute('aria-invalid'), 'the purpose is flagged').to.equal('true');
    expect(describedBy(purpose)).to.contain('required');
    expect(name.getAttribute('aria-invalid'), 'the name, which is filled, is not').to.equal('false');
    expect(describedBy(name)).to.equal('');
    expect(name.value, 'what was typed stays').to.equal('Parenting class');
  });
});

function subGoalForm(element: Parameters<typeof $>[0]): HTMLElement {
  return $$<HTMLElement>(element, 'article[part~="sub-goal"]')[0]!;
}
