import type { Contact } from './contact.js';
import type { VisitationPlan } from './plan.js';
import type { PlanCompliance, MonthCompliance } from './compliance.js';
import { monthsTotals, type CaseworkerStandard } from './caseworker-standard.js';
import { addCounts, emptyCounts, withRate, type ComplianceCounts } from './compliance-counts.js';
import { countsOf, missedStates } from './occurrence-status.js';
import { filterContacts, type ContactFilter } from './contact-query.js';
import { monthOf } from '../shared/calendar.js';

/**
 * What of the log's filter narrowed its summaries: the plan, the person (the plans they take part in),
 * the period (months and visits between its days), and the contact's own fields (type, outcome, words:
 * only the planned visits whose contact matches are counted).
 */
export type SummaryFilterPart = 'plan' | 'participant' | 'period' | 'contact';

export interface FilteredCompliance {
  compliance: PlanCompliance[];
  /** The parts of the filter that narrowed the tables (empty: the whole log). */
  applied: SummaryFilterPart[];
}

/** Whether the filter narrows by the contact's own fields (type, outcome, words searched). */
function narrowsContacts(filter: ContactFilter): boolean {
  return (filter.types?.length ?? 0) > 0 || (filter.outcomes?.length ?? 0) > 0 || (filter.text ?? '').trim() !== '';
}

function inPeriod(date: string, filter: ContactFilter): boolean {
  return (filter.from === undefined || date >= filter.from) && (filter.to === undefined || date <= filter.to);
}

function monthInPeriod(month: string, filter: ContactFilter): boolean {
  return (filter.from === undefined || month >= monthOf(filter.from)) && (filter.to === undefined || month <= monthOf(filter.to));
}

/**
 * One plan's compliance narrowed to the period and to the planned visits whose contact matches: each
 * month recounted from the visits kept (a month half in the period counts only its days in it).
 */
function narrowPlan(compliance: PlanCompliance, filter: ContactFilter, matching: ReadonlySet<string> | undefined): PlanCompliance {
  const months = compliance.months.filter((month) => monthInPeriod(month.month, filter));
  const perMonth = new Map(months.map((month) => [month.month, emptyCounts()]));
  const matches = (contactIds: readonly string[]) => matching === undefined || contactIds.some((id) => matching.has(id));
  const occurrences = compliance.occurrences.filter((status) => inPeriod(status.occurrence.date, filter) && matches(status.contactIds));
  const periods = compliance.periods.filter((period) => inPeriod(period.expectation.periodStart, filter) && matches(period.contactIds));
  const sinceStart = emptyCounts();
  const count = (month: string, date: string, figures: Partial<Record<keyof ComplianceCounts, number>>) => {
    const entry = perMonth.get(month);
    if (entry) addCounts(entry, figures);
    if (date <= compliance.today) addCounts(sinceStart, figures);
  };
  for (const status of occurrences) count(status.month, status.occurrence.date, countsOf(status.state));
  // Completed visits beyond what was planned: kept (by month, as the plan counts them) unless the filter
  // asks for the planned visits whose contact matches.
  for (const period of periods) count(period.month, period.expectation.periodStart, matching === undefined ? period.counts : { ...period.counts, extra: 0 });
  if (compliance.kind === 'dated' && matching === undefined) for (const month of months) count(month.month, `${month.month}-01`, { extra: month.extra });
  const narrowed: MonthCompliance[] = months.map((month) => ({ month: month.month, ...withRate(perMonth.get(month.month) ?? emptyCounts()) }));
  return {
    ...compliance,
    months: narrowed,
    current: narrowed.find((month) => month.month === compliance.currentMonth) ?? { month: compliance.currentMonth, ...withRate(emptyCounts()) },
    sinceStart: withRate(sinceStart),
    occurrences,
    missed: occurrences.filter((status) => missedStates.has(status.state)),
    periods,
    unmetPeriods: periods.filter((period) => period.state === 'not-met'),
    unjudged: occurrences.filter((status) => status.state === 'cannot-judge'),
    unjudgedPeriods: periods.filter((period) => period.state === 'cannot-judge'),
  };
}

/**
 * The compliance tables for the log's current filter: the plans it names (or the person takes part in),
 * the months and visits in its period, and, when it narrows by type, outcome or words, only the planned
 * visits whose contact matches (so a visit with nothing recorded is not counted then). `contacts`: the
 * log's contacts, `names`: people's names by id (for the words searched). Unfiltered, the same tables.
 */
export function complianceForFilter(
  compliance: readonly PlanCompliance[],
  plans: readonly VisitationPlan[],
  contacts: readonly Contact[],
  filter: ContactFilter,
  names: ReadonlyMap<string, string> = new Map(),
): FilteredCompliance {
  const applied: SummaryFilterPart[] = [];
  if (filter.visitationPlanId !== undefined) applied.push('plan');
  if (filter.participantId !== undefined) applied.push('participant');
  if (filter.from !== undefined || filter.to !== undefined) applied.push('period');
  if (narrowsContacts(filter)) applied.push('contact');
  if (applied.length === 0) return { compliance: [...compliance], applied };

  const person = filter.participantId;
  const planIds = new Set(
    plans
      .filter((plan) => filter.visitationPlanId === undefined || plan.id === filter.visitationPlanId)
      .filter((plan) => person === undefined || plan.childId === person || plan.participants.some((participant) => participant.participantId === person))
      .map((plan) => plan.id),
  );
  const matching = applied.includes('contact')
    ? new Set(filterContacts(contacts, { ...(filter.types ? { types: filter.types } : {}), ...(filter.outcomes ? { outcomes: filter.outcomes } : {}), ...(filter.text ? { text: filter.text } : {}) }, names).map((contact) => contact.id))
    : undefined;
  const narrowed = compliance
    .filter((entry) => planIds.has(entry.planId))
    .map((entry) => (applied.includes('period') || matching ? narrowPlan(entry, filter, matching) : entry));
  return { compliance: narrowed, applied };
}

/**
 * The caseworker monthly standard for the months of the filter's period (it is about the caseworker's
 * visits, not a plan's: the period is the only part of the filter it follows). Totals recounted.
 */
export function standardForPeriod(standard: CaseworkerStandard, filter: ContactFilter): CaseworkerStandard {
  if (filter.from === undefined && filter.to === undefined) return standard;
  return { ...standard, ...monthsTotals(standard.months.filter((month) => monthInPeriod(month.month, filter))) };
}
