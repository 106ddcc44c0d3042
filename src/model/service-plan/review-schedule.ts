import { addMonths, earliest, latest } from './dates.js';
import type { ServicePlanContent } from './plan.js';

export type NextReviewReason = 'interval' | 'court-hearing' | 'scheduled';

export interface NextReview {
  date: string;
  /** Why this date: the interval since the last review, a court hearing, or a date set by hand. */
  reason: NextReviewReason;
  /** True when the date has passed without a review. */
  overdue: boolean;
}

/**
 * When the plan is next reviewed: the earliest of the interval after the last review (or after the
 * plan became active; every 6 months by default), the next scheduled court hearing, and a date set by
 * hand. Undefined for a plan that is not in force (a draft, or one that has ended).
 */
export function nextReview(plan: Pick<ServicePlanContent, 'status' | 'reviewSchedule' | 'reviews' | 'activatedOn'>, today: string): NextReview | undefined {
  if (plan.status !== 'active' && plan.status !== 'under-review' && plan.status !== 'submitted') return undefined;
  const schedule = plan.reviewSchedule;
  const lastReview = latest(plan.reviews.map((review) => review.date));
  const since = latest([lastReview, plan.activatedOn]);
  const byInterval = since === undefined ? undefined : addMonths(since, schedule.intervalMonths);
  const nextHearing = earliest(schedule.courtHearingDates.filter((date) => date >= today && (lastReview === undefined || date > lastReview)));
  const manual = schedule.nextReviewDate !== undefined && (lastReview === undefined || schedule.nextReviewDate > lastReview) ? schedule.nextReviewDate : undefined;
  const candidates: { date: string; reason: NextReviewReason }[] = [];
  if (byInterval !== undefined) candidates.push({ date: byInterval, reason: 'interval' });
  if (nextHearing !== undefined) candidates.push({ date: nextHearing, reason: 'court-hearing' });
  if (manual !== undefined) candidates.push({ date: manual, reason: 'scheduled' });
  const next = candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  return next === undefined ? undefined : { ...next, overdue: next.date < today };
}
