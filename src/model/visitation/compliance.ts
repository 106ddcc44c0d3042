import type { Contact } from './contact.js';
import type { VisitationPlan } from './plan.js';
import { datedOccurrences, isPeriodRecurrence, occurrences, type PeriodExpectation } from './recurrence.js';
import { lastOfMonth, monthOf, monthsInRange, minDate, type CalendarDate } from '../shared/calendar.js';
import { planWindow } from './schedule-window.js';
import { zonedDateOf } from './time-zone.js';
import { addCounts, emptyCounts, sumCounts, withRate, type ComplianceCounts } from './compliance-counts.js';
import { countsOf, missedStates, resolveOccurrences, type OccurrenceStatus } from './occurrence-status.js';
import { resolvePeriods, type PeriodStatus } from './period-status.js';

export interface MonthCompliance extends ComplianceCounts {
  /** `YYYY-MM` in the plan's time zone. */
  month: string;
}

export interface PlanCompliance {
  planId: string;
  /** 'dated' for visits on fixed dates, 'period' for "N times per week/month" plans. */
  kind: 'dated' | 'period';
  /** Today and this month in the plan's time zone. */
  today: CalendarDate;
  currentMonth: string;
  /** One entry per month from the plan's first month to this month (or its last month, if earlier). */
  months: MonthCompliance[];
  /** This month (all zero when the plan does not run this month). */
  current: MonthCompliance;
  /** Everything from the start up to today. */
  sinceStart: ComplianceCounts;
  /** Dated plans: each planned visit up to the end of this month, with what became of it. */
  occurrences: OccurrenceStatus[];
  /** Dated plans: the visits missed (no-show, never logged, rescheduled and never made up). */
  missed: OccurrenceStatus[];
  /** "Times per" plans: each week or month up to the end of this month. */
  periods: PeriodStatus[];
  /** "Times per" plans: the periods over with fewer visits than expected. */
  unmetPeriods: PeriodStatus[];
  /** Stored contacts that could not be read (see `ComplianceOptions.damagedContacts`). */
  damagedContacts: number;
  /** Dated plans: the visits that would be missed while damaged contacts exist ('cannot-judge'). */
  unjudged: OccurrenceStatus[];
  /** "Times per" plans: the periods that would be not met while damaged contacts exist ('cannot-judge'). */
  unjudgedPeriods: PeriodStatus[];
}

function monthEntry(month: string, counts: ComplianceCounts): MonthCompliance {
  return { month, ...withRate(counts) };
}

/**
 * Planned against actual for one visitation plan, per month and since the start, judged at `now`.
 * Counts only the plan's own contacts that are not archived; suspended days and days after the plan
 * ended expect nothing; a plan starting mid-month expects only its real occurrences (or, for
 * "times per" plans, a share prorated by its active days).
 */
export interface ComplianceOptions {
  /**
   * The agency's grace period for recording a visit, in days: a dated visit with nothing logged is
   * 'awaiting-record' (neither due nor missed) until this long after its time. Default 0.
   */
  graceDays?: number;
  /**
   * Stored contacts that could not be read (kept unchanged, not shown). The storage reports only their
   * kind and id, so which plan and period they belong to cannot be known: while any exist, every visit
   * that would be missed and every period that would be not met is 'cannot-judge' (counted as
   * `unjudged`, and no rate is given for it). Visits that took place stay counted. Default 0.
   */
  damagedContacts?: number;
}

export function planCompliance(plan: VisitationPlan, contacts: readonly Contact[], now: Date, options: ComplianceOptions = {}): PlanCompliance {
  const today = zonedDateOf(now, plan.timeZone);
  const currentMonth = monthOf(today);
  const window = planWindow(plan);
  const lastDay = window.last === undefined ? lastOfMonth(currentMonth) : minDate(window.last, lastOfMonth(currentMonth));
  const planContacts = contacts.filter((contact) => contact.visitationPlanId === plan.id && contact.archived !== true);
  const months = lastDay >= window.first ? monthsInRange(window.first, lastDay) : [];
  const perMonth = new Map(months.map((month) => [month, emptyCounts()]));
  const sinceStart = emptyCounts();
  const count = (month: string, date: CalendarDate, figures: Record<string, number>) => {
    const entry = perMonth.get(month);
    if (entry) addCounts(entry, figures);
    if (date <= today) addCounts(sinceStart, figures);
  };

  let statuses: OccurrenceStatus[] = [];
  let periods: PeriodStatus[] = [];
  const kind = isPeriodRecurrence(plan.recurrence) ? 'period' : 'dated';
  if (months.length > 0 && kind === 'dated') {
    const resolved = resolveOccurrences({ occurrences: datedOccurrences(plan, window.first, lastDay), contacts: planContacts, timeZone: plan.timeZone, now, today, graceDays: options.graceDays ?? 0, damagedContacts: options.damagedContacts ?? 0 });
    statuses = resolved.statuses;
    for (const status of statuses) count(status.month, status.occurrence.date, countsOf(status.state));
    for (const extra of resolved.extraContacts) {
      const day = zonedDateOf(extra.occurredAt, plan.timeZone);
      count(monthOf(day), day, { extra: 1 });
    }
  } else if (months.length > 0) {
    const expectations = occurrences(plan, window.first, lastDay) as PeriodExpectation[];
    periods = resolvePeriods({ expectations, contacts: planContacts, timeZone: plan.timeZone, today, damagedContacts: options.damagedContacts ?? 0 });
    for (const period of periods) count(period.month, period.expectation.periodStart, period.counts);
  }

  const monthEntries = months.map((month) => monthEntry(month, perMonth.get(month) ?? emptyCounts()));
  return {
    planId: plan.id,
    kind,
    today,
    currentMonth,
    months: monthEntries,
    current: monthEntries.find((entry) => entry.month === currentMonth) ?? monthEntry(currentMonth, emptyCounts()),
    sinceStart: withRate(sinceStart),
    occurrences: statuses,
    missed: statuses.filter((status) => missedStates.has(status.state)),
    periods,
    unmetPeriods: periods.filter((period) => period.state === 'not-met'),
    damagedContacts: options.damagedContacts ?? 0,
    unjudged: statuses.filter((status) => status.state === 'cannot-judge'),
    unjudgedPeriods: periods.filter((period) => period.state === 'cannot-judge'),
  };
}

/** Compliance of each plan, keyed by plan id (for a list of a child's plans). */
export function complianceByPlan(plans: readonly VisitationPlan[], contacts: readonly Contact[], now: Date, options: ComplianceOptions = {}): Map<string, PlanCompliance> {
  return new Map(plans.map((plan) => [plan.id, planCompliance(plan, contacts, now, options)]));
}

/** The totals of several plans' months (a child's overall figure for a month). */
export function combinedMonth(compliances: readonly PlanCompliance[], month: string): MonthCompliance {
  return monthEntry(month, sumCounts(compliances.map((compliance) => compliance.months.find((entry) => entry.month === month) ?? emptyCounts())));
}
