import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { waitUntil } from '@open-wc/testing';
import '../../../src/locales/es.js';
import '../../../src/locales/fr.js';
import '../../../src/locales/pt.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { describeElement, expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, buttonByText, choose, click, itemCard, mountEditor, openAddItemForm, openItem, settle, subGoalCards, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

/** The fixture's draft (two sub-goals with items) and a third sub-goal with none yet. */
function planWithEmptySubGoal(): ServicePlan {
  const plan = readyPlan();
  return { ...plan, subGoals: [...plan.subGoals, { id: 'sg-3', title: 'School every day', description: '', items: [] }] };
}

async function open(locale = 'en'): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter({ name: `add-item-${Math.random()}` });
  await storage.put('servicePlan', planWithEmptySubGoal());
  return { element: await mountEditor({ storage, planId: 'plan-1', locale }), storage };
}

const focused = (element: ServicePlanEditor) => element.shadowRoot!.activeElement as HTMLElement | null;
const formOf = (card: HTMLElement) => card.querySelector<HTMLFormElement>('form[part~="add-item"]');
const openButtonOf = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('button.add-item-open');

describe('<service-plan-editor>: a sub-goal\'s add-item form, built when asked for', () => {
  it('a sub-goal with items offers a button that names it; the form opens from the keyboard with focus on its first field', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[0]!;
    expect(formOf(card) === null, 'no form until asked for').to.equal(true);
    const button = openButtonOf(card)!;
    expect(button.getAttribute('aria-label')).to.equal('Add a plan item to "Parents build parenting skills"');
    expect(button.textContent!.trim()).to.equal('Add a plan item');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(formOf(card) !== null, 'the form').to.equal(true);
    expect(openButtonOf(card) === null, 'the button gives way to the form').to.equal(true);
    expect(describeElement(focused(element)), 'focus on the first field').to.equal(describeElement($(formOf(card)!, 'select[name="source"]')));
    await expectNoAxeViolations(element);
  });

  it('Escape and Cancel close it and put focus back on the button that opened it', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[1]!;
    await openAddItemForm(element, card);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(formOf(card) === null, 'closed by Escape').to.equal(true);
    expect(describeElement(focused(element)), 'focus back on the button').to.equal(describeElement(openButtonOf(card)));
    const form = await openAddItemForm(element, card);
    await click(element, [...form.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Cancel')!);
    expect(formOf(card) === null, 'closed by Cancel').to.equal(true);
    expect(describeElement(focused(element)), 'focus back on the button').to.equal(describeElement(openButtonOf(card)));
  });

  it('after an item is added the form stays open with focus on its first field, for the next; the new item is open and stored', async () => {
    const { element, storage } = await open();
    const card = subGoalCards(element)[1]!;
    const form = await openAddItemForm(element, card);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Housing application');
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="purpose"]'), 'Apply for social housing', 'Enter');
    expect(formOf(card) === form, 'still open').to.equal(true);
    expect($<HTMLInputElement>(form, 'input[name="name"]').value, 'emptied for the next').to.equal('');
    expect(describeElement(focused(element)), 'focus on its first field').to.equal(describeElement($(form, 'select[name="source"]')));
    expect($(itemCard(element, 'Housing application'), 'button.details-toggle').getAttribute('aria-expanded'), 'the new item is open').to.equal('true');
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals[1]!.items.map((item) => item.source.name)).to.deep.equal(['Item item-3', 'Housing application']);
  });

  it('text typed and not yet added survives a save, closing another sub-goal, and a click that would close its own', async () => {
    const { element, storage } = await open();
    const card = subGoalCards(element)[0]!;
    const form = await openAddItemForm(element, card);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Half typed');
    // A save (and the renders around it).
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home, safely');
    await untilSaved(element);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('Leo returns home, safely');
    // Another sub-goal closed.
    await click(element, $(subGoalCards(element)[1]!, 'h3 button.disclosure'));
    expect($(subGoalCards(element)[1]!, 'h3 button.disclosure').getAttribute('aria-expanded')).to.equal('false');
    // Its own sub-goal's disclosure: the words would go with the form, so it stays open.
    const own = $(card, 'h3 button.disclosure');
    await click(element, own);
    expect(own.getAttribute('aria-expanded'), 'its sub-goal stays open').to.equal('true');
    expect(formOf(subGoalCards(element)[0]!) === form, 'the same form').to.equal(true);
    expect($<HTMLInputElement>(form, 'input[name="name"]').value, 'the typed name').to.equal('Half typed');
    expect($<HTMLInputElement>(form, 'input[name="name"]').id, 'at its own sub-goal').to.contain('sg-1');
  });

  it('a sub-goal with no items shows the form open, with no Cancel; its typed text stays when an item arrives from elsewhere', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[2]!;
    const form = formOf(card)!;
    expect(form !== null, 'open for the first item').to.equal(true);
    expect(openButtonOf(card) === null, 'no button').to.equal(true);
    expect([...form.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.deep.equal(['Add plan item']);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Bus pass');
    // Another item is moved into it: it has items now, and the form with its text stays.
    const moved = await openItem(element, 'Item item-3');
    await choose(element, $<HTMLSelectElement>(moved, 'select[id$="item-3-move"]'), 'sg-3');
    expect(subGoalCards(element)[2]!.textContent).to.contain('Item item-3');
    expect(formOf(subGoalCards(element)[2]!) === form, 'the same form').to.equal(true);
    expect($<HTMLInputElement>(form, 'input[name="name"]').value).to.equal('Bus pass');
  });

  it('a refused item: the message stays at its field through a save; Cancel forgets it', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[0]!;
    const form = await openAddItemForm(element, card);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Parenting class');
    await click(element, $(form, 'button[type="submit"]'));
    const purpose = () => $<HTMLInputElement>(formOf(card)!, 'input[name="purpose"]');
    expect(purpose().getAttribute('aria-invalid'), 'said at the purpose').to.equal('true');
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home, safely');
    await untilSaved(element);
    expect(formOf(card) === form, 'the form is still there').to.equal(true);
    expect(purpose().getAttribute('aria-invalid'), 'still said at the purpose').to.equal('true');
    await click(element, [...formOf(card)!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Cancel')!);
    const again = await openAddItemForm(element, card);
    expect($<HTMLInputElement>(again, 'input[name="purpose"]').getAttribute('aria-invalid'), 'nothing said after Cancel').to.equal('false');
    expect($$(again, '[id$="-error"]').map((node) => node.textContent!.trim()).join(''), 'no message left').to.equal('');
  });

  it('Escape keeps a form that holds typed text, and the text', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[1]!;
    const form = await openAddItemForm(element, card);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Half typed');
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(formOf(card) === form, 'still open').to.equal(true);
    expect($<HTMLInputElement>(form, 'input[name="name"]').value).to.equal('Half typed');
  });

  it('Escape keeps a form whose number field holds text it cannot read ("12e": its value is empty), and the text', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[1]!;
    const form = await openAddItemForm(element, card);
    await choose(element, $<HTMLSelectElement>(form, 'select[name="kind"]'), 'unit-delivery');
    const units = $<HTMLInputElement>(form, 'input[name="unitsAuthorized"]');
    units.focus();
    await sendKeys({ type: '12e' });
    await settle(element);
    expect(units.validity.badInput, 'the browser could not read it').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(formOf(card) === form, 'still open').to.equal(true);
    expect(units.validity.badInput, 'what was typed is still there').to.equal(true);
    expect(describeElement(focused(element)), 'focus stays where the user typed').to.equal(describeElement(units));
  });

  it('asks before the page unloads while a number field holds "12e" (the plan did not change: nothing else says text would be lost)', async () => {
    const { element } = await open();
    const form = await openAddItemForm(element, subGoalCards(element)[1]!);
    await choose(element, $<HTMLSelectElement>(form, 'select[name="kind"]'), 'unit-delivery');
    const units = $<HTMLInputElement>(form, 'input[name="unitsAuthorized"]');
    units.focus();
    await sendKeys({ type: '12e' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented, 'the page asks before unloading').to.equal(true);
    expect(units.validity.badInput, 'what was typed is still there').to.equal(true);
  });

  it('the sub-goal closed from its heading while its form held text stays open when the form is emptied, cancelled or used: focus never falls to the page', async () => {
    const { element } = await open();
    const card = subGoalCards(element)[1]!;
    const disclosure = $<HTMLButtonElement>(card, 'h3 button.disclosure');
    const closeFromHeading = async () => {
      await click(element, disclosure);
      expect(disclosure.getAttribute('aria-expanded'), 'held open by the typed text').to.equal('true');
    };
    // Emptied: focus stays in the field it was emptied in.
    await openAddItemForm(element, card);
    const name = () => $<HTMLInputElement>(formOf(card)!, 'input[name="name"]');
    await typeInto(element, name(), 'Half typed');
    await closeFromHeading();
    name().focus();
    name().select();
    await sendKeys({ press: 'Backspace' });
    await settle(element);
    expect(disclosure.getAttribute('aria-expanded'), 'emptied: still open').to.equal('true');
    expect(describeElement(focused(element)), 'emptied: focus stays').to.equal(describeElement(name()));
    // Cancelled: focus on the button that opens the form again.
    await typeInto(element, name(), 'Half typed');
    await closeFromHeading();
    await click(element, [...formOf(card)!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Cancel')!);
    expect(disclosure.getAttribute('aria-expanded'), 'cancelled: still open').to.equal('true');
    expect(describeElement(focused(element)), 'cancelled: focus on the button').to.equal(describeElement(openButtonOf(card)));
    // Used: the new item is there and open, focus on the form's first field for the next.
    const form = await openAddItemForm(element, card);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Housing application');
    await closeFromHeading();
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="purpose"]'), 'Apply for social housing', 'Enter');
    expect(disclosure.getAttribute('aria-expanded'), 'used: still open').to.equal('true');
    expect(describeElement(focused(element)), 'used: focus on the first field').to.equal(describeElement($(formOf(card)!, 'select[name="source"]')));
    expect($(itemCard(element, 'Housing application'), 'button.details-toggle').getAttribute('aria-expanded'), 'the new item is open').to.equal('true');
  });

  it('a sub-goal moved keeps its own form and the text typed in it', async () => {
    const { element } = await open();
    const second = subGoalCards(element)[1]!;
    const id = second.getAttribute('data-sub-goal-id')!;
    const form = await openAddItemForm(element, second);
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Half typed');
    await click(element, $<HTMLButtonElement>(second, 'button[aria-keyshortcuts="Alt+ArrowUp"]'));
    const moved = subGoalCards(element)[0]!;
    expect(moved.getAttribute('data-sub-goal-id'), 'moved up').to.equal(id);
    expect($<HTMLInputElement>(formOf(moved)!, 'input[name="name"]').value, 'its text').to.equal('Half typed');
    expect(formOf(subGoalCards(element)[1]!) === null, 'the other sub-goal has no form').to.equal(true);
  });

  it('a conflict arriving while an item is half typed: the text stays (greyed while the conflict is settled), then the item can be added', async () => {
    const databaseName = uniqueDatabaseName('add-item-conflict');
    const theirStorage = new DexieStorageAdapter({ databaseName });
    await theirStorage.put('servicePlan', planWithEmptySubGoal());
    const theirs = await mountEditor({ storage: theirStorage, planId: 'plan-1', autosaveDelay: 60_000 });
    const mine = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }), planId: 'plan-1', autosaveDelay: 60_000 });
    const card = () => subGoalCards(mine)[1]!;
    const form = await openAddItemForm(mine, card());
    await typeInto(mine, $<HTMLInputElement>(form, 'input[name="name"]'), 'Housing application');
    await typeInto(mine, $<HTMLInputElement>(mine, 'input[name="goal.title"]'), 'Mine: Leo goes home');
    await typeInto(theirs, $<HTMLInputElement>(theirs, 'input[name="goal.title"]'), 'Theirs: Leo stays with his aunt');
    theirs.save();
    await untilSaved(theirs);
    await waitUntil(() => mine.shadowRoot!.querySelector('[part~="conflict"] fieldset'), 'no conflict');
    expect(formOf(card()) === form, 'the same form, still there').to.equal(true);
    expect($<HTMLInputElement>(form, 'input[name="name"]').value, 'the typed name').to.equal('Housing application');
    expect($<HTMLFieldSetElement>(form, 'fieldset').disabled, 'greyed while the conflict waits').to.equal(true);
    await click(mine, $<HTMLInputElement>(mine, '[part~="conflict"] input[aria-label="Keep yours for Goal › Title"]'));
    await click(mine, buttonByText($(mine, '[part~="conflict"]'), 'Combine with my choices'));
    await settle(mine);
    expect(mine.shadowRoot!.querySelector('[part~="conflict"]') === null, 'settled').to.equal(true);
    expect($<HTMLFieldSetElement>(formOf(card())!, 'fieldset').disabled, 'usable again').to.equal(false);
    expect($<HTMLInputElement>(formOf(card())!, 'input[name="name"]').value, 'the typed name, after').to.equal('Housing application');
    await typeInto(mine, $<HTMLInputElement>(formOf(card())!, 'input[name="purpose"]'), 'Apply for social housing', 'Enter');
    expect(itemCard(mine, 'Housing application'), 'added').to.not.equal(null);
    theirs.remove();
    mine.remove();
  });

  for (const locale of ['en', 'es', 'fr', 'pt']) {
    it(`${locale}: the button's name begins with its visible text and names the sub-goal`, async () => {
      const { element } = await open(locale);
      const button = openButtonOf(subGoalCards(element)[0]!)!;
      const visible = button.textContent!.trim();
      const name = button.getAttribute('aria-label')!;
      expect(name.startsWith(visible), `"${name}" begins with "${visible}"`).to.equal(true);
      expect(name).to.contain('Parents build parenting skills');
    });
  }
});
