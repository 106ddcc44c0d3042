import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, $$, buttonByText, choose, click, itemCard, mountEditor, openAddItemForm, openItem, openSection, partText, settle, subGoalCards, typeInto, uniqueDatabaseName, untilSaved } from './helpers.js';

async function addSubGoal(element: ServicePlanEditor, title: string): Promise<void> {
  await typeInto(element, $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]'), title, 'Enter');
}

async function addItem(element: ServicePlanEditor, card: HTMLElement, source: { template?: string; name?: string; purpose?: string; units?: string }): Promise<void> {
  const form = await openAddItemForm(element, card);
  if (source.template) await choose(element, $<HTMLSelectElement>(form, 'select[name="source"]'), source.template);
  if (source.name) await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), source.name);
  if (source.purpose) await typeInto(element, $<HTMLInputElement>(form, 'input[name="purpose"]'), source.purpose);
  if (source.units) await typeInto(element, $<HTMLInputElement>(form, 'input[name="unitsAuthorized"]'), source.units);
  await click(element, $(form, 'button[type="submit"]'));
}

async function setResponsible(element: ServicePlanEditor, name: string, value: string): Promise<void> {
  await choose(element, $<HTMLSelectElement>(itemCard(element, name), 'select[name$=".responsibility"]'), value);
}

