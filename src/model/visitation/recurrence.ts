import type { Recurrence, VisitationPlan } from './plan.js';
import {
  dateParts,
  daysBetween,
  firstOfMonth,
  isoDate,
  isoWeekKey,
  lastOfMonth,
  monthLength,
  monthOf,
  monthsBetween,
  mondayOf,
  addDays,
  monthPlus,
  type CalendarDate,
} from '../shared/calendar.js';
import { activeDaysBetween, clipToPlan, isSuspendedOn, planWindow } from './schedule-window.js';
import { fromZoned, toZoned, zonedDateOf } from './time-zone.js';

/** One visit on a fixed date and time, in the plan's time zone. */
export interface DatedOccurrence {
  type: 'dated';
  /** The local date-time `2026-03-10T16:00`: what a contact's `plannedOccurrence` holds. */
  key: string;
  date: CalendarDate;
  time: string;
  /** ISO instants (UTC). The wall-clock time stays the same across daylight-saving changes. */
  startsAt: string;
  endsAt: string;
}

/**
 * What "N times per week/month" plans expect: a number of visits in a period, on dates left open.
 * A period the plan covers only in part (it starts mid-month, ends, or is suspended some days)
 * expects a share of visits in proportion to its active days, rounded to the nearest whole visit.
 */
export interface PeriodExpectation {
  type: 'period';
  /** `2026-W10` (ISO week, Monday to Sunday) or `2026-03`: what a contact's `plannedOccurrence` holds. */
  key: string;
  unit: 'week' | 'month';
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  /** The first and last days in the period the plan is active. */
  activeFrom: CalendarDate;
  activeTo: CalendarDate;
  activeDays: number;
  periodDays: number;
  /** Visits per full period, as planned. */
  times: number;
  /** Visits expected in this period after prorating. */
  expected: number;
}

export type Occurrence = DatedOccurrence | PeriodExpectation;

type ScheduledPlan = Pick<VisitationPlan, 'startDate' | 'endDate' | 'endedOn' | 'suspensions' | 'recurrence' | 'timeOfDay' | 'durationMinutes' | 'timeZone'>;

export function isPeriodRecurrence(recurrence: Recurrence): recurrence is Extract<Recurrence, { type: 'times-per-week' | 'times-per-month' }> {
  return recurrence.type === 'times-per-week' || recurrence.type === 'times-per-month';
}

/**
 * Most dates one call generates. A plan's window is at most a few years of daily visits; the cap keeps a
 * value that slipped past the schema (a draft being typed, a corrupted record) from freezing the page.
 */
export const MAX_GENERATED_DATES = 5_000;

/** An interval generation can step by: a whole number of at least 1 (the schema refuses anything else, with a message). */
export function isUsableInterval(interval: unknown): interval is number {
  return typeof interval === 'number' && Number.isInteger(interval) && interval >= 1;
}

/** The dates a fixed-date recurrence falls on within [from, to], anchored on the plan's start date. */
function recurrenceDates(recurrence: Recurrence, anchor: CalendarDate, from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  // Zero, negative or fractional intervals would never move forward: nothing is generated for them.
  if ('interval' in recurrence && !isUsableInterval(recurrence.interval)) return dates;
  switch (recurrence.type) {
    case 'every-n-days': {
      const skipped = Math.max(0, Math.ceil(daysBetween(anchor, from) / recurrence.interval));
      for (let date = addDays(anchor, skipped * recurrence.interval); date <= to && dates.length < MAX_GENERATED_DATES; date = addDays(date, recurrence.interval)) dates.push(date);
      break;
    }
    case 'every-n-weeks': {
      const weekdays = [...new Set(recurrence.weekdays)].sort((a, b) => a - b);
      if (weekdays.length === 0) break;
      const anchorWeek = mondayOf(anchor);
      const weeksToFrom = Math.max(0, Math.ceil(daysBetween(anchorWeek, mondayOf(from)) / 7 / recurrence.interval) * recurrence.interval);
      for (let week = addDays(anchorWeek, weeksToFrom * 7); week <= to && dates.length < MAX_GENERATED_DATES; week = addDays(week, 7 * recurrence.interval)) {
        for (const weekday of weekdays) {
          const date = addDays(week, weekday - 1);
          if (date >= from && date <= to) dates.push(date);
        }
      }
      break;
    }
    case 'every-n-months': {
      const anchorMonth = monthOf(anchor);
      const monthsToFrom = Math.max(0, Math.ceil(monthsBetween(anchorMonth, monthOf(from)) / recurrence.interval) * recurrence.interval);
      for (let month = monthPlus(anchorMonth, monthsToFrom); month <= monthOf(to) && dates.length < MAX_GENERATED_DATES; month = monthPlus(month, recurrence.interval)) {
        const [year, monthNumber] = dateParts(firstOfMonth(month));
        // The 31st falls on the last day of shorter months (Feb 28/29, Apr 30): a visit is never skipped.
        const date = isoDate(year, monthNumber, Math.min(recurrence.dayOfMonth, monthLength(year, monthNumber)));
        if (date >= from && date <= to) dates.push(date);
      }
      break;
    }
    default:
      break;
  }
  return dates;
}

