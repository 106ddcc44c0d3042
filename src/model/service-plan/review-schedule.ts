import { addMonths, earliest, latest } from '../shared/calendar.js';
import type { CourtHearing, ReviewType, ServicePlanContent } from './plan.js';
import { violation, type Violation } from '../shared/violation.js';

export type NextReviewReason = 'interval' | 'court-hearing' | 'scheduled';

export interface NextReview {
  date: string;
  /** Why this date: the interval since the last review, a court hearing, or a date set by hand. */
  reason: NextReviewReason;
  /** True when the date has passed without a review. */
  overdue: boolean;
}

/**
 * How often plans must be reviewed and which reviews count. Case plans are reviewed at each court
 * hearing and at least every six months (an agency may shorten it); a service plan follows its own
 * interval. Only reviews of a qualifying type restart the clock: a revision or a supervisor's look does not.
 */
export interface ReviewPolicy {
  /** The longest a case plan may go without a qualifying review. */
  maxCasePlanIntervalMonths: number;
  qualifyingTypes: readonly ReviewType[];
}

export const CASE_PLAN_MAX_REVIEW_INTERVAL_MONTHS = 6;

export const defaultReviewPolicy: ReviewPolicy = {
  maxCasePlanIntervalMonths: CASE_PLAN_MAX_REVIEW_INTERVAL_MONTHS,
  qualifyingTypes: ['court-hearing', 'administrative-review'],
};

type ReviewFacts = Pick<ServicePlanContent, 'planKind' | 'status' | 'reviewSchedule' | 'reviews' | 'activatedOn' | 'firstActivatedOn'>;

/** The plan's court hearings, oldest first: those recorded with type and outcome, and the bare dates of the first release (as review hearings). */
export function hearingsOf(schedule: ServicePlanContent['reviewSchedule']): CourtHearing[] {
  const recorded = schedule.hearings ?? [];
  const legacy = schedule.courtHearingDates
    .filter((date) => !recorded.some((hearing) => hearing.date === date))
    .map((date): CourtHearing => ({ id: `hearing-${date}`, date, type: 'review' }));
  return [...recorded, ...legacy].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** The dates of the reviews that count for the review clock, oldest first. */
function qualifyingReviewDates(plan: Pick<ServicePlanContent, 'reviews'>, policy: ReviewPolicy): string[] {
  return plan.reviews.filter((review) => policy.qualifyingTypes.includes(review.type)).map((review) => review.date).sort();
}

/** The interval that applies: the plan's own, never longer than the policy allows for a case plan. */
export function effectiveIntervalMonths(plan: Pick<ServicePlanContent, 'planKind' | 'reviewSchedule'>, policy: ReviewPolicy = defaultReviewPolicy): number {
  const own = plan.reviewSchedule.intervalMonths;
  return plan.planKind === 'outcome' ? Math.min(own, policy.maxCasePlanIntervalMonths) : own;
}

/** Hearings that have taken place (before `today`) with no qualifying review recorded on or after their date. */
export function unreviewedHearings(plan: Pick<ServicePlanContent, 'reviewSchedule' | 'reviews'>, today: string, policy: ReviewPolicy = defaultReviewPolicy): CourtHearing[] {
  const reviewed = qualifyingReviewDates(plan, policy);
  return hearingsOf(plan.reviewSchedule).filter((hearing) => hearing.date < today && !reviewed.some((date) => date >= hearing.date));
}

/**
 * When the plan is next reviewed: the earliest of a passed hearing that no review followed (overdue),
 * the interval after the last qualifying review (or after the plan first became active), the next
 * court hearing, and a date set by hand. Undefined for a plan that is not in force (a draft, or one that has ended).
 */
export function nextReview(plan: ReviewFacts, today: string, policy: ReviewPolicy = defaultReviewPolicy): NextReview | undefined {
  if (plan.status !== 'active' && plan.status !== 'under-review' && plan.status !== 'submitted') return undefined;
  const schedule = plan.reviewSchedule;
  const lastReview = latest(qualifyingReviewDates(plan, policy));
  const since = lastReview ?? plan.firstActivatedOn ?? plan.activatedOn;
  const byInterval = since === undefined ? undefined : addMonths(since, effectiveIntervalMonths(plan, policy));
  const missedHearing = unreviewedHearings(plan, today, policy)[0]?.date;
  const nextHearing = missedHearing ?? earliest(hearingsOf(schedule).map((hearing) => hearing.date).filter((date) => date >= today));
  const manual = schedule.nextReviewDate !== undefined && (lastReview === undefined || schedule.nextReviewDate > lastReview) ? schedule.nextReviewDate : undefined;
  const candidates: { date: string; reason: NextReviewReason }[] = [];
  if (byInterval !== undefined) candidates.push({ date: byInterval, reason: 'interval' });
  if (nextHearing !== undefined) candidates.push({ date: nextHearing, reason: 'court-hearing' });
  if (manual !== undefined) candidates.push({ date: manual, reason: 'scheduled' });
  const next = candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  return next === undefined ? undefined : { ...next, overdue: next.date < today };
}

/** A case plan may not be scheduled for review less often than the policy allows (six months). */
export function reviewIntervalViolations(plan: Pick<ServicePlanContent, 'planKind' | 'reviewSchedule'>, policy: ReviewPolicy = defaultReviewPolicy): Violation[] {
  if (plan.planKind !== 'outcome' || plan.reviewSchedule.intervalMonths <= policy.maxCasePlanIntervalMonths) return [];
  return [violation('plan.review.interval-too-long', ['reviewSchedule', 'intervalMonths'], { max: policy.maxCasePlanIntervalMonths })];
}