describe('<service-plan-editor>: a caseworker writes a case plan with the family, from empty to active, then revises it', () => {
  it('builds, submits, gets approvals, activates, reopens on a new adapter, and keeps the previous version readable', async () => {
    const databaseName = uniqueDatabaseName('walk');
    const storage = new DexieStorageAdapter({ databaseName });
    const element = await mountEditor({ storage });
    await waitUntil(() => element.planId, 'no plan id after creating');
    const planId = element.planId!;
    expect($(element, '[part~="status-badge"]').textContent).to.contain('Draft');
    expect($(element, '[part~="status"]').textContent).to.contain('Write the goal of the plan.');

    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home safely');
    await choose(element, $<HTMLSelectElement>(element, 'select[name="principal"]'), 'leo');
    for (const id of ['maria', 'joao']) await click(element, $(element, `input[name="member"][value="${id}"]`));
    await typeInto(element, $<HTMLInputElement>(element, '#f-needs-new'), 'parenting skills', 'Enter');
    await choose(element, $<HTMLSelectElement>(element, 'select[name="permanency.primary"]'), 'reunification');

    await addSubGoal(element, 'Parents build parenting skills');
    await addSubGoal(element, 'Stable housing');
    expect(subGoalCards(element)).to.have.length(2);

    // Sub-goal 1: an item from a template and a custom item.
    await addItem(element, subGoalCards(element)[0]!, { template: 'tpl-school' });
    await addItem(element, subGoalCards(element)[0]!, { name: 'Parenting class', purpose: 'Learn daily routines' });
    await setResponsible(element, 'School enrolment', 'caseworker');
    await setResponsible(element, 'Parenting class', 'participant:maria');
    await typeInto(element, $<HTMLTextAreaElement>(itemCard(element, 'Parenting class'), 'textarea[name$=".clientInstructions"]'), 'Attend every Tuesday at 6 pm.');

    // Sub-goal 2: a unit delivery item (12 counselling sessions) and a service from the catalog for both parents.
    await addItem(element, subGoalCards(element)[1]!, { template: 'tpl-counselling', units: '12' });
    await setResponsible(element, 'Counselling sessions', 'caseworker');
    await click(element, buttonByText(subGoalCards(element)[1]!, 'Add a service from the catalog'));
    const picker = $(element, '[part~="catalog"]');
    expect($(picker, '[part~="recommendations"]').textContent).to.contain('Positive Parenting Program');
    await typeInto(element, $<HTMLInputElement>(picker, 'input[type="search"]'), 'therapy');
    await click(element, $(picker, 'input[name="client"][value="maria"]'));
    await click(element, $(picker, 'input[name="client"][value="joao"]'));
    await click(element, $(picker, 'button[aria-label="Add to sub-goal: Family therapy"]'));
    await setResponsible(element, 'Family therapy', 'caseworker');
    expect($(itemCard(element, 'Family therapy'), '[part~="linked-service"]').textContent).to.contain('Maria Souza (mother)');

    const milestoneForm = $<HTMLFormElement>(element, '[part~="milestones"] form');
    await typeInto(element, $<HTMLInputElement>(milestoneForm, 'input[name="title"]'), 'First unsupervised visit');
    await choose(element, $<HTMLInputElement>(milestoneForm, 'input[name="dueDate"]'), '2026-05-01');
    await click(element, $(milestoneForm, 'button[type="submit"]'));
    expect($$(element, '.milestone')).to.have.length(1);

    expect($(element, '[part~="status"]').textContent).to.contain('can be submitted for approval');
    const statusChanged = oneEvent(element, 'cp-status-change');
    await click(element, $(element, 'button[data-step="submit"]'));
    expect((await statusChanged).detail).to.include({ status: 'submitted', previousStatus: 'draft' });
    expect($(element, '[part~="waiting"]').textContent).to.contain('Waiting for approval from: Maria Souza (mother) and João Souza (father)');
    // Blocked, yet reachable by Tab and described by what blocks it.
    const activate = $<HTMLButtonElement>(element, 'button[data-step="activate"]');
    expect(activate.getAttribute('aria-disabled')).to.equal('true');
    expect(element.shadowRoot!.getElementById(activate.getAttribute('aria-describedby')!)!.textContent).to.contain('Maria Souza');

    await click(element, $(element, 'button[aria-label="Approve: Maria Souza"]'));
    await click(element, $(element, 'button[aria-label="Approve: João Souza"]'));
    expect($(element, '[part~="status"]').textContent).to.contain('the plan can be activated');
    await click(element, $(element, 'button[data-step="activate"]'));
    expect($(element, '[part~="status-badge"]').textContent).to.contain('Active');

    // Progress is recorded on an active plan: 2 of 12 sessions delivered.
    const deliveryForm = $<HTMLFormElement>(itemCard(element, 'Counselling sessions'), '[part~="deliveries"] form');
    await typeInto(element, $<HTMLInputElement>(deliveryForm, 'input[name="units"]'), '2', 'Enter');
    expect(partText($(itemCard(element, 'Counselling sessions'), '[part~="item-progress"]'))).to.contain('2 of 12');
    await untilSaved(element);
    element.remove();

    const reopened = await mountEditor({ storage: new DexieStorageAdapter({ databaseName }), planId });
    expect($(reopened, '[part~="status-badge"]').textContent).to.contain('Active');
    // An active plan reads as an outline: the goal as text, each item a summary line that opens in place.
    expect($(reopened, '[part~="goal"] .goal-title').textContent).to.equal('Leo returns home safely');
    expect(subGoalCards(reopened).map((card) => card.querySelector('h3')?.textContent?.trim())).to.deep.equal([
      'Sub-goal 1: Parents build parenting skills',
      'Sub-goal 2: Stable housing',
    ]);
    expect($$(reopened, 'article[part~="item"]').map((card) => card.querySelector('h4')?.textContent?.trim())).to.deep.equal([
      'School enrolment',
      'Parenting class',
      'Counselling sessions',
      'Family therapy',
    ]);
    for (const name of ['Parenting class', 'Counselling sessions', 'Family therapy']) await openItem(reopened, name);
    expect($<HTMLTextAreaElement>(itemCard(reopened, 'Parenting class'), 'textarea[name$=".clientInstructions"]').value).to.equal('Attend every Tuesday at 6 pm.');
    expect(partText($(itemCard(reopened, 'Counselling sessions'), '[part~="item-progress"]'))).to.contain('2 of 12');
    expect($(itemCard(reopened, 'Family therapy'), '[part~="linked-service"]').textContent).to.contain('João Souza (father)');
    await openSection(reopened, 'milestones');
    expect($$<HTMLInputElement>(reopened, '.milestone input[data-date]')[0]!.value, 'the date in the locale format').to.equal('05/01/2026');

    // The plan is revised after a review: a new version, the first one stays readable. The header's
    // "Start a revision…" takes focus to the revision's reason.
    await click(reopened, $(reopened, '#primary-action'));
    expect(reopened.shadowRoot!.activeElement).to.equal($(reopened, 'select[name="reason"]'));
    await choose(reopened, $<HTMLSelectElement>(reopened, 'select[name="reason"]'), 'review');
    await click(reopened, $(reopened, 'button[data-step="start-revision"]'));
    expect($(reopened, '[part~="status-badge"]').textContent).to.contain('Revision in progress');
    // Focus lands on the next step: the header's "Complete the revision".
    expect(reopened.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Complete the revision');
    await typeInto(reopened, $<HTMLInputElement>(reopened, 'input[name="goal.title"]'), 'Leo lives at home safely with both parents');
    await untilSaved(reopened);
    const versions = $(reopened, '[part~="versions"]');
    const firstVersion = $$(versions, 'button')[0]!;
    expect(firstVersion.textContent).to.match(/Version 1, replaced on .*2026 \(Plan review\)/);
    await click(reopened, firstVersion);
    expect($(versions, '[part~="changes"]').textContent).to.contain('Goal changed from "Leo returns home safely" to "Leo lives at home safely with both parents"');
    expect($(versions, '[part~="version-document"] h2').textContent).to.contain('Leo returns home safely');
    await settle(reopened);
    await storage.close();
  });
});
