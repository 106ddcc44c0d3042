import type { Contact } from './contact.js';
import type { DatedOccurrence } from './recurrence.js';
import type { CalendarDate } from '../shared/calendar.js';
import { zonedDateOf } from './time-zone.js';
import { verdictWithDamaged } from './damaged-records.js';

/** What became of one planned visit, judged at `now`. */
export type OccurrenceState =
  | 'completed'
  /** Moved to another day, and the make-up visit took place: it counts as fulfilled. */
  | 'completed-after-reschedule'
  | 'cancelled'
  | 'no-show'
  /** Its time has passed and nothing was logged, longer ago than the grace period for recording it. */
  | 'not-recorded'
  /** Its time has passed and nothing is logged yet, within the grace period: not yet counted as missed. */
  | 'awaiting-record'
  /** Moved to a day still to come. */
  | 'reschedule-pending'
  /** Moved to a day now past, and no visit was logged. */
  | 'reschedule-lapsed'
  | 'upcoming'
  /** It would count as missed, but damaged contacts exist and one of them may be its record. */
  | 'cannot-judge';

export interface OccurrenceStatus {
  occurrence: DatedOccurrence;
  /** `YYYY-MM` of the visit's date in the plan's time zone. */
  month: string;
  state: OccurrenceState;
  /** The contacts that explain the state: those linked to the occurrence and any make-up visit. */
  contactIds: string[];
}

/** States that count as missed in a compliance summary. */
export const missedStates: ReadonlySet<OccurrenceState> = new Set(['no-show', 'not-recorded', 'reschedule-lapsed']);

interface ResolveInput {
  occurrences: readonly DatedOccurrence[];
  /** The plan's contacts, not archived. */
  contacts: readonly Contact[];
  timeZone: string;
  now: Date;
  today: CalendarDate;
  /** Days after a visit's time during which nothing logged is 'awaiting-record', not missed (default 0). */
  graceDays?: number;
  /** Stored contacts that could not be read: while any exist, a visit that would be missed is 'cannot-judge'. */
  damagedContacts?: number;
}

export interface ResolvedOccurrences {
  statuses: OccurrenceStatus[];
  /** Completed contacts of the plan that fulfil no planned visit. */
  extraContacts: Contact[];
}

const byTime = (a: Contact, b: Contact) => a.occurredAt.localeCompare(b.occurredAt);

/**
 * The state of each planned visit from the contacts linked to it. A rescheduled visit is fulfilled
 * by a completed contact linked to the same occurrence, or by a completed contact of the plan not
 * linked to any planned visit on the new date.
 */
export function resolveOccurrences(input: ResolveInput): ResolvedOccurrences {
  const plannedKeys = new Set(input.occurrences.map((occurrence) => occurrence.key));
  const linked = new Map<string, Contact[]>();
  const unlinkedCompleted: Contact[] = [];
  for (const contact of [...input.contacts].sort(byTime)) {
    const key = contact.plannedOccurrence;
    if (key !== undefined && plannedKeys.has(key)) linked.set(key, [...(linked.get(key) ?? []), contact]);
    else if (contact.outcome.type === 'completed') unlinkedCompleted.push(contact);
  }
  const usedAsMakeUp = new Set<string>();
  const judged = input.occurrences.map((occurrence): OccurrenceStatus => {
    const contacts = linked.get(occurrence.key) ?? [];
    const ids = contacts.map((contact) => contact.id);
    const month = occurrence.date.slice(0, 7);
    const completed = contacts.filter((contact) => contact.outcome.type === 'completed');
    const rescheduled = contacts.filter((contact) => contact.outcome.type === 'rescheduled');
    if (completed.length > 0) return { occurrence, month, state: rescheduled.length > 0 ? 'completed-after-reschedule' : 'completed', contactIds: ids };
    const lastMove = rescheduled.at(-1);
    if (lastMove && lastMove.outcome.type === 'rescheduled') {
      const newDate = lastMove.outcome.newDate;
      const makeUp = unlinkedCompleted.find((contact) => !usedAsMakeUp.has(contact.id) && zonedDateOf(contact.occurredAt, input.timeZone) === newDate);
      if (makeUp) {
        usedAsMakeUp.add(makeUp.id);
        return { occurrence, month, state: 'completed-after-reschedule', contactIds: [...ids, makeUp.id] };
      }
      return { occurrence, month, state: newDate >= input.today ? 'reschedule-pending' : 'reschedule-lapsed', contactIds: ids };
    }
    if (contacts.some((contact) => contact.outcome.type === 'no-show')) return { occurrence, month, state: 'no-show', contactIds: ids };
    if (contacts.some((contact) => contact.outcome.type === 'cancelled')) return { occurrence, month, state: 'cancelled', contactIds: ids };
    return { occurrence, month, state: unloggedState(occurrence.startsAt, input.now, input.graceDays ?? 0), contactIds: ids };
  });
  const statuses = judged.map((status) => ({ ...status, state: verdictWithDamaged(status.state, missedStates, input.damagedContacts ?? 0) }));
  return { statuses, extraContacts: unlinkedCompleted.filter((contact) => !usedAsMakeUp.has(contact.id)) };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A planned visit with nothing logged: still to come, not yet recorded (its time passed less than
 * `graceDays` ago: notes are often written up a day or two later), or not recorded, which counts as missed.
 */
export function unloggedState(startsAt: string, now: Date, graceDays: number): OccurrenceState {
  const startsMs = Date.parse(startsAt);
  if (startsMs > now.getTime()) return 'upcoming';
  return now.getTime() - startsMs < graceDays * dayMs ? 'awaiting-record' : 'not-recorded';
}

/** The figures one visit adds to a summary. */
export function countsOf(state: OccurrenceState): Record<string, number> {
  const notDue = state === 'upcoming' || state === 'reschedule-pending';
  const awaiting = state === 'awaiting-record';
  const unjudged = state === 'cannot-judge';
  return {
    planned: 1,
    due: notDue || awaiting || unjudged ? 0 : 1,
    upcoming: notDue ? 1 : 0,
    awaitingRecord: awaiting ? 1 : 0,
    unjudged: unjudged ? 1 : 0,
    completed: state === 'completed' || state === 'completed-after-reschedule' ? 1 : 0,
    cancelled: state === 'cancelled' ? 1 : 0,
    noShow: state === 'no-show' ? 1 : 0,
    notRecorded: state === 'not-recorded' ? 1 : 0,
    missed: missedStates.has(state) ? 1 : 0,
    rescheduled: state === 'completed-after-reschedule' || state === 'reschedule-pending' || state === 'reschedule-lapsed' ? 1 : 0,
  };
}
