import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, choose, click, mountEditor, openItem, openNeedLinks, openSection, subGoalCards, typeInto, untilSaved } from './helpers.js';

function storeWith(plan: ServicePlan): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `basis-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...plan, version: 2 });
  return storage;
}

describe('<service-plan-editor>: what the plan is built on, and needs linked to what answers them', () => {
  it('a draft records the assessment (source, date, by whom, findings), the history and the current situation', async () => {
    const storage = storeWith(readyPlan());
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const section = $(element, '[part~="basis"]');
    await typeInto(element, $<HTMLInputElement>(section, 'input[name="basis.assessmentSource"]'), 'CANS');
    await choose(element, $<HTMLInputElement>(section, 'input[name="basis.assessmentDate"]'), '2026-01-02');
    await typeInto(element, $<HTMLInputElement>(section, 'input[name="basis.assessedBy"]'), 'Claire Martin');
    await typeInto(element, $<HTMLTextAreaElement>(section, 'textarea[name="basis.assessmentSummary"]'), 'Needs housing support');
    await typeInto(element, $<HTMLTextAreaElement>(section, 'textarea[name="basis.history"]'), 'First referral in 2025');
    await typeInto(element, $<HTMLTextAreaElement>(section, 'textarea[name="basis.currentSituation"]'), 'Leo lives with his aunt');
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.basis).to.deep.equal({
      assessmentSource: 'CANS',
      assessmentDate: '2026-01-02',
      assessedBy: 'Claire Martin',
      assessmentSummary: 'Needs housing support',
      history: 'First referral in 2025',
      currentSituation: 'Leo lives with his aunt',
    });
  });

  it('on an active plan, a new need is added and linked to an item without a revision; the basis is read-only until revised', async () => {
    const storage = storeWith(readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }));
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await openSection(element, 'basis');
    expect($<HTMLTextAreaElement>(element, 'textarea[name="basis.history"]').disabled).to.equal(true);
    await openSection(element, 'needs');
    await typeInto(element, $<HTMLInputElement>(element, '#f-needs-new'), 'transport to school', 'Enter');
    const coverage = $(element, '[part~="need-coverage"]');
    expect(coverage.textContent).to.contain('transport to school').and.to.contain('nothing in the plan answers this need yet');

    const card = await openItem(element, 'Item item-3');
    await openNeedLinks(element, card);
    const box = $$<HTMLInputElement>(card, 'fieldset[data-links="needs"] input[type="checkbox"]').find((input) => input.value === 'transport to school')!;
    expect(box.disabled).to.equal(false);
    await click(element, box);
    const secondSubGoal = $<HTMLButtonElement>(subGoalCards(element)[1]!, 'button.disclosure');
    if (secondSubGoal.getAttribute('aria-expanded') === 'false') await click(element, secondSubGoal);
    await openNeedLinks(element, $(subGoalCards(element)[1]!, '.sub-goal-body'));
    const subGoalBox = $$<HTMLInputElement>(subGoalCards(element)[1]!, ':scope > article > fieldset[data-links="needs"] input, fieldset[data-links="needs"] input').find((input) => input.name.startsWith('subgoal.') && input.value === 'stable housing')!;
    await click(element, subGoalBox);
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.status).to.equal('active');
    expect(stored.revision).to.equal(1);
    expect(stored.needs).to.include('transport to school');
    expect(stored.subGoals[1]!.items[0]!.addressesNeeds).to.deep.equal(['transport to school']);
    expect(stored.subGoals[1]!.addressesNeeds).to.deep.equal(['stable housing']);
    expect($(element, '[part~="need-coverage"]').textContent).to.contain('answered by Item item-3');
    const history = await storage.history('servicePlan', 'plan-1');
    expect(history.length).to.be.greaterThan(0);
  });
});
