import type { Message } from '../../shared/i18n/catalog.js';

/**
 * English: what the planner and the contact log both show (`visits.*`, and the plan, schedule, compliance and
 * visit texts the log reads with the planner's keys), so the log does not carry the planner's own catalog.
 */
export const en = {
  'planner.plan.visits-with': 'Visits with {names}',
  'planner.plan.untitled': 'Visitation plan',
  'planner.schedule.every-n-days': { one: 'Every day', other: 'Every {count} days' },
  'planner.schedule.every-n-weeks': { one: 'Every week on {days}', other: 'Every {count} weeks on {days}' },
  'planner.schedule.every-n-months': { one: 'Every month on day {day}', other: 'Every {count} months on day {day}' },
  'planner.schedule.times-per-week': { one: 'Once a week', other: '{count} times a week' },
  'planner.schedule.times-per-month': { one: 'Once a month', other: '{count} times a month' },
  'planner.schedule.full': '{how}, {time} for {minutes} minutes ({zone})',
  'planner.next.period': { one: '{when}: {count} visit expected', other: '{when}: {count} visits expected' },
  'planner.week-of': 'Week of {date}',
  'planner.overlap': {
    one: 'A visit clashes with “{other}” on {date} at {time}.',
    other: '{count} visits clash with “{other}”, the first on {date} at {time}.',
  },
  'planner.compliance.title': 'Compliance',
  'planner.compliance.this-month': 'This month ({month})',
  'planner.compliance.since-start': 'Since the start',
  'planner.compliance.planned': 'Planned',
  'planner.compliance.completed': 'Completed',
  'planner.compliance.cancelled': 'Cancelled',
  'planner.compliance.missed': 'Missed',
  'planner.compliance.rate': 'Kept',
  'planner.compliance.no-rate': 'Not yet due',
  'planner.compliance.missed-list': { one: '{count} missed visit', other: '{count} missed visits' },
  'planner.compliance.unmet-list': { one: '{count} period with fewer visits than planned', other: '{count} periods with fewer visits than planned' },
  'planner.compliance.period-short': '{when}: {completed} of {expected} visits',
  'planner.occurrence-state.completed': 'Took place',
  'planner.occurrence-state.completed-after-reschedule': 'Took place on another day',
  'planner.occurrence-state.cancelled': 'Cancelled',
  'planner.occurrence-state.no-show': 'No-show',
  'planner.occurrence-state.not-recorded': 'Nothing recorded',
  'planner.occurrence-state.reschedule-pending': 'Moved to a later day',
  'planner.occurrence-state.reschedule-lapsed': 'Moved, and the new visit did not take place',
  'planner.occurrence-state.upcoming': 'Still to come',
  'planner.form.notes-hint': 'Plain text only.',
  "visits.form-not-saved": "The form you left could not be saved as it was (it has problems to correct, or it conflicts with a change saved elsewhere): what was typed in it was not written.",
  'visits.conflict.title': 'Someone else saved a change first',
  'visits.conflict.body': '“{subject}” was changed by someone else while you were working. Nothing has been overwritten: choose which version to keep.',
  'visits.conflict.mine': 'Your version',
  'visits.conflict.theirs': 'Their version (saved)',
  'visits.conflict.gone': 'It is no longer stored.',
  'visits.conflict.keep-mine': 'Keep my version',
  'visits.conflict.take-theirs': 'Use their version',
  'visits.conflict.edit-mine': 'Combine by hand',
  'visits.conflict.saved-at': 'Saved {when}',
  'visits.missing-user': 'The case management system has not said who is signed in, so nothing can be recorded here.',
  'visits.unreadable': { one: '{count} stored record is damaged and is not shown. It was kept unchanged.', other: '{count} stored records are damaged and are not shown. They were kept unchanged.' },
  'visits.save-kept': 'Your change is kept on this page until it is saved.',
  'visits.give-up': 'Discard the change',
  // issue 14 (grace period): a visit whose time passed within the agency's grace period, nothing logged yet.
  'planner.compliance.awaiting-record': 'Not yet recorded',
  'planner.occurrence-state.awaiting-record': 'Not yet recorded',
  'planner.compliance.awaiting-list': { one: '{count} visit not yet recorded', other: '{count} visits not yet recorded' },
  // issue 14: a period in which a plan expected no visit at all (ended, suspended) has no rate to wait for.
  'planner.compliance.nothing-planned': 'Nothing planned',
  'visits.standard.child-months': 'Child-months with a caseworker visit',
  'visits.standard.residence': 'Caseworker visits in the child’s residence',
  'visits.standard.share-of': '{count} of {total} ({share})',
  'visits.standard.not-judged': 'nothing to judge yet',
  'visits.standard.months-target': 'target {target} or more',
  'visits.standard.residence-target': 'target most (more than half)',
  'visits.standard.meets': 'met',
  'visits.standard.below': 'not met',
  // A person with how they take part or relate ("Maria Souza (visitor)"): a message, so the typed name is isolated.
  'visits.person-with': '{name} ({detail})',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;
