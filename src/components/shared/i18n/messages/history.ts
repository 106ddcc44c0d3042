import { registerMessages, type Message } from '../catalog.js';

/**
 * The shared history panel: every save of a record (who, when, what, what changed) and the versions set
 * aside in its conflicts. Field names and values come from the `merge` messages, so a change reads the
 * same as a conflict on the same field.
 */
export const en = {
  'history.open': 'History of every save',
  'history.plan-heading': 'History of every save of the plan',
  'history.saved-by': 'by {who}, {when}',
  'history.changed': 'Changed',
  'history.change': '{field}: {before} → {after}',
  'history.change-added': '{field}: {after} (added)',
  'history.change-removed': '{field}: {before} (removed)',
  'history.changes-label': 'What changed',
  'history.empty': 'Nothing has been saved yet.',
  'history.untrusted': 'This history failed its integrity check from save {seq} on: it was changed outside the application. Do not rely on who or what it shows from there.',
  'history.record-untrusted': 'The record as stored is not the one its saves made: it was changed outside the application, or saves are missing from its history. Do not rely on it; the saves listed are shown as they were recorded.',
  'history.saves-heading': 'Every save',
  'history.set-aside.heading': 'Versions set aside in conflicts',
  'history.set-aside.keep-mine': '{who} kept their own version, {when}: this version, saved by {other}, was set aside.',
  'history.set-aside.take-theirs': '{who} took the version saved by {other}, {when}: their own unsaved changes, below, were set aside.',
  'history.set-aside.chosen': '{who} combined their changes with those saved by {other}, {when}: the values not chosen, below, were set aside.',
  'history.set-aside.value': '{field}: {value} (kept instead: {kept})',
  'history.set-aside.someone': 'someone else',
  'history.restore': 'Restore',
  'history.restore-named': 'Restore the version set aside {when}',
  'history.restoring': 'Restoring…',
  'history.restored': 'The version set aside was restored. Its values are saved again.',
  'history.restore-failed': 'The version set aside could not be restored: {reason}',
  'history.action.plan.version-restored': 'Version set aside restored',
  'history.action.visitation-plan.version-restored': 'Version set aside restored',
  'history.action.contact.version-restored': 'Version set aside restored',
  'history.action.set-aside-version.recorded': 'Set aside in a conflict',
  'history.action.record.updated': 'Changed',
  'history.action.plan.created': 'Plan created',
  'history.action.plan.edited': 'Plan edited',
  'history.action.plan.undone': 'Change undone',
  'history.action.plan.redone': 'Change redone',
  'history.action.plan.revision-kept': 'Earlier version kept',
  'history.action.plan.conflict-kept-mine': 'Conflict resolved: own version kept',
  'history.action.plan.conflict-merged': 'Conflict resolved: versions combined',
  'history.action.plan.submitted': 'Submitted for approval',
  'history.action.plan.withdrawn': 'Withdrawn from approval',
  'history.action.plan.activated': 'Activated',
  'history.action.plan.revision-started': 'Revision started',
  'history.action.plan.revision-completed': 'Revision completed',
  'history.action.plan.completed': 'Plan completed',
  'history.action.plan.closed': 'Plan closed',
  'history.action.plan.cancelled': 'Plan cancelled',
  'history.action.plan.approved': 'Approved',
  'history.action.plan.declined': 'Declined',
  'history.action.plan.approval-exemption-recorded': 'Approval exemption recorded',
  'history.action.plan.approval-exemption-removed': 'Approval exemption removed',
  // Issue 14: a revision abandoned (engineer E).
  "history.action.plan.revision-abandoned": "Revision abandoned",
  "history.set-aside.revision-abandoned": "{who} abandoned a revision, {when}: the active version was kept; the revision's working copy, below, was set aside.",
  // Fixes 5f (history panel): abandoned revisions under their own heading, named as such.
  'history.abandoned.heading': 'Revisions abandoned',
  'history.restore-revision-named': 'Restore the revision abandoned {when}',
  'history.revision-restored': 'The abandoned revision was restored: the plan is being revised again.',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('history', { en });
