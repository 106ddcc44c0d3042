import type { Contact } from './contact.js';
import type { PeriodExpectation } from './recurrence.js';
import { monthOf, addDays, type CalendarDate } from '../shared/calendar.js';
import { zonedDateOf } from './time-zone.js';
import { verdictWithDamaged } from './damaged-records.js';

/** How a week or month of a "times per week/month" plan went, judged on `today`. */
export interface PeriodStatus {
  expectation: PeriodExpectation;
  /** The month the period is counted in: a week in the month holding its Thursday (most of its days). */
  month: string;
  /** Cannot judge: it would be not met, but damaged contacts exist that may belong to it. */
  state: 'met' | 'not-met' | 'in-progress' | 'upcoming' | 'cannot-judge';
  /** The figures it adds to a summary. */
  counts: Record<'planned' | 'due' | 'completed' | 'cancelled' | 'noShow' | 'notRecorded' | 'missed' | 'rescheduled' | 'upcoming' | 'unjudged' | 'extra', number>;
  contactIds: string[];
}

interface ResolvePeriodsInput {
  expectations: readonly PeriodExpectation[];
  contacts: readonly Contact[];
  timeZone: string;
  today: CalendarDate;
  /** Stored contacts that could not be read: while any exist, a period that would be not met is 'cannot-judge'. */
  damagedContacts?: number;
}

const notMet: ReadonlySet<PeriodStatus['state']> = new Set(['not-met']);

function countOutcome(contacts: readonly Contact[], type: Contact['outcome']['type']): number {
  return contacts.filter((contact) => contact.outcome.type === type).length;
}

/**
 * Each period's expected visits against the contacts in it (by the period key they name, else by
 * their date). Completed visits fulfil the expectation up to its number; cancellations and no-shows
 * then explain the rest; what remains is not recorded once the period is over, or still to come.
 * A period that cannot be judged counts its missing visits (no-shows, not recorded) as unjudged.
 */
export function resolvePeriods(input: ResolvePeriodsInput): PeriodStatus[] {
  const keys = new Set(input.expectations.map((expectation) => expectation.key));
  const inPeriod = new Map<string, Contact[]>();
  for (const contact of input.contacts) {
    const named = contact.plannedOccurrence !== undefined && keys.has(contact.plannedOccurrence) ? contact.plannedOccurrence : undefined;
    const day = zonedDateOf(contact.occurredAt, input.timeZone);
    const key = named ?? input.expectations.find((expectation) => day >= expectation.periodStart && day <= expectation.periodEnd)?.key;
    if (key !== undefined) inPeriod.set(key, [...(inPeriod.get(key) ?? []), contact]);
  }
  return input.expectations.map((expectation): PeriodStatus => {
    const contacts = inPeriod.get(expectation.key) ?? [];
    const completedCount = countOutcome(contacts, 'completed');
    const completed = Math.min(completedCount, expectation.expected);
    let remaining = expectation.expected - completed;
    const cancelled = Math.min(remaining, countOutcome(contacts, 'cancelled'));
    remaining -= cancelled;
    const noShowCount = Math.min(remaining, countOutcome(contacts, 'no-show'));
    remaining -= noShowCount;
    const ended = expectation.periodEnd < input.today;
    const upcoming = ended ? 0 : remaining;
    const state = verdictWithDamaged<PeriodStatus['state']>(
      completed >= expectation.expected ? 'met' : ended ? 'not-met' : expectation.periodStart > input.today ? 'upcoming' : 'in-progress',
      notMet,
      input.damagedContacts ?? 0,
    );
    // A period that cannot be judged (only an ended one) holds its missing visits as unjudged, not missed.
    const unjudging = state === 'cannot-judge';
    const unjudged = unjudging ? noShowCount + remaining : 0;
    const noShow = unjudging ? 0 : noShowCount;
    const notRecorded = ended && !unjudging ? remaining : 0;
    const month = expectation.unit === 'week' ? monthOf(addDays(expectation.periodStart, 3)) : expectation.key;
    return {
      expectation,
      month,
      state,
      counts: {
        planned: expectation.expected,
        due: completed + cancelled + noShow + notRecorded,
        completed,
        cancelled,
        noShow,
        notRecorded,
        missed: noShow + notRecorded,
        rescheduled: countOutcome(contacts, 'rescheduled'),
        upcoming,
        unjudged,
        extra: completedCount - completed,
      },
      contactIds: contacts.map((contact) => contact.id),
    };
  });
}