function datedOccurrence(plan: ScheduledPlan, date: CalendarDate): DatedOccurrence {
  const start = fromZoned(date, plan.timeOfDay, plan.timeZone);
  return {
    type: 'dated',
    key: `${date}T${plan.timeOfDay}`,
    date,
    time: plan.timeOfDay,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + plan.durationMinutes * 60_000).toISOString(),
  };
}

interface Period {
  key: string;
  unit: 'week' | 'month';
  start: CalendarDate;
  end: CalendarDate;
}

function periodsOverlapping(unit: 'week' | 'month', from: CalendarDate, to: CalendarDate): Period[] {
  const periods: Period[] = [];
  if (unit === 'week') {
    for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
      periods.push({ key: isoWeekKey(monday), unit, start: monday, end: addDays(monday, 6) });
    }
  } else {
    for (let month = monthOf(from); month <= monthOf(to); month = monthPlus(month, 1)) {
      periods.push({ key: month, unit, start: firstOfMonth(month), end: lastOfMonth(month) });
    }
  }
  return periods;
}

function periodExpectation(plan: ScheduledPlan, period: Period, times: number): PeriodExpectation | undefined {
  const active = activeDaysBetween(plan, period.start, period.end);
  if (active.count === 0 || active.first === undefined || active.last === undefined) return undefined;
  const periodDays = daysBetween(period.start, period.end) + 1;
  return {
    type: 'period',
    key: period.key,
    unit: period.unit,
    periodStart: period.start,
    periodEnd: period.end,
    activeFrom: active.first,
    activeTo: active.last,
    activeDays: active.count,
    periodDays,
    times,
    expected: Math.round((times * active.count) / periodDays),
  };
}

/**
 * The plan's occurrences between two calendar days (both included, in the plan's time zone): visits
 * on fixed dates, or for "N times per week/month" plans one expectation per week or month touching
 * the range. Honours the start and end dates, the day the plan was ended and suspension periods.
 */
export function occurrences(plan: ScheduledPlan, fromDate: CalendarDate, toDate: CalendarDate): Occurrence[] {
  const recurrence = plan.recurrence;
  if (isPeriodRecurrence(recurrence)) {
    const clipped = clipToPlan(plan, fromDate, toDate);
    if (!clipped) return [];
    const unit = recurrence.type === 'times-per-week' ? 'week' : 'month';
    return periodsOverlapping(unit, clipped.from, clipped.to)
      .map((period) => periodExpectation(plan, period, recurrence.times))
      .filter((found): found is PeriodExpectation => found !== undefined);
  }
  const clipped = clipToPlan(plan, fromDate, toDate);
  if (!clipped) return [];
  return recurrenceDates(recurrence, plan.startDate, clipped.from, clipped.to)
    .filter((date) => !isSuspendedOn(plan, date))
    .map((date) => datedOccurrence(plan, date));
}

/** The fixed-date occurrences only (none for "times per" plans). */
export function datedOccurrences(plan: ScheduledPlan, fromDate: CalendarDate, toDate: CalendarDate): DatedOccurrence[] {
  return occurrences(plan, fromDate, toDate).filter((found): found is DatedOccurrence => found.type === 'dated');
}

