/*
 * Context updates of edits and status steps: an edit (undoable), undo and redo, a lifecycle step or approval
 * (saved at once), and abandoning a revision.
 */
import { violation, type Violation } from '../../model/shared/violation.js';
import { applyEdit } from '../../model/service-plan/apply-edit.js';
import { editAction } from '../../model/service-plan/edits.js';
import { historyActions } from '../../model/history-actions.js';
import { recordApproval, recordExemption, removeExemption, revisionSnapshot, transitionPlan, type PlanTransition, type TransitionResult } from '../../model/service-plan/lifecycle.js';
import type { RevisionReason, ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import { abandonRevision } from '../../model/service-plan/abandon-revision.js';
import { setAsideWhole, type SetAsideVersion } from '../../model/set-aside.js';
import type { LifecycleEvent, ServicePlanContext } from './types.js';
import { lifecycleContext, todayOf, UNDO_LIMIT, violationsOf } from './plan-context.js';

/** The plan's record kind (as actors.ts writes it). */
const PLAN_RECORD_KIND = 'servicePlan';

/** The working plan replaced by `plan`, the previous one kept for undo. */
function withNewPlan(context: ServicePlanContext, plan: ServicePlan, action: string, shapeViolations?: readonly Violation[]): Partial<ServicePlanContext> {
  return {
    plan,
    past: [...context.past, context.plan!].slice(-UNDO_LIMIT),
    future: [],
    pendingActions: [...context.pendingActions, action],
    violations: violationsOf(context, plan, shapeViolations),
    rejected: [],
  };
}

/** The result of an EDIT: the new plan (undoable), or why it was refused. `changed` says whether to save. */
export function editUpdate(context: ServicePlanContext, edit: unknown): { update: Partial<ServicePlanContext>; changed: boolean } {
  if (!context.plan) return { update: {}, changed: false };
  if (context.conflict) return { update: { rejected: [violation('plan.edit.conflict-pending')] }, changed: false };
  const result = applyEdit(context.plan, edit, { today: todayOf(context), newId: context.createId });
  if (!result.ok) return { update: { rejected: result.violations }, changed: false };
  if (!result.changed) return { update: { rejected: [] }, changed: false };
  return { update: withNewPlan(context, result.plan, editAction(result.edit), result.shapeViolations), changed: true };
}

export function undoUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const previous = context.past.at(-1);
  if (!previous || !context.plan) return {};
  return {
    plan: previous,
    past: context.past.slice(0, -1),
    future: [context.plan, ...context.future],
    pendingActions: [...context.pendingActions, historyActions.plan.undone],
    violations: violationsOf(context, previous),
    rejected: [],
  };
}

export function redoUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const next = context.future[0];
  if (!next || !context.plan) return {};
  return {
    plan: next,
    past: [...context.past, context.plan],
    future: context.future.slice(1),
    pendingActions: [...context.pendingActions, historyActions.plan.redone],
    violations: violationsOf(context, next),
    rejected: [],
  };
}

const transitionOfEvent: Record<Exclude<LifecycleEvent['type'], 'APPROVE' | 'DECLINE' | 'EXEMPT' | 'REMOVE_EXEMPTION'>, PlanTransition> = {
  SUBMIT: 'submit',
  WITHDRAW: 'withdraw',
  ACTIVATE: 'activate',
  START_REVISION: 'start-revision',
  COMPLETE_REVISION: 'complete-revision',
  COMPLETE: 'complete',
  CLOSE: 'close',
  CANCEL: 'cancel',
};

/** What a lifecycle event would do to the plan (used by the guard and by the action alike). */
export function lifecycleResult(context: ServicePlanContext, event: LifecycleEvent): TransitionResult<ServicePlan> | undefined {
  if (!context.plan || context.conflict) return undefined;
  const lifecycle = lifecycleContext(context);
  if (event.type === 'APPROVE') {
    const { participantId, comment, method, witness } = event;
    return recordApproval(context.plan, { participantId, decision: 'approved', ...(comment ? { comment } : {}), ...(method ? { method } : {}), ...(witness ? { witness } : {}) }, lifecycle);
  }
  if (event.type === 'DECLINE') return recordApproval(context.plan, { participantId: event.participantId, decision: 'declined', comment: event.comment }, lifecycle);
  if (event.type === 'EXEMPT') {
    const { participantId, reason, note } = event;
    return recordExemption(context.plan, { id: context.createId(), ...(participantId ? { participantId } : {}), reason, ...(note ? { note } : {}) }, lifecycle);
  }
  if (event.type === 'REMOVE_EXEMPTION') return removeExemption(context.plan, event.exemptionId);
  return transitionPlan(context.plan, transitionOfEvent[event.type], lifecycle, event.type === 'CLOSE' ? { closeReason: event.reason } : {});
}

/** A status step or an approval: saved at once, and the undo history starts afresh (undo never reverts a status). */
export function lifecycleUpdate(context: ServicePlanContext, event: LifecycleEvent): Partial<ServicePlanContext> {
  const result = lifecycleResult(context, event);
  if (!result) return {};
  if (!result.ok) return { rejected: result.violations };
  const snapshot = event.type === 'START_REVISION' ? revisionSnapshot(context.plan!, event.reason as RevisionReason, context.now().toISOString(), context.currentUser.id) : undefined;
  // A revision abandoned earlier left its snapshot stored: revising again rewrites it at its stored version.
  const snapshots: ServicePlanRevision[] = snapshot ? [{ ...snapshot, version: context.revisions.find((kept) => kept.id === snapshot.id)?.version ?? 0 }] : [];
  return {
    plan: result.plan,
    past: [],
    future: [],
    pendingActions: [...context.pendingActions, result.action],
    pendingSnapshots: [...context.pendingSnapshots, ...snapshots],
    saveImmediately: true,
    violations: violationsOf(context, result.plan),
    rejected: [],
  };
}

/** Every revision snapshot the plan has: stored, being written, or waiting to be. */
function keptRevisions(context: ServicePlanContext): ServicePlanRevision[] {
  return [...context.revisions, ...(context.writing?.snapshots ?? []), ...context.pendingSnapshots];
}

/** Whether the revision under way can be abandoned now (the model's rule). */
export function canAbandonRevision(context: ServicePlanContext): boolean {
  return context.plan !== undefined && abandonRevision(context.plan, keptRevisions(context)).ok;
}

/**
 * The revision abandoned: the active version becomes the working plan (written at once, undo starts
 * afresh as after any status step), and the working copy, with any unsaved edit, is the version to set aside.
 */
export function abandonRevisionUpdate(context: ServicePlanContext): { update: Partial<ServicePlanContext>; setAside: SetAsideVersion } | undefined {
  const result = context.plan ? abandonRevision(context.plan, keptRevisions(context)) : undefined;
  if (!result?.ok) return undefined;
  const setAside = setAsideWhole({ id: context.createId(), recordKind: PLAN_RECORD_KIND, reason: 'revision-abandoned', setAside: result.setAside, written: result.plan, by: context.currentUser.id, at: context.now().toISOString() });
  return {
    update: { plan: result.plan, past: [], future: [], pendingActions: [...context.pendingActions, result.action], saveImmediately: true, violations: violationsOf(context, result.plan), rejected: [] },
    setAside,
  };
}
