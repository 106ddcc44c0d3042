import { expect } from '@open-wc/testing';
import { casePlanVisitation, visitationPlanHref } from '../../../src/model/visitation/case-plan-visitation.js';
import { monthlyPlan, planContact, weeklyPlan } from './fixtures.js';

describe('visitation in the case plan', () => {
  const now = new Date('2026-03-18T12:00:00.000Z');

  it('lists the child’s plans, active first, with status, visitors, court order and compliance; archived plans and other children’s are left out', () => {
    const plans = [
      weeklyPlan({ id: 'ended', status: 'ended', startDate: '2026-03-01' }),
      weeklyPlan(),
      monthlyPlan(),
      weeklyPlan({ id: 'archived', archived: true }),
      weeklyPlan({ id: 'other', childId: 'child-2' }),
    ];
    const contacts = [planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'), planContact('plan-weekly', '2026-03-10T16:00', '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor' } })];
    const entries = casePlanVisitation(plans, contacts, 'child-1', now);
    expect(entries.map((entry) => [entry.planId, entry.status])).to.deep.equal([
      ['plan-monthly', 'active'],
      ['plan-weekly', 'active'],
      ['ended', 'ended'],
    ]);
    const weekly = entries.find((entry) => entry.planId === 'plan-weekly')!;
    expect(weekly).to.include({ title: 'Weekly visit with mother', courtOrdered: true, mode: 'in-person', supervision: 'supervised' });
    expect(weekly.visitorIds).to.deep.equal(['mother-1']);
    expect({ due: weekly.sinceStart.due, completed: weekly.sinceStart.completed, missed: weekly.sinceStart.missed }).to.deep.equal({ due: 3, completed: 1, missed: 2 });
    expect(entries.find((entry) => entry.planId === 'plan-monthly')?.courtOrdered).to.equal(false);
  });

  it('withholds what a damaged contact could change: no visit missed, no rate, the visits that cannot be judged counted', () => {
    // The 10 March visit took place, but its stored row is damaged: the log reports it only by kind and id.
    const contacts = [planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z')];
    const [weekly] = casePlanVisitation([weeklyPlan()], contacts, 'child-1', now, { damagedContacts: 1 });
    expect(weekly!.damagedContacts).to.equal(1);
    expect(weekly!.sinceStart).to.include({ due: 1, completed: 1, missed: 0, unjudged: 2, rate: null });
    expect(weekly!.currentMonth).to.include({ missed: 0, unjudged: 2, rate: null });
    // Without damaged records the same log has two missed visits and a rate.
    const [judged] = casePlanVisitation([weeklyPlan()], contacts, 'child-1', now);
    expect(judged!.damagedContacts).to.equal(0);
    expect(judged!.sinceStart).to.include({ due: 3, completed: 1, missed: 2, unjudged: 0 });
  });

  it('makes the host’s address from its template, ids encoded', () => {
    expect(visitationPlanHref('/cases/{caseId}/visits/{id}', 'plan 1', 'case/2')).to.equal('/cases/case%2F2/visits/plan%201');
    expect(visitationPlanHref(undefined, 'plan-1', 'case-1')).to.equal(undefined);
  });
});
