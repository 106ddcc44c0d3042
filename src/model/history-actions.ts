/**
 * The history actions: the one vocabulary of what a history entry says happened. Every write names one
 * (`WriteOptions.action`); they are stored in the hash-chained history, so they are a persisted API.
 *
 * The form is `<record>.<what happened>`, in the past tense: `plan.created`, `plan.submitted`,
 * `plan.sub-goal-added`, `visitation-plan.suspended`, `contact.archived`. A new action follows it and is
 * added here; a name is never changed once written.
 *
 * Older stored names. Before this vocabulary the service plan's steps and edits were written as commands
 * (`plan.submit`, `plan.add-sub-goal`, `plan.undo`). Stored entries are never rewritten (that would break
 * the hash chain and the record's evidence); they are read through `currentHistoryAction`, which maps each
 * older name to the one written now. Anything that shows or compares actions reads them through it.
 */
import type { PlanEditType } from './service-plan/edits.js';
import type { PlanTransition } from './service-plan/lifecycle.js';

/** What each service-plan step writes. */
export const planStepActions = {
  submit: 'plan.submitted',
  withdraw: 'plan.withdrawn',
  activate: 'plan.activated',
  'start-revision': 'plan.revision-started',
  'complete-revision': 'plan.revision-completed',
  complete: 'plan.completed',
  close: 'plan.closed',
  cancel: 'plan.cancelled',
} as const satisfies Record<PlanTransition, string>;

/** What each service-plan edit writes. */
export const planEditActions = {
  'set-goal': 'plan.goal-set',
  'set-principal': 'plan.principal-set',
  'set-primary-client': 'plan.primary-client-set',
  'add-participant': 'plan.participant-added',
  'remove-participant': 'plan.participant-removed',
  'set-needs': 'plan.needs-set',
  'set-strengths': 'plan.strengths-set',
  'set-permanency': 'plan.permanency-set',
  'set-review-schedule': 'plan.review-schedule-set',
  'record-review': 'plan.review-recorded',
  'add-hearing': 'plan.hearing-added',
  'update-hearing': 'plan.hearing-updated',
  'remove-hearing': 'plan.hearing-removed',
  'set-danger-signs': 'plan.danger-signs-set',
  'add-safety-action': 'plan.safety-action-added',
  'remove-safety-action': 'plan.safety-action-removed',
  'add-safety-support': 'plan.safety-support-added',
  'remove-safety-support': 'plan.safety-support-removed',
  'add-plan-group': 'plan.plan-group-added',
  'rename-plan-group': 'plan.plan-group-renamed',
  'remove-plan-group': 'plan.plan-group-removed',
  'add-sub-goal': 'plan.sub-goal-added',
  'update-sub-goal': 'plan.sub-goal-updated',
  'remove-sub-goal': 'plan.sub-goal-removed',
  'move-sub-goal': 'plan.sub-goal-moved',
  'add-item': 'plan.item-added',
  'update-item': 'plan.item-updated',
  'set-item-status': 'plan.item-status-set',
  'rate-item-outcome': 'plan.item-outcome-rated',
  'remove-item': 'plan.item-removed',
  'move-item': 'plan.item-moved',
  'add-delivery': 'plan.delivery-added',
  'remove-delivery': 'plan.delivery-removed',
  'add-milestone': 'plan.milestone-added',
  'update-milestone': 'plan.milestone-updated',
  'remove-milestone': 'plan.milestone-removed',
  'request-revision': 'plan.revision-requested',
  'address-revision-request': 'plan.revision-request-addressed',
  'set-case-plan-detail': 'plan.case-plan-detail-set',
  'set-basis': 'plan.basis-set',
  'add-appointment': 'plan.appointment-added',
  'set-appointment-status': 'plan.appointment-status-set',
  'remove-appointment': 'plan.appointment-removed',
} as const satisfies Record<PlanEditType, string>;

/** Every action written now, by record. */
export const historyActions = {
  plan: {
    created: 'plan.created',
    edited: 'plan.edited',
    undone: 'plan.undone',
    redone: 'plan.redone',
    revisionKept: 'plan.revision-kept',
    revisionAbandoned: 'plan.revision-abandoned',
    approved: 'plan.approved',
    declined: 'plan.declined',
    exemptionRecorded: 'plan.approval-exemption-recorded',
    exemptionRemoved: 'plan.approval-exemption-removed',
    conflictKeptMine: 'plan.conflict-kept-mine',
    conflictMerged: 'plan.conflict-merged',
    versionRestored: 'plan.version-restored',
    ...planStepActions,
    ...planEditActions,
  },
  visitationPlan: {
    created: 'visitation-plan.created',
    updated: 'visitation-plan.updated',
    activated: 'visitation-plan.activated',
    suspended: 'visitation-plan.suspended',
    resumed: 'visitation-plan.resumed',
    ended: 'visitation-plan.ended',
    versionRestored: 'visitation-plan.version-restored',
  },
  contact: {
    recorded: 'contact.recorded',
    updated: 'contact.updated',
    archived: 'contact.archived',
    versionRestored: 'contact.version-restored',
  },
  /** A version a conflict's resolution did not keep, stored apart (readable, restorable). */
  setAsideVersion: {
    recorded: 'set-aside-version.recorded',
  },
} as const;

/** The record each storage kind's actions name (`servicePlan` writes `plan.*`). */
const recordOfKind: Readonly<Record<string, keyof typeof historyActions>> = { servicePlan: 'plan', visitationPlan: 'visitationPlan', contact: 'contact' };

/** What restoring a version set aside writes on the record it is restored into, by the record's storage kind. */
export function versionRestoredAction(kind: string): string {
  const record = recordOfKind[kind];
  const actions = record ? (historyActions[record] as { versionRestored?: string }) : undefined;
  if (!actions?.versionRestored) throw new Error(`No restore action for records of kind ${kind}`);
  return actions.versionRestored;
}

/** Older stored names (written as commands) and the action each is read as. */
const olderNames: ReadonlyMap<string, string> = new Map([
  ['plan.undo', historyActions.plan.undone],
  ['plan.redo', historyActions.plan.redone],
  ['conflict.set-aside', historyActions.setAsideVersion.recorded],
  ...Object.entries(planStepActions).map(([step, action]): [string, string] => [`plan.${step}`, action]),
  ...Object.entries(planEditActions).map(([edit, action]): [string, string] => [`plan.${edit}`, action]),
]);

/** A stored action as it is read now: an older name mapped to the current one; a current or unknown one as it is. */
export function currentHistoryAction(stored: string): string {
  return olderNames.get(stored) ?? stored;
}
