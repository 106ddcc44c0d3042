import { expect } from '@open-wc/testing';
import { itemProgress, overdueItems, overdueMilestones, planProgress } from '../../../src/model/service-plan/progress.js';
import { nextReview } from '../../../src/model/service-plan/review-schedule.js';
import { basicItem, readyPlan, unitItem } from './fixtures.js';

describe('plan progress', () => {
  it('counts a completed item as done, a unit-delivery item by units delivered of authorized, and leaves out a discontinued one', () => {
    expect(itemProgress(basicItem('a', { status: 'completed' }))).to.equal(1);
    expect(itemProgress(basicItem('a', { status: 'in-progress' }))).to.equal(0);
    expect(itemProgress(unitItem('u', 12, [2, 3]))).to.equal(5 / 12);
    expect(itemProgress(unitItem('u', 4, [3, 3]))).to.equal(1);
    expect(itemProgress(basicItem('a', { status: 'discontinued' }))).to.equal(undefined);
  });

  it('sums up per sub-goal and overall, with units delivered of authorized', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items[0]!.status = 'completed';
    plan.subGoals[1]!.items.push(basicItem('item-4', { status: 'discontinued' }));
    const progress = planProgress(plan);
    expect(progress.items).to.deep.equal({ 'item-1': 1, 'item-2': 5 / 12, 'item-3': 0, 'item-4': undefined });
    expect(progress.subGoals['sg-1']).to.deep.equal({ ratio: (1 + 5 / 12) / 2, countedItems: 2, completedItems: 1, discontinuedItems: 0, unitsDelivered: 5, unitsAuthorized: 12, outcomeRatio: undefined, ratedItems: 0 });
    expect(progress.subGoals['sg-2']?.ratio).to.equal(0);
    expect(progress.subGoals['sg-2']?.discontinuedItems).to.equal(1);
    expect(progress.overall.ratio).to.be.closeTo((1 + 5 / 12 + 0) / 3, 1e-9);
    expect(progress.overall.completedItems).to.equal(1);
  });

  it('has no ratio for a plan without items rather than claiming 0% or 100%', () => {
    expect(planProgress({ subGoals: [] }).overall.ratio).to.equal(undefined);
  });

  it('lists open items whose expected end has passed, but not completed or discontinued ones or those due today', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items[0]!.expectedEnd = '2026-03-09';
    plan.subGoals[0]!.items[1]!.expectedEnd = '2026-03-10';
    plan.subGoals[1]!.items = [basicItem('done', { expectedEnd: '2026-01-01', status: 'completed' }), basicItem('stopped', { expectedEnd: '2026-01-01', status: 'discontinued' })];
    expect(overdueItems(plan, '2026-03-10')).to.deep.equal([{ subGoalId: 'sg-1', itemId: 'item-1', expectedEnd: '2026-03-09', path: ['subGoals', 0, 'items', 0] }]);
  });

  it('lists milestones past due and not achieved', () => {
    const plan = readyPlan({
      milestones: [
        { id: 'm1', title: 'Late', dueDate: '2026-03-01' },
        { id: 'm2', title: 'Achieved', dueDate: '2026-03-01', achievedDate: '2026-02-28' },
        { id: 'm3', title: 'Future', dueDate: '2026-04-01' },
      ],
    });
    expect(overdueMilestones(plan, '2026-03-10').map((milestone) => milestone.id)).to.deep.equal(['m1']);
  });
});

describe('next review date', () => {
  const active = (overrides = {}) => readyPlan({ status: 'active', activatedOn: '2026-01-31', ...overrides });

  it('falls six months after activation by default, clamped to the month end', () => {
    expect(nextReview(active(), '2026-03-10')).to.deep.equal({ date: '2026-07-31', reason: 'interval', overdue: false });
    expect(nextReview(active({ activatedOn: '2025-08-31' }), '2026-03-10')).to.deep.equal({ date: '2026-02-28', reason: 'interval', overdue: true });
  });

  it('counts from the last recorded review and follows a shorter interval', () => {
    const plan = active({ reviews: [{ id: 'r', date: '2026-03-01', type: 'administrative-review', summary: '' }], reviewSchedule: { intervalMonths: 3, courtHearingDates: [] } });
    expect(nextReview(plan, '2026-03-10')?.date).to.equal('2026-06-01');
  });

  it('is the next court hearing when one comes first, ignoring past hearings that were reviewed', () => {
    const plan = active({
      reviewSchedule: { intervalMonths: 6, courtHearingDates: ['2026-02-15', '2026-05-20', '2026-04-02'] },
      reviews: [{ id: 'r', date: '2026-02-15', type: 'court-hearing', summary: '' }],
    });
    expect(nextReview(plan, '2026-03-10')).to.deep.equal({ date: '2026-04-02', reason: 'court-hearing', overdue: false });
  });

  it('takes a date set by hand when earlier, never one later than the interval allows', () => {
    expect(nextReview(active({ reviewSchedule: { intervalMonths: 6, nextReviewDate: '2026-04-15', courtHearingDates: [] } }), '2026-03-10')?.reason).to.equal('scheduled');
    expect(nextReview(active({ reviewSchedule: { intervalMonths: 6, nextReviewDate: '2027-01-01', courtHearingDates: [] } }), '2026-03-10')?.date).to.equal('2026-07-31');
  });

  it('has no review date for a draft or a closed plan', () => {
    expect(nextReview(readyPlan(), '2026-03-10')).to.equal(undefined);
    expect(nextReview(active({ status: 'closed' }), '2026-03-10')).to.equal(undefined);
  });
});
