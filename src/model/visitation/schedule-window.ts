import type { VisitationPlan } from './plan.js';
import { daysBetween, maxDate, minDate, addDays, type CalendarDate } from '../shared/calendar.js';

/** The days a plan runs: from its start to its planned end or the day it was ended, whichever is first. */
export interface PlanWindow {
  first: CalendarDate;
  /** Undefined for an open-ended plan. */
  last: CalendarDate | undefined;
}

export function planWindow(plan: Pick<VisitationPlan, 'startDate' | 'endDate' | 'endedOn'>): PlanWindow {
  const ends = [plan.endDate, plan.endedOn].filter((date): date is string => date !== undefined);
  return { first: plan.startDate, last: ends.length > 0 ? ends.reduce(minDate) : undefined };
}

/** True when `date` lies within the plan's dates (start and end included). */
export function isWithinPlanDates(plan: Pick<VisitationPlan, 'startDate' | 'endDate' | 'endedOn'>, date: CalendarDate): boolean {
  const window = planWindow(plan);
  return date >= window.first && (window.last === undefined || date <= window.last);
}

/** True when the plan was suspended on `date` (suspension periods include both ends; an open one runs on). */
export function isSuspendedOn(plan: Pick<VisitationPlan, 'suspensions'>, date: CalendarDate): boolean {
  return plan.suspensions.some((period) => date >= period.from && (period.to === undefined || date <= period.to));
}

/** True when a visit on `date` is expected: within the plan's dates and not suspended. */
export function isActiveOn(plan: Pick<VisitationPlan, 'startDate' | 'endDate' | 'endedOn' | 'suspensions'>, date: CalendarDate): boolean {
  return isWithinPlanDates(plan, date) && !isSuspendedOn(plan, date);
}

/** The part of [from, to] that lies within the plan's dates, or undefined when they do not meet. */
export function clipToPlan(plan: Pick<VisitationPlan, 'startDate' | 'endDate' | 'endedOn'>, from: CalendarDate, to: CalendarDate): { from: CalendarDate; to: CalendarDate } | undefined {
  const window = planWindow(plan);
  const clippedFrom = maxDate(from, window.first);
  const clippedTo = window.last === undefined ? to : minDate(to, window.last);
  return daysBetween(clippedFrom, clippedTo) >= 0 ? { from: clippedFrom, to: clippedTo } : undefined;
}

/** How many days of [from, to] the plan is active (within its dates and not suspended). */
export function activeDaysBetween(plan: Pick<VisitationPlan, 'startDate' | 'endDate' | 'endedOn' | 'suspensions'>, from: CalendarDate, to: CalendarDate): { count: number; first?: CalendarDate; last?: CalendarDate } {
  const clipped = clipToPlan(plan, from, to);
  if (!clipped) return { count: 0 };
  let count = 0;
  let first: CalendarDate | undefined;
  let last: CalendarDate | undefined;
  const span = daysBetween(clipped.from, clipped.to);
  for (let offset = 0; offset <= span; offset += 1) {
    const day = addDays(clipped.from, offset);
    if (isSuspendedOn(plan, day)) continue;
    count += 1;
    first ??= day;
    last = day;
  }
  return first === undefined || last === undefined ? { count } : { count, first, last };
}
