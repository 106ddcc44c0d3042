import { expect } from '@open-wc/testing';
import { findOverlaps, overlapWarnings } from '../../../src/model/visitation/overlap.js';
import { monthlyPlan, weeklyPlan } from './fixtures.js';

describe('visitation plan overlaps', () => {
  it('does not flag two active plans of one child whose visits never clash', () => {
    expect(findOverlaps([weeklyPlan(), monthlyPlan()])).to.deep.equal([]);
  });

  it('flags two active plans of the same child with visits at the same time, across time zones', () => {
    // 12:30 in New York (UTC-4 from 8 March) is 16:30 in Lisbon (UTC+0 until 29 March): inside the 16:00-17:30 visit.
    const call = monthlyPlan({ recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [2] }, timeOfDay: '12:30', startDate: '2026-03-10', endDate: '2026-03-24' });
    const [overlap, ...rest] = findOverlaps([weeklyPlan(), call]);
    expect(rest).to.deep.equal([]);
    expect(overlap?.planIds).to.deep.equal(['plan-weekly', 'plan-monthly']);
    expect(overlap?.first.map((one) => one.key)).to.deep.equal(['2026-03-10T16:00', '2026-03-10T12:30']);
    expect(overlap?.clashes).to.equal(3);
  });

  it('ignores plans of other children, ended plans and visits that only touch end to start', () => {
    const backToBack = weeklyPlan({ id: 'later', timeOfDay: '17:30' });
    expect(findOverlaps([weeklyPlan(), backToBack])).to.deep.equal([]);
    expect(findOverlaps([weeklyPlan(), weeklyPlan({ id: 'sibling-plan', childId: 'child-2' })])).to.deep.equal([]);
    expect(findOverlaps([weeklyPlan(), weeklyPlan({ id: 'old', status: 'ended' })])).to.deep.equal([]);
  });

  it('warns about a plan being edited that clashes with an active or draft plan of the child', () => {
    const edited = weeklyPlan({ id: 'new-plan', status: 'draft', timeOfDay: '17:00' });
    expect(overlapWarnings(edited, [weeklyPlan(), monthlyPlan()])).to.deep.equal([
      { code: 'visitation.plan.overlaps', path: ['recurrence'], params: { otherPlanId: 'plan-weekly', date: '2026-03-03', time: '17:00', count: 53 } },
    ]);
  });
});
