import { violation, type Violation } from '../../shared/violation.js';
import { hasMarkup, loneSurrogates } from '../../shared/text.js';
import { parseWithViolations } from '../../shared/zod-violations.js';
import { ContactContentSchema, type ContactContent } from '../contact.js';
import type { VisitationPlan } from '../plan.js';
import { findOccurrence, occurrenceKeyDate } from '../recurrence.js';
import { isWithinPlanDates, planWindow } from '../schedule-window.js';
import { zonedDateOf } from '../time-zone.js';

/** Outcomes that say something happened (or did not) at the time: they cannot lie in the future. */
const pastOnlyOutcomes = new Set(['completed', 'no-show']);

// The contact has no time zone of its own: the earliest calendar day its instant falls on anywhere (UTC-14).
function earliestLocalDate(instant: string): string {
  return new Date(new Date(instant).getTime() - 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Rules on the contact alone; `now` decides what is still in the future. */
export function checkContact(contact: ContactContent, now: Date): Violation[] {
  const found: Violation[] = [];
  if (pastOnlyOutcomes.has(contact.outcome.type) && new Date(contact.occurredAt).getTime() > now.getTime()) {
    found.push(violation('contact.outcome-in-future', ['occurredAt'], { outcome: contact.outcome.type }));
  }
  if (contact.outcome.type === 'completed' && contact.durationMinutes === 0) {
    found.push(violation('contact.duration-required', ['durationMinutes']));
  }
  if (contact.outcome.type === 'rescheduled' && contact.outcome.newDate < earliestLocalDate(contact.occurredAt)) {
    found.push(violation('contact.reschedule-before-original', ['outcome', 'newDate'], { newDate: contact.outcome.newDate }));
  }
  if (hasMarkup(contact.notes)) found.push(violation('visitation.notes-markup', ['notes']));
  if (contact.planId !== contact.visitationPlanId) found.push(violation('contact.plan-link-mismatch', ['planId']));
  if (contact.plannedOccurrence !== undefined && contact.visitationPlanId === undefined) {
    found.push(violation('contact.occurrence-without-plan', ['plannedOccurrence']));
  }
  return found;
}

/**
 * Rules between a contact and the visitation plan it is linked to: same child, within the plan's
 * dates, and the planned occurrence one the plan really has (not suspended, not outside its dates).
 */
export function checkContactAgainstPlan(contact: ContactContent, plan: VisitationPlan): Violation[] {
  const found: Violation[] = [];
  if (contact.visitationPlanId !== plan.id) return found;
  if (contact.childId !== plan.childId) found.push(violation('contact.plan-other-child', ['visitationPlanId']));
  const window = planWindow(plan);
  const dateParams: Record<string, string> = window.last === undefined ? { start: window.first } : { start: window.first, end: window.last };
  if (contact.plannedOccurrence === undefined) {
    const day = zonedDateOf(contact.occurredAt, plan.timeZone);
    if (!isWithinPlanDates(plan, day)) found.push(violation('contact.outside-plan-dates', ['occurredAt'], { date: day, ...dateParams }));
    return found;
  }
  // Linked to an occurrence: the occurrence must be the plan's (a make-up visit may itself fall later).
  const keyDate = occurrenceKeyDate(contact.plannedOccurrence);
  const isDatedKey = contact.plannedOccurrence.includes('T');
  if (keyDate !== undefined && isDatedKey && !isWithinPlanDates(plan, keyDate)) {
    found.push(violation('contact.occurrence-outside-plan-dates', ['plannedOccurrence'], { occurrence: contact.plannedOccurrence, ...dateParams }));
  } else if (findOccurrence(plan, contact.plannedOccurrence) === undefined) {
    found.push(violation('contact.occurrence-not-planned', ['plannedOccurrence'], { occurrence: contact.plannedOccurrence }));
  }
  return found;
}

export interface ContactValidationContext {
  now: Date;
  /** The plan the contact is linked to, when it is; checked against its dates and occurrences. */
  plan?: VisitationPlan;
}

/** Every rule a contact must pass to be saved (shape first; rules only on a well-formed contact). */
export function validateContact(contact: unknown, context: ContactValidationContext): Violation[] {
  const parsed = parseWithViolations(ContactContentSchema, contact);
  if (!parsed.ok) return parsed.violations;
  const found = [...checkContact(parsed.value, context.now), ...loneSurrogates(parsed.value)];
  return context.plan ? [...found, ...checkContactAgainstPlan(parsed.value, context.plan)] : found;
}

/** What any save of a contact must pass, with the plans it may be linked to: a link to none of them is refused. */
export function contactSaveViolations(contact: Pick<ContactContent, 'visitationPlanId'>, now: Date, plans: readonly VisitationPlan[]): Violation[] {
  const plan = contact.visitationPlanId === undefined ? undefined : plans.find((candidate) => candidate.id === contact.visitationPlanId);
  const found = validateContact(contact, plan ? { now, plan } : { now });
  if (contact.visitationPlanId !== undefined && !plan) found.push(violation('contact.plan-unknown', ['visitationPlanId']));
  return found;
}

/** The contacts linked to a plan that the plan's dates or occurrences no longer cover (after an edit). */
export function contactsOutsidePlan(plan: VisitationPlan, contacts: readonly (ContactContent & { id: string; archived?: boolean })[]): { contactId: string; violations: Violation[] }[] {
  return contacts
    .filter((contact) => contact.visitationPlanId === plan.id && contact.archived !== true)
    .map((contact) => ({ contactId: contact.id, violations: checkContactAgainstPlan(contact, plan) }))
    .filter((entry) => entry.violations.length > 0);
}

/**
 * The plans a contact may be linked to: no contact is logged against a draft plan (nothing is planned
 * yet); the plan it is already linked to stays offered, so editing an older contact never drops its link.
 */
export function linkablePlans<P extends Pick<VisitationPlan, 'id' | 'status'>>(plans: readonly P[], contact: Pick<ContactContent, 'visitationPlanId'>): P[] {
  return plans.filter((plan) => plan.status !== 'draft' || plan.id === contact.visitationPlanId);
}
