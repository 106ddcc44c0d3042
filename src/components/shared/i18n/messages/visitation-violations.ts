/**
 * Text of every Violation code the visitation model and machines define (visitation.*, contact.*,
 * value.invalid-time), and of the history actions they write (visitation-plan.*, contact.recorded...),
 * in English, Spanish, French and Portuguese (Brazil). The generic `value.*` codes live in values.ts.
 */
import { registerMessages, type Message } from '../catalog.js';
// The value.* codes the visitation schemas also produce: registered with these messages wherever they are used.
import './values.js';

export const en = {
  'value.invalid-time': 'Enter a time as HH:MM, for example 16:00.',
  'visitation.time-zone-invalid': 'Choose a time zone from the list, for example Europe/Lisbon.',
  'visitation.occurrence-key-invalid': 'Choose the planned visit this contact fulfils from the list.',
  'visitation.notes-markup': 'Remove the angle brackets (< >): notes are plain text and cannot contain markup.',

  'visitation.plan.not-found': 'This visitation plan could not be found. It may belong to another child.',
  'visitation.plan.ended-read-only': 'This plan has ended and can no longer be changed.',
  'visitation.plan.end-before-start': 'The end date ({end}) is before the start date ({start}).',
  'visitation.plan.suspension-end-before-start': 'The suspension ends ({end}) before it starts ({start}).',
  'visitation.plan.participant-required': 'Add at least one person who visits the child: a parent, a relative or another participant.',
  'visitation.plan.participant-duplicate': 'This person is already listed.',
  'visitation.plan.child-role': 'The child takes part as the child, not in another role.',
  'visitation.plan.weekdays-required': 'Choose at least one day of the week.',
  'visitation.plan.recurrence-never-occurs': 'With this frequency no visit falls between {start} and {end}. Change the frequency or the dates.',
  'visitation.plan.supervisor-required': 'Say who supervises or monitors the visits before activating the plan.',
  'visitation.plan.transition-not-allowed': 'This step is not possible in the plan’s current status.',
  'visitation.plan.suspension-reason-required': 'Give the reason for suspending the visits.',
  'visitation.set-aside.restore-steps-only': 'This version differs from the plan only in its status or steps (activated, suspended, resumed, ended), which change only through those steps. There is nothing else to bring back; it stays readable here.',
  'visitation.plan.overlaps': {
    one: 'A visit clashes with another plan of this child, on {date} at {time}.',
    other: '{count} visits clash with another plan of this child, the first on {date} at {time}.',
  },

  'contact.not-found': 'This contact could not be found. It may have been removed from this list.',
  'contact.archived-read-only': 'This contact is archived and can no longer be changed.',
  'contact.already-archived': 'This contact is already archived.',
  'contact.outcome-in-future': 'This date is in the future: a contact that has not happened yet cannot be marked completed or missed. Record it as cancelled or rescheduled, or correct the date.',
  'contact.duration-required': 'Enter how long the contact lasted.',
  'contact.reschedule-before-original': 'The new date ({newDate}) is before the original date.',
  'contact.plan-link-mismatch': 'The link to the visitation plan is inconsistent; choose the plan again.',
  'contact.occurrence-without-plan': 'Choose the visitation plan before choosing the planned visit.',
  'contact.plan-other-child': 'This visitation plan is for another child.',
  'contact.plan-unknown': 'This visitation plan could not be found. Choose another plan.',
  'contact.outside-plan-dates': 'The contact date ({date}) falls outside the dates of the visitation plan.',
  'contact.occurrence-outside-plan-dates': 'The planned visit of {occurrence} falls outside the dates of the visitation plan.',
  'contact.occurrence-not-planned': 'The plan has no visit planned for {occurrence}: it may have been suspended or changed. Choose another one.',
  'contact.set-aside.restore-fixed-only': 'This version differs from the contact only in its archive, case or author, which a restore does not change. There is nothing else to bring back; it stays readable here.',

  'visitation-plan.created': 'Visitation plan created',
  'visitation-plan.updated': 'Visitation plan changed',
  'visitation-plan.activated': 'Visitation plan activated',
  'visitation-plan.suspended': 'Visits suspended',
  'visitation-plan.resumed': 'Visits resumed',
  'visitation-plan.ended': 'Visitation plan ended',
  'contact.recorded': 'Contact recorded',
  'contact.updated': 'Contact changed',
  'contact.archived': 'Contact archived',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('visitation-violations', { en });
