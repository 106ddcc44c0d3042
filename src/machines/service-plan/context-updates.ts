/*
 * Pure context updates used by the machine's actions: each takes the context (and what arrived) and
 * returns the fields that change. Keeping them here keeps machine.ts a readable map of states.
 */
import { violation, type Violation } from '../../model/violation.js';
import { applyEdit } from '../../model/service-plan/apply-edit.js';
import { editAction } from '../../model/service-plan/edits.js';
import { calendarDateOf } from '../../model/service-plan/dates.js';
import { recordApproval, recordExemption, removeExemption, revisionSnapshot, transitionPlan, type LifecycleContext, type PlanTransition, type TransitionResult } from '../../model/service-plan/lifecycle.js';
import { mergePlans } from '../../model/service-plan/merge.js';
import type { RevisionReason, ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import { validatePlan } from '../../model/service-plan/rules/validate.js';
import type { ServicePlanContext, ServicePlanMachineInput, LifecycleEvent } from './types.js';
import { randomId } from './random-id.js';

const UNDO_LIMIT = 100;
export const DEFAULT_AUTOSAVE_DELAY_MS = 800;

export function initialContext(input: ServicePlanMachineInput): ServicePlanContext {
  return {
    storage: input.storage,
    caseId: input.caseId,
    planKind: input.planKind,
    planId: input.planId,
    currentUser: input.currentUser,
    participants: input.participants,
    catalog: input.catalog,
    approvalPolicy: input.approvalPolicy,
    primaryClientId: input.primaryClientId,
    principalParticipantId: input.principalParticipantId,
    now: input.now,
    autosaveDelayMs: input.autosaveDelayMs ?? DEFAULT_AUTOSAVE_DELAY_MS,
    createId: input.createId ?? randomId,
    plan: undefined,
    saved: undefined,
    past: [],
    future: [],
    violations: [],
    rejected: [],
    pendingActions: [],
    pendingSnapshots: [],
    saveImmediately: false,
    writing: undefined,
    conflict: undefined,
    mergeConflicts: [],
    error: undefined,
    revisions: [],
  };
}

export function todayOf(context: Pick<ServicePlanContext, 'now'>): string {
  return calendarDateOf(context.now());
}

export function lifecycleContext(context: ServicePlanContext): LifecycleContext {
  return {
    participants: context.participants,
    today: todayOf(context),
    recorder: context.currentUser,
    at: context.now().toISOString(),
    ...(context.approvalPolicy ? { policy: context.approvalPolicy } : {}),
    ...(context.catalog ? { catalog: context.catalog } : {}),
  };
}

export function violationsOf(context: ServicePlanContext, plan: ServicePlan | undefined, shapeViolations?: readonly Violation[]): Violation[] {
  return plan ? validatePlan(plan, { participants: context.participants, ...(context.catalog ? { catalog: context.catalog } : {}), ...(shapeViolations ? { shapeViolations } : {}) }) : [];
}

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
    pendingActions: [...context.pendingActions, 'plan.undo'],
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
    pendingActions: [...context.pendingActions, 'plan.redo'],
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
  const snapshots: ServicePlanRevision[] =
    event.type === 'START_REVISION' ? [revisionSnapshot(context.plan!, event.reason as RevisionReason, context.now().toISOString(), context.currentUser.id)] : [];
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

// Actions that say more about a write than the edits it also carries: status steps and conflict resolutions.
const namedSteps = new Set([
  'plan.submit',
  'plan.withdraw',
  'plan.activate',
  'plan.start-revision',
  'plan.complete-revision',
  'plan.complete',
  'plan.close',
  'plan.cancel',
  'plan.approved',
  'plan.declined',
  'plan.approval-exemption-recorded',
  'plan.approval-exemption-removed',
  'plan.conflict-kept-mine',
  'plan.conflict-merged',
]);

/** The history action of a write grouping several changes: the last status step or resolution if any, else the one edit, else 'plan.edited'. */
export function writeAction(actions: readonly string[]): { action: string; comment: string | undefined } {
  const step = [...actions].reverse().find((action) => namedSteps.has(action));
  const distinct = [...new Set(actions)];
  const action = step ?? (distinct.length === 1 ? distinct[0]! : 'plan.edited');
  return { action, comment: actions.length > 1 ? actions.join(' ') : undefined };
}

/** Moves what is pending into the write about to start, stamped with who and when. */
export function beginWriteUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const plan = context.plan!;
  const record: ServicePlan = { ...plan, version: context.saved?.version ?? 0, updatedAt: context.now().toISOString(), updatedBy: context.currentUser.id };
  return {
    writing: { plan: record, actions: context.pendingActions, snapshots: context.pendingSnapshots, source: plan },
    pendingActions: [],
    pendingSnapshots: [],
    saveImmediately: false,
    error: undefined,
  };
}

/** Puts back what a failed write carried, so the next attempt writes it again: nothing is dropped. */
export function restorePending(context: ServicePlanContext): Partial<ServicePlanContext> {
  return {
    pendingActions: [...(context.writing?.actions ?? []), ...context.pendingActions],
    pendingSnapshots: [...(context.writing?.snapshots ?? []), ...context.pendingSnapshots],
    writing: undefined,
  };
}

export function adoptSavedUpdate(context: ServicePlanContext, stored: ServicePlan, revisions: ServicePlanRevision[] | undefined): Partial<ServicePlanContext> {
  const editedMeanwhile = context.plan !== context.writing?.source;
  const plan = editedMeanwhile ? { ...context.plan!, version: stored.version, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } : stored;
  return { saved: stored, plan, writing: undefined, revisions: revisions ?? context.revisions, error: undefined, mergeConflicts: [] };
}

/** After a conflict: keep my plan, written over theirs (theirs stays in the record's history). */
export function keepMineUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const theirs = context.conflict?.theirs;
  return { saved: theirs, conflict: undefined, saveImmediately: true, pendingActions: [...context.pendingActions, 'plan.conflict-kept-mine'] };
}

/** After a conflict: take theirs; my plan stays one UNDO away. */
export function takeTheirsUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const theirs = context.conflict?.theirs;
  const mine = context.conflict?.mine;
  if (!theirs || !mine) return {};
  return {
    plan: theirs,
    saved: theirs,
    past: [...context.past, mine].slice(-UNDO_LIMIT),
    future: [],
    conflict: undefined,
    pendingActions: [],
    pendingSnapshots: [],
    violations: violationsOf(context, theirs),
    error: undefined,
  };
}

/** After a conflict: a three-way merge from the version both started at; where both changed a field, mine is kept. */
export function mergeUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const theirs = context.conflict?.theirs;
  const mine = context.conflict?.mine;
  const base = context.saved;
  if (!theirs || !mine || !base) return {};
  const { plan, conflicts } = mergePlans(base, mine, theirs);
  const merged = { ...plan, version: theirs.version, createdAt: theirs.createdAt, updatedAt: theirs.updatedAt, updatedBy: theirs.updatedBy };
  return {
    plan: merged,
    saved: theirs,
    past: [...context.past, mine].slice(-UNDO_LIMIT),
    future: [],
    conflict: undefined,
    mergeConflicts: conflicts,
    saveImmediately: true,
    pendingActions: [...context.pendingActions, 'plan.conflict-merged'],
    violations: violationsOf(context, merged),
  };
}
