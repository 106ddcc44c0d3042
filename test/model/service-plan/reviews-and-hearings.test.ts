import { expect } from '@open-wc/testing';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import { diffPlanRevisions } from '../../../src/model/service-plan/diff.js';
import { transitionPlan, type LifecycleContext } from '../../../src/model/service-plan/lifecycle.js';
import { hearingsOf, nextReview, reviewIntervalViolations, unreviewedHearings } from '../../../src/model/service-plan/review-schedule.js';
import { validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { participants, readyPlan, TODAY } from './fixtures.js';

const env = { today: TODAY, newId: () => 'new-id' };
const active = (overrides: Partial<ServicePlan> = {}) => readyPlan({ status: 'active', activatedOn: '2026-01-31', ...overrides });

function edited(plan: ServicePlan, edit: PlanEdit): ServicePlan {
  const result = applyEdit(plan, edit, env);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.plan;
}

describe('reviews at every court hearing, every six months or more often', () => {
  it('a hearing that passed with no review recorded is overdue, and stays so until a review on or after it', () => {
    const plan = active({ reviewSchedule: { intervalMonths: 6, courtHearingDates: [], hearings: [{ id: 'h1', date: '2026-03-02', type: 'review' }] } });
    expect(nextReview(plan, TODAY)).to.deep.equal({ date: '2026-03-02', reason: 'court-hearing', overdue: true });
    expect(unreviewedHearings(plan, TODAY).map((hearing) => hearing.id)).to.deep.equal(['h1']);
    const reviewedBefore = { ...plan, reviews: [{ id: 'r0', date: '2026-03-01', type: 'court-hearing' as const, summary: '' }] };
    expect(nextReview(reviewedBefore, TODAY)?.overdue).to.equal(true);
    const reviewed = { ...plan, reviews: [{ id: 'r1', date: '2026-03-02', type: 'court-hearing' as const, summary: 'Reunification on track' }] };
    expect(unreviewedHearings(reviewed, TODAY)).to.deep.equal([]);
    expect(nextReview(reviewed, TODAY)).to.deep.equal({ date: '2026-09-02', reason: 'interval', overdue: false });
  });

  it('the clock runs from the last qualifying review: a supervisor review or a team meeting does not restart it', () => {
    const plan = active({ activatedOn: '2025-10-01', reviews: [{ id: 'r', date: '2026-03-01', type: 'supervisor', summary: '' }, { id: 't', date: '2026-03-05', type: 'team-meeting', summary: '' }] });
    expect(nextReview(plan, TODAY)).to.deep.equal({ date: '2026-04-01', reason: 'interval', overdue: false });
  });

  it('completing a revision does not restart the clock: it runs from the first activation', () => {
    const noApprovals = { requiredRoles: [], ageRequiredRoles: [], minimumAge: 12, ageUnknownRequiredRoles: [], alsoRequiredParticipantIds: [] };
    const context: LifecycleContext = { participants, today: '2025-10-01', policy: noApprovals };
    const submitted = transitionPlan(readyPlan({ planKind: 'service' }), 'submit', context);
    if (!submitted.ok) throw new Error('submit');
    const activated = transitionPlan(submitted.plan, 'activate', context);
    if (!activated.ok) throw new Error('activate');
    expect(activated.plan.firstActivatedOn).to.equal('2025-10-01');
    const revising = transitionPlan(activated.plan, 'start-revision', { ...context, today: '2026-02-20' });
    if (!revising.ok) throw new Error('start-revision');
    const revised = transitionPlan(revising.plan, 'complete-revision', { ...context, today: '2026-03-01' });
    if (!revised.ok) throw new Error(JSON.stringify(revised.violations));
    expect(revised.plan).to.include({ activatedOn: '2026-03-01', firstActivatedOn: '2025-10-01' });
    expect(nextReview(revised.plan, TODAY)?.date).to.equal('2026-04-01');
  });

  it('a case plan is reviewed at least every six months; a service plan may follow a longer interval', () => {
    const yearly = { intervalMonths: 12, courtHearingDates: [] };
    const casePlan = active({ reviewSchedule: yearly });
    expect(reviewIntervalViolations(casePlan)).to.deep.equal([{ code: 'plan.review.interval-too-long', path: ['reviewSchedule', 'intervalMonths'], params: { max: 6 } }]);
    expect(validatePlan(casePlan, { participants }).map((found) => found.code)).to.include('plan.review.interval-too-long');
    expect(nextReview(casePlan, TODAY)?.date).to.equal('2026-07-31');
    const servicePlan = active({ planKind: 'service', reviewSchedule: yearly });
    expect(reviewIntervalViolations(servicePlan)).to.deep.equal([]);
    expect(nextReview(servicePlan, TODAY)?.date).to.equal('2027-01-31');
    // An agency may shorten it.
    expect(nextReview(casePlan, TODAY, { maxCasePlanIntervalMonths: 3, qualifyingTypes: ['court-hearing'] })?.date).to.equal('2026-04-30');
  });

  it('hearings are added with a type, take an outcome once held, and can be removed; the history says each', () => {
    let plan = edited(active(), { type: 'add-hearing', id: 'h1', date: '2026-03-02', hearingType: 'permanency' });
    plan = edited(plan, { type: 'update-hearing', hearingId: 'h1', outcome: '  Reunification goal confirmed ' });
    expect(hearingsOf(plan.reviewSchedule)).to.deep.equal([{ id: 'h1', date: '2026-03-02', type: 'permanency', outcome: 'Reunification goal confirmed' }]);
    expect(diffPlanRevisions(active(), plan, participants).map((change) => change.code)).to.include('plan.change.hearing-added');
    const cleared = edited(plan, { type: 'update-hearing', hearingId: 'h1', outcome: null });
    expect(hearingsOf(cleared.reviewSchedule)[0]).not.to.have.property('outcome');
    const removed = edited(plan, { type: 'remove-hearing', hearingId: 'h1' });
    expect(hearingsOf(removed.reviewSchedule)).to.deep.equal([]);
    expect(diffPlanRevisions(plan, removed, participants).map((change) => change.code)).to.deep.equal(['plan.change.hearing-removed']);
  });

  it('reads the bare hearing dates of the first release as review hearings, and gives one an outcome without losing the others', () => {
    const plan = active({ reviewSchedule: { intervalMonths: 6, courtHearingDates: ['2026-02-15', '2026-05-20'] } });
    expect(hearingsOf(plan.reviewSchedule).map((hearing) => [hearing.date, hearing.type])).to.deep.equal([
      ['2026-02-15', 'review'],
      ['2026-05-20', 'review'],
    ]);
    const [first] = hearingsOf(plan.reviewSchedule);
    const outcome = edited(plan, { type: 'update-hearing', hearingId: first!.id, outcome: 'Visits extended' });
    expect(hearingsOf(outcome.reviewSchedule).map((hearing) => [hearing.date, hearing.outcome])).to.deep.equal([
      ['2026-02-15', 'Visits extended'],
      ['2026-05-20', undefined],
    ]);
    expect(diffPlanRevisions(plan, outcome, participants).map((change) => change.code)).to.deep.equal(['plan.change.hearing-outcome']);
  });

  it('refuses a hearing on a date that is not a date, at the hearing', () => {
    const result = applyEdit(active(), { type: 'add-hearing', date: 'soon', hearingType: 'review' }, env);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.violations[0]?.path.slice(0, 2)).to.deep.equal(['reviewSchedule', 'hearings']);
  });
});
