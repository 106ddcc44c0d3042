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
  'history.action.record.restored': 'Version set aside restored',
  'history.action.conflict.set-aside': 'Set aside in a conflict',
  'history.action.record.updated': 'Changed',
  'history.action.plan.created': 'Plan created',
  'history.action.plan.edited': 'Plan edited',
  'history.action.plan.undo': 'Change undone',
  'history.action.plan.redo': 'Change redone',
  'history.action.plan.revision-kept': 'Earlier version kept',
  'history.action.plan.conflict-kept-mine': 'Conflict resolved: own version kept',
  'history.action.plan.conflict-merged': 'Conflict resolved: versions combined',
  'history.action.plan.submit': 'Submitted for approval',
  'history.action.plan.withdraw': 'Withdrawn from approval',
  'history.action.plan.activate': 'Activated',
  'history.action.plan.start-revision': 'Revision started',
  'history.action.plan.complete-revision': 'Revision completed',
  'history.action.plan.complete': 'Plan completed',
  'history.action.plan.close': 'Plan closed',
  'history.action.plan.cancel': 'Plan cancelled',
  'history.action.plan.approved': 'Approved',
  'history.action.plan.declined': 'Declined',
  'history.action.plan.approval-exemption-recorded': 'Approval exemption recorded',
  'history.action.plan.approval-exemption-removed': 'Approval exemption removed',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

registerMessages('history', { en });
