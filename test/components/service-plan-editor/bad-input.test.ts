import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, choose, click, itemCard, mountEditor, openAddItemForm, settle, subGoalCards, typeInto, untilSaved } from './helpers.js';

async function draftWithItem(): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter({ name: `bad-input-${Math.random()}` });
  const element = await mountEditor({ storage });
  await waitUntil(() => element.planId);
  await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home safely');
  await typeInto(element, $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]'), 'Stable housing', 'Enter');
  const form = await openAddItemForm(element, subGoalCards(element)[0]!);
  await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Housing application');
  await typeInto(element, $<HTMLInputElement>(form, 'input[name="purpose"]'), 'Apply for social housing');
  await click(element, $(form, 'button[type="submit"]'));
  await untilSaved(element);
  return { element, storage };
}

async function stored(storage: MemoryStorageAdapter, element: ServicePlanEditor): Promise<ServicePlan> {
  return (await storage.get<ServicePlan>('servicePlan', element.planId!))!;
}

function errorsOf(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby') ?? '';
  const root = control.getRootNode() as ShadowRoot;
  return ids.split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
}

/** The item's cost saved as 120, then "e" typed after it and Tab: "120e", which the browser cannot read. */
async function costTypedUnreadable(element: ServicePlanEditor): Promise<void> {
  const cost = () => $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]');
  await typeInto(element, cost(), '120');
  await untilSaved(element);
  cost().focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: 'e' });
  await sendKeys({ press: 'Tab' });
  await settle(element);
}

