import type { CaseParticipant } from '../../model/participant.js';
import type { Contact, ContactOutcome } from '../../model/visitation/contact.js';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import type { Occurrence } from '../../model/visitation/recurrence.js';
import { toZoned } from '../../model/visitation/time-zone.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { nextOccurrenceText, personName, planLabel } from '../visits-shared/plan-text.js';
import { timeOptions } from '../visits-shared/compliance.js';

/** When a contact took place, on the log's calendar: "Tue, Mar 10, 2026, 16:00". */
export function contactWhen(t: LocalizeController, contact: Pick<Contact, 'occurredAt'>, timeZone: string): string {
  return t.dateTime(contact.occurredAt, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', ...timeOptions, timeZone });
}

/**
 * Which contact this is, in the words a row shows first: when, what kind, who was there
 * ("Tue, Mar 10, 2026, 16:00 · Visit · Joana Almeida and Rita Almeida"). Every control repeated on each
 * row carries it in its name, so two rows' buttons never sound alike.
 */
export function contactSubject(t: LocalizeController, contact: Pick<Contact, 'occurredAt' | 'type' | 'participantIds'>, participants: readonly CaseParticipant[], timeZone: string): string {
  const people = contact.participantIds.length > 0 ? t.list(contact.participantIds.map((id) => personName(t, participants, id))) : '';
  return [contactWhen(t, contact, timeZone), t.term(`contact.type.${contact.type}`), people].filter((part) => part !== '').join(' · ');
}

/** The outcome in words, with who cancelled, did not show or asked to reschedule. */
export function outcomeText(t: LocalizeController, outcome: ContactOutcome, participants: readonly CaseParticipant[]): string {
  if (outcome.type === 'completed') return t.term('contact.outcome.completed');
  const party = outcome.type === 'no-show' ? outcome.who : outcome.by;
  const who = party.participantId ? personName(t, participants, party.participantId) : t.term(`contact.party.${party.party}`);
  if (outcome.type === 'rescheduled') return t.term('contact.outcome.rescheduled-detail', { who, date: t.date(outcome.newDate, { dateStyle: 'medium', timeZone: 'UTC' }) });
  return t.term(`contact.outcome.${outcome.type}-detail`, { who });
}

/** The plan a contact fulfils, by name, or "no plan". */
export function contactPlanText(t: LocalizeController, contact: Pick<Contact, 'visitationPlanId'>, plans: readonly VisitationPlan[], participants: readonly CaseParticipant[]): string {
  if (contact.visitationPlanId === undefined) return t.term('contact.no-plan');
  const plan = plans.find((candidate) => candidate.id === contact.visitationPlanId);
  return plan ? planLabel(t, plan, participants) : t.term('contact.unknown-plan');
}

/** A planned occurrence offered in the form. */
export function occurrenceChoiceText(t: LocalizeController, occurrence: Occurrence): string {
  return nextOccurrenceText(t, occurrence);
}

/** `YYYY-MM-DDTHH:MM` of an instant on the log's calendar, for a `datetime-local` input. */
export function localInputValue(instant: string, timeZone: string): string {
  if (Number.isNaN(Date.parse(instant))) return '';
  const zoned = toZoned(instant, timeZone);
  return `${zoned.date}T${zoned.time}`;
}
