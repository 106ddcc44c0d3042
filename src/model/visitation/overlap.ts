import { violation, type Violation } from '../shared/violation.js';
import type { VisitationPlan, VisitationPlanStatus } from './plan.js';
import { datedOccurrences, type DatedOccurrence } from './recurrence.js';
import { maxDate, minDate, addDays, type CalendarDate } from '../shared/calendar.js';
import { planWindow } from './schedule-window.js';

/** Two plans of the same child with visits at the same time. */
export interface PlanOverlap {
  childId: string;
  planIds: [string, string];
  /** How many pairs of visits clash within the window looked at. */
  clashes: number;
  /** The first clash: one visit of each plan. */
  first: [DatedOccurrence, DatedOccurrence];
}

export interface OverlapOptions {
  /** First and last day to look at; by default from the later start for a year (open-ended plans repeat). */
  from?: CalendarDate;
  to?: CalendarDate;
  /** The statuses compared; active plans only by default. */
  statuses?: readonly VisitationPlanStatus[];
}

const DEFAULT_HORIZON_DAYS = 366;

function clashesBetween(a: DatedOccurrence[], b: DatedOccurrence[]): [DatedOccurrence, DatedOccurrence][] {
  const found: [DatedOccurrence, DatedOccurrence][] = [];
  let start = 0;
  for (const visit of a) {
    const visitStart = Date.parse(visit.startsAt);
    const visitEnd = Date.parse(visit.endsAt);
    // b is sorted by start: visits ending before this one starts can never clash with later ones of a.
    while (start < b.length && Date.parse(b[start]!.endsAt) <= visitStart) start += 1;
    for (let index = start; index < b.length && Date.parse(b[index]!.startsAt) < visitEnd; index += 1) {
      if (Date.parse(b[index]!.endsAt) > visitStart) found.push([visit, b[index]!]);
    }
  }
  return found;
}

function overlapOf(a: VisitationPlan, b: VisitationPlan, options: OverlapOptions): PlanOverlap | undefined {
  const windowA = planWindow(a);
  const windowB = planWindow(b);
  const from = maxDate(options.from ?? maxDate(windowA.first, windowB.first), maxDate(windowA.first, windowB.first));
  const ends = [windowA.last, windowB.last, options.to ?? addDays(from, DEFAULT_HORIZON_DAYS - 1)].filter((date): date is CalendarDate => date !== undefined);
  const to = ends.reduce(minDate);
  if (to < from) return undefined;
  const clashes = clashesBetween(datedOccurrences(a, from, to), datedOccurrences(b, from, to));
  const first = clashes[0];
  return first ? { childId: a.childId, planIds: [a.id, b.id], clashes: clashes.length, first } : undefined;
}

/**
 * Pairs of plans of the same child whose visits happen at the same time. A child may have several
 * active plans at once (a weekly visit with the mother, a monthly call with a grandparent): only a
 * clash of actual visit times is reported. "Times per week/month" plans have no fixed times to clash.
 */
export function findOverlaps(plans: readonly VisitationPlan[], options: OverlapOptions = {}): PlanOverlap[] {
  const statuses = new Set(options.statuses ?? ['active']);
  const compared = plans.filter((plan) => statuses.has(plan.status) && plan.archived !== true);
  const found: PlanOverlap[] = [];
  for (let i = 0; i < compared.length; i += 1) {
    for (let j = i + 1; j < compared.length; j += 1) {
      const a = compared[i]!;
      const b = compared[j]!;
      if (a.childId !== b.childId || a.id === b.id) continue;
      const overlap = overlapOf(a, b, options);
      if (overlap) found.push(overlap);
    }
  }
  return found;
}

/**
 * Warnings (they do not block saving) for one plan being edited: each other plan of the child
 * whose visits clash with it, with the first clash for the message.
 */
export function overlapWarnings(plan: VisitationPlan, otherPlans: readonly VisitationPlan[], options: OverlapOptions = {}): Violation[] {
  const statuses = options.statuses ?? ['active', 'draft'];
  const others = otherPlans.filter((other) => other.id !== plan.id && other.childId === plan.childId);
  return findOverlaps([{ ...plan, status: 'active' }, ...others], { ...options, statuses })
    .filter((overlap) => overlap.planIds[0] === plan.id)
    .map((overlap) =>
      violation('visitation.plan.overlaps', ['recurrence'], {
        otherPlanId: overlap.planIds[1],
        date: overlap.first[0].date,
        time: overlap.first[0].time,
        count: overlap.clashes,
      }),
    );
}