describe('<service-plan-editor>: bad input gets a message next to the field and never overwrites what is saved', () => {
  it('an end date before the start date is flagged on the end date', async () => {
    const { element } = await draftWithItem();
    const card = itemCard(element, 'Housing application');
    await choose(element, $<HTMLInputElement>(card, 'input[name$=".expectedStart"]'), '2026-05-01');
    await choose(element, $<HTMLInputElement>(card, 'input[name$=".expectedEnd"]'), '2026-04-01');
    const end = $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".expectedEnd"]');
    expect(end.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(end)).to.match(/The end date \(.*2026\) is before the start date/);
  });

  it('a negative cost is refused, shown inline, and the saved cost stays', async () => {
    const { element, storage } = await draftWithItem();
    await typeInto(element, $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]'), '120');
    await untilSaved(element);
    const cost = $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]');
    await typeInto(element, cost, '-5');
    expect(cost.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(cost)).to.contain('The cost cannot be negative.');
    await untilSaved(element);
    expect((await stored(storage, element)).subGoals[0]!.items[0]!.cost).to.deep.equal({ amount: 120, currency: 'USD' });
  });

  it('a cost the browser cannot read ("120e": its value is empty) clears nothing: the saved cost stays, and the field says so', async () => {
    const { element, storage } = await draftWithItem();
    await typeInto(element, $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]'), '120');
    await untilSaved(element);
    const cost = $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]');
    cost.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    expect(cost.validity.badInput, 'the browser could not read it').to.equal(true);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(cost.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(cost)).to.contain('This value is not valid.');
    await untilSaved(element);
    expect((await stored(storage, element)).subGoals[0]!.items[0]!.cost, 'the saved cost').to.deep.equal({ amount: 120, currency: 'USD' });
  });

  it('the unreadable text stays in view next to its message (never the saved 120 marked not valid), even when another field saves; fixing it clears the message', async () => {
    const { element, storage } = await draftWithItem();
    const cost = () => $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]');
    await costTypedUnreadable(element);
    // A number field holding "120e" reads '' with badInput; holding the saved value again it would read '120'.
    expect({ value: cost().value, unreadable: cost().validity.badInput }, 'what was typed is still in the field').to.deep.equal({ value: '', unreadable: true });
    expect(cost().getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(cost())).to.contain('This value is not valid.');

    // Another field saved: the card is drawn anew, the typed text stays beside its message.
    await typeInto(element, $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".purpose"]'), 'Apply for social housing now');
    await untilSaved(element);
    expect(cost().validity.badInput, 'still in view after another save').to.equal(true);
    expect(errorsOf(cost())).to.contain('This value is not valid.');
    expect((await stored(storage, element)).subGoals[0]!.items[0]!.cost, 'nothing stored changed').to.deep.equal({ amount: 120, currency: 'USD' });

    // The user fixes it: the message goes, the fixed value is saved.
    cost().focus();
    cost().select();
    await typeInto(element, cost(), '130');
    await untilSaved(element);
    expect(cost().getAttribute('aria-invalid')).to.equal('false');
    expect(errorsOf(cost())).to.not.contain('This value is not valid.');
    expect((await stored(storage, element)).subGoals[0]!.items[0]!.cost).to.deep.equal({ amount: 130, currency: 'USD' });
  });

  it('a cost changed elsewhere while the field held "120e" is a conflict when the user fixes it, never overwritten', async () => {
    const { element, storage } = await draftWithItem();
    const cost = () => $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".cost"]');
    const purpose = () => $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".purpose"]');
    await costTypedUnreadable(element);
    expect(cost().validity.badInput, 'the unreadable text is in the field').to.equal(true);
    // A colleague saves another cost (and purpose) meanwhile.
    const current = await stored(storage, element);
    const item = current.subGoals[0]!.items[0]!;
    const theirs = { ...item, cost: { amount: 150, currency: 'USD' }, source: { ...item.source, purpose: 'Their purpose' } };
    await storage.put<ServicePlan>('servicePlan', { ...current, subGoals: [{ ...current.subGoals[0]!, items: [theirs, ...current.subGoals[0]!.items.slice(1)] }], updatedBy: 'someone-else' });
    await waitUntil(() => purpose().value === 'Their purpose', 'the colleague\'s save did not arrive', { timeout: 5000 });
    expect(cost().validity.badInput, 'still the typed text').to.equal(true);
    // The user fixes the field: it was typed over 120, and the plan now says 150.
    cost().focus();
    cost().select();
    await typeInto(element, cost(), '130');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="conflict"] fieldset'), 'no conflict on the cost');
    expect($(element, '[part~="conflict"] fieldset').textContent).to.contain('130').and.contain('150');
    expect((await stored(storage, element)).subGoals[0]!.items[0]!.cost, 'their cost is not overwritten').to.deep.equal({ amount: 150, currency: 'USD' });
  });

  it('an emptied required name, a 50 000-character purpose and markup in a name are refused next to their fields', async () => {
    const { element, storage } = await draftWithItem();
    const card = itemCard(element, 'Housing application');
    const name = $<HTMLInputElement>(card, 'input[name$=".name"]');
    name.focus();
    name.select();
    await typeInto(element, name, '<script>alert(1)</script>');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(name)).to.contain('names cannot contain markup');

    // Pasting a huge text: set at once, as a paste does.
    await choose(element, $<HTMLInputElement>(card, 'input[name$=".purpose"]'), 'x'.repeat(50_000));
    const purpose = $<HTMLInputElement>(card, 'input[name$=".purpose"]');
    expect(purpose.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(purpose)).to.contain('at most 2,000 characters');

    await choose(element, $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]'), '   ');
    await click(element, $(element, 'form[part~="add-sub-goal"] button[type="submit"]'));
    expect(errorsOf($(element, 'form[part~="add-sub-goal"] input[name="title"]'))).to.contain('This field is required.');

    await settle(element);
    await untilSaved(element);
    const plan = await stored(storage, element);
    expect(plan.subGoals).to.have.length(1);
    expect(plan.subGoals[0]!.items[0]!.source).to.deep.include({ name: 'Housing application', purpose: 'Apply for social housing' });
    // A valid value clears the message.
    await typeInto(element, $<HTMLInputElement>(itemCard(element, 'Housing application'), 'input[name$=".name"]'), 'Housing application form');
    expect($<HTMLInputElement>(itemCard(element, 'Housing application form'), 'input[name$=".name"]').getAttribute('aria-invalid')).to.equal('false');
  });

  it('a one-client service chosen for two people is flagged next to the service, and the draft lists it with the item name', async () => {
    const { element } = await draftWithItem();
    for (const id of ['maria', 'joao']) await click(element, $(element, `input[name="member"][value="${id}"]`));
    await click(element, $(subGoalCards(element)[0]!, 'button[id$="open-catalog"]'));
    const picker = $(element, '[part~="catalog"]');
    await choose(element, $<HTMLSelectElement>(picker, 'select[id$="-category"]'), 'substance-use');
    for (const id of ['maria', 'joao']) await click(element, $(picker, `input[name="client"][value="${id}"]`));
    await click(element, $(picker, 'button[aria-label="Add to sub-goal: Outpatient Recovery Support"]'));
    const card = itemCard(element, 'Outpatient Recovery Support');
    expect(card.textContent).to.contain('"Outpatient Recovery Support" serves one client only, but 2 participants are selected.');
    expect($(element, '[part~="status"]').textContent).to.contain('Outpatient Recovery Support: "Outpatient Recovery Support" serves one client only');
  });
});