/** How far ahead nextOccurrences looks before giving up (a plan that never occurs again). */
const LOOKAHEAD_DAYS = 3 * 366;
const LOOKAHEAD_STEP_DAYS = 92;

/**
 * The next `count` occurrences not yet begun at `now`; for "times per" plans, the current period
 * and the ones after it.
 */
export function nextOccurrences(plan: ScheduledPlan, now: Date, count: number): Occurrence[] {
  const today = zonedDateOf(now, plan.timeZone);
  const window = planWindow(plan);
  const found: Occurrence[] = [];
  const seen = new Set<string>();
  for (let offset = 0; offset < LOOKAHEAD_DAYS && found.length < count; offset += LOOKAHEAD_STEP_DAYS) {
    const from = addDays(today, offset);
    if (window.last !== undefined && from > window.last) break;
    for (const occurrence of occurrences(plan, from, addDays(from, LOOKAHEAD_STEP_DAYS - 1))) {
      if (seen.has(occurrence.key)) continue;
      seen.add(occurrence.key);
      const upcoming = occurrence.type === 'dated' ? new Date(occurrence.startsAt) >= now : occurrence.periodEnd >= today;
      if (upcoming) found.push(occurrence);
      if (found.length === count) break;
    }
  }
  return found;
}

/** How far from a contact the suggested occurrence may lie: make-up visits happen within days. */
const SUGGESTION_RANGE_DAYS = 14;

/**
 * The occurrence a contact at `contactDateTime` most likely fulfils, for the contact form: the
 * nearest planned visit within two weeks, preferring those no other contact fulfils yet (`taken`);
 * for "times per" plans, the week or month the contact falls in. Undefined when none fits.
 */
export function suggestOccurrence(plan: ScheduledPlan, contactDateTime: Date | string, taken: Iterable<string> = []): Occurrence | undefined {
  const at = new Date(contactDateTime);
  const day = zonedDateOf(at, plan.timeZone);
  if (isPeriodRecurrence(plan.recurrence)) {
    return occurrences(plan, day, day)[0];
  }
  const takenKeys = new Set(taken);
  const candidates = datedOccurrences(plan, addDays(day, -SUGGESTION_RANGE_DAYS), addDays(day, SUGGESTION_RANGE_DAYS));
  const distance = (occurrence: DatedOccurrence) => Math.abs(new Date(occurrence.startsAt).getTime() - at.getTime());
  const byDistance = [...candidates].sort((a, b) => distance(a) - distance(b));
  return byDistance.find((occurrence) => !takenKeys.has(occurrence.key)) ?? byDistance[0];
}

/** The occurrence a key names, if it is one of the plan's (within its dates, not suspended). */
export function findOccurrence(plan: ScheduledPlan, key: string): Occurrence | undefined {
  const date = occurrenceKeyDate(key);
  if (date === undefined) return undefined;
  const range = key.includes('-W') ? { from: date, to: addDays(date, 6) } : /^\d{4}-\d{2}$/.test(key) ? { from: date, to: lastOfMonth(key) } : { from: date, to: date };
  return occurrences(plan, range.from, range.to).find((occurrence) => occurrence.key === key);
}

/** The first calendar day an occurrence key refers to (the date, the week's Monday, the month's 1st). */
export function occurrenceKeyDate(key: string): CalendarDate | undefined {
  const dated = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$/.exec(key);
  if (dated) return dated[1];
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) {
    // Week 1 is the week holding January 4th.
    const januaryFourth = isoDate(Number(week[1]), 1, 4);
    return addDays(mondayOf(januaryFourth), (Number(week[2]) - 1) * 7);
  }
  if (/^\d{4}-\d{2}$/.test(key)) return firstOfMonth(key);
  return undefined;
}

/** The local date-time key of an instant in the plan's zone (`2026-03-10T16:00`). */
export function localKeyOf(instant: Date | string, timeZone: string): string {
  const zoned = toZoned(instant, timeZone);
  return `${zoned.date}T${zoned.time}`;
}
