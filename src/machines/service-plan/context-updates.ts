/*
 * Pure context updates used by the machine's actions: each takes the context (and what arrived) and
 * returns the fields that change. Keeping them here keeps machine.ts a readable map of states.
 */
import { violation, type Violation } from '../../model/shared/violation.js';
import { applyEdit } from '../../model/service-plan/apply-edit.js';
import { shareUnchanged } from '../../model/share-unchanged.js';
import { editAction } from '../../model/service-plan/edits.js';
import { historyActions, planStepActions } from '../../model/history-actions.js';
import { calendarDateOf } from '../../model/shared/calendar.js';
import { recordApproval, recordExemption, removeExemption, revisionSnapshot, transitionPlan, type LifecycleContext, type PlanTransition, type TransitionResult } from '../../model/service-plan/lifecycle.js';
import { threeWayMerge, type ConflictChoice, type FieldConflict, type MergeResult } from '../../model/shared/three-way-merge.js';
import { rebaseBatch } from '../../model/shared/rebase-batch.js';
import { cleanMerge as cleanRecordMerge, recordConflict, renewedConflict, resolvedMerge, sameRecordContent, withChoice, type RecordResolution } from '../shared/record-conflict.js';
import type { RevisionReason, ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import { validatePlan } from '../../model/service-plan/rules/validate.js';
import type { AuthoredChanges, CarriedPlan, PlanConflict, ServicePlanContext, ServicePlanMachineInput, LifecycleEvent } from './types.js';
import type { CurrentUser } from '../shared/current-user.js';
import { newRecordId } from '../shared/record-id.js';
import { abandonRevision } from '../../model/service-plan/abandon-revision.js';
import { setAsideWhole, type SetAsideVersion } from '../../model/set-aside.js';

/** The plan's record kind (as actors.ts writes it). */
const PLAN_RECORD_KIND = 'servicePlan';

const UNDO_LIMIT = 100;
export const DEFAULT_AUTOSAVE_DELAY_MS = 800;

export function initialContext(input: ServicePlanMachineInput): ServicePlanContext {
  return {
    storage: input.storage,
    caseId: input.caseId,
    planKind: input.planKind,
    planId: input.planId,
    storeWhenWritten: input.storeWhenWritten ?? false,
    unstored: false,
    currentUser: input.currentUser,
    participants: input.participants,
    catalog: input.catalog,
    approvalPolicy: input.approvalPolicy,
    primaryClientId: input.primaryClientId,
    principalParticipantId: input.principalParticipantId,
    now: input.now,
    autosaveDelayMs: input.autosaveDelayMs ?? DEFAULT_AUTOSAVE_DELAY_MS,
    createId: input.createId ?? newRecordId,
    plan: undefined,
    saved: undefined,
    past: [],
    future: [],
    violations: [],
    rejected: [],
    pendingActions: [],
    pendingSnapshots: [],
    handedOver: [],
    saveImmediately: false,
    writing: undefined,
    conflict: undefined,
    mergedFromTheirs: [],
    error: undefined,
    revisions: [],
    carry: input.carry,
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

// Actions that say more about a write than the edits it also carries: status steps and conflict resolutions.
const namedSteps = new Set<string>([
  ...Object.values(planStepActions),
  historyActions.plan.approved,
  historyActions.plan.declined,
  historyActions.plan.exemptionRecorded,
  historyActions.plan.exemptionRemoved,
  historyActions.plan.conflictKeptMine,
  historyActions.plan.conflictMerged,
  historyActions.plan.revisionAbandoned,
]);

/** The history action of a write grouping several changes: the last status step or resolution if any, else the one edit, else 'plan.edited'. */
export function writeAction(actions: readonly string[]): { action: string; comment: string | undefined } {
  const step = [...actions].reverse().find((action) => namedSteps.has(action));
  const distinct = [...new Set(actions)];
  const action = step ?? (distinct.length === 1 ? distinct[0]! : 'plan.edited');
  return { action, comment: actions.length > 1 ? actions.join(' ') : undefined };
}

/**
 * The current user changes to `next` (another signed in, or the user signed out): what the leaving user changed and
 * is not yet written stays theirs, kept apart (`handedOver`) so the next user's changes never join it.
 */
export function handOverUpdate(context: ServicePlanContext, next: CurrentUser): Partial<ServicePlanContext> {
  const unwritten = context.pendingActions.length > 0 || context.pendingSnapshots.length > 0;
  // An open conflict holds every change it met: its resolution is written as whoever resolves it (they decided it; the
  // documented rule). Earlier users' changes that merged cleanly wait apart and are still written first, as them.
  if (next.id === context.currentUser.id || !context.plan || !unwritten || context.conflict) return {};
  const left: AuthoredChanges = { plan: context.plan, actions: context.pendingActions, snapshots: context.pendingSnapshots, author: context.currentUser };
  return { handedOver: inOrder([...context.handedOver, left]), pendingActions: [], pendingSnapshots: [] };
}

/** Changes of one author following each other are one write (the later plan holds the earlier changes). */
function inOrder(changes: readonly AuthoredChanges[]): AuthoredChanges[] {
  const joined: AuthoredChanges[] = [];
  for (const next of changes) {
    const last = joined.at(-1);
    if (last && last.author.id === next.author.id) joined[joined.length - 1] = { plan: next.plan, actions: [...last.actions, ...next.actions], snapshots: [...last.snapshots, ...next.snapshots], author: next.author };
    else joined.push(next);
  }
  return joined;
}

/**
 * Moves what is to be written next into the write about to start, stamped with when and who made it: an earlier
 * user's changes first (`handedOver`, as that user), else what is pending (as the current user).
 */
export function beginWriteUpdate(context: ServicePlanContext): Partial<ServicePlanContext> {
  const stamp = (plan: ServicePlan, author: CurrentUser): ServicePlan => ({ ...plan, version: context.saved?.version ?? 0, updatedAt: context.now().toISOString(), updatedBy: author.id });
  const [earliest, ...later] = context.handedOver;
  if (earliest) {
    // The working plan (the next user's changes on top) and saveImmediately wait for the write after this one.
    return { writing: { plan: stamp(earliest.plan, earliest.author), actions: earliest.actions, snapshots: earliest.snapshots, source: earliest.plan, author: earliest.author }, handedOver: later, error: undefined };
  }
  const plan = context.plan!;
  const author = context.currentUser;
  return {
    writing: { plan: stamp(plan, author), actions: context.pendingActions, snapshots: context.pendingSnapshots, source: plan, author },
    pendingActions: [],
    pendingSnapshots: [],
    saveImmediately: false,
    error: undefined,
  };
}

/**
 * Puts back what a failed write carried, so the next attempt writes it again: nothing is dropped. Written by a user
 * who has gone since (or ahead of another's changes), it is put back first among the earlier users' changes, so a
 * retry still names its author.
 */
export function restorePending(context: ServicePlanContext): Partial<ServicePlanContext> {
  const writing = context.writing;
  if (writing && (writing.author.id !== context.currentUser.id || context.handedOver.length > 0)) {
    const back: AuthoredChanges = { plan: writing.source, actions: writing.actions, snapshots: writing.snapshots, author: writing.author };
    return { handedOver: inOrder([back, ...context.handedOver]), writing: undefined };
  }
  return {
    pendingActions: [...(writing?.actions ?? []), ...context.pendingActions],
    pendingSnapshots: [...(writing?.snapshots ?? []), ...context.pendingSnapshots],
    writing: undefined,
  };
}

/**
 * Earlier users' changes met by a save made elsewhere (`theirs`, stored over `base`), with `update` applied: each that
 * merges onto theirs stays its author's, rebased on theirs (written first, as them, never on a stale base), a field
 * whose value a later change took back keeping theirs (`rebaseBatch`); from the first that meets a change of theirs
 * the plan as it stands still conflicts with (`latestConflicts`, by default the working plan's from `base`), they join
 * the current user's pending changes (the conflict they resolve). A later batch holds the earlier ones' changes, so
 * none after a conflicting one can be written on its own. Without theirs (gone) every one joins.
 */
export function handedOverOnto(
  context: ServicePlanContext,
  base: ServicePlan | undefined,
  theirs: ServicePlan | undefined,
  update: Partial<ServicePlanContext>,
  latestConflicts: readonly FieldConflict[] = base && theirs && context.plan ? threeWayMerge(base, context.plan, theirs).conflicts : [],
): Partial<ServicePlanContext> {
  const rebased: AuthoredChanges[] = [];
  for (const made of theirs ? context.handedOver : []) {
    const result = rebaseBatch(base ?? theirs!, made.plan, theirs!, latestConflicts);
    if (!result) break;
    rebased.push({ ...made, plan: { ...result.merged, version: theirs!.version } });
  }
  const joined = context.handedOver.slice(rebased.length);
  return {
    ...update,
    handedOver: rebased,
    pendingActions: [...joined.flatMap((changes) => changes.actions), ...(update.pendingActions ?? context.pendingActions)],
    pendingSnapshots: [...joined.flatMap((changes) => changes.snapshots), ...(update.pendingSnapshots ?? context.pendingSnapshots)],
  };
}

export function adoptSavedUpdate(context: ServicePlanContext, stored: ServicePlan, revisions: ServicePlanRevision[] | undefined): Partial<ServicePlanContext> {
  const editedMeanwhile = context.plan !== context.writing?.source;
  // Storage hands back a whole copy of what it wrote: its unchanged parts are the working copy's own
  // objects again (one plan in memory, not two, and an unchanged item keeps its identity for the view).
  // Safe to share: an edit never changes an object in place, it copies (applyEdit).
  const adopted = shareUnchanged(context.writing?.source ?? context.plan, stored);
  const plan = editedMeanwhile ? { ...context.plan!, version: adopted.version, updatedAt: adopted.updatedAt, updatedBy: adopted.updatedBy } : adopted;
  return { saved: adopted, plan, writing: undefined, revisions: revisions ?? context.revisions, error: undefined };
}

/**
 * A conflict between my plan and theirs, field by field from the version both started at (`base`).
 * `stored` is what a resolution is written over: theirs, or, for a field changed while I typed it, the
 * last saved plan.
 */
export function planConflict(mine: ServicePlan, theirs: ServicePlan | undefined, base: ServicePlan | undefined, stored: ServicePlan | undefined = theirs): PlanConflict {
  return recordConflict(mine, theirs, base, stored);
}

/** Theirs merged into my unsaved plan without asking: only when no field was changed on both sides. */
export function cleanMerge(context: ServicePlanContext, theirs: ServicePlan | undefined): MergeResult<ServicePlan> | undefined {
  return cleanRecordMerge(context.saved, context.plan, theirs);
}

/** Whether the field I just typed in (`before` = the value it had when I began) was changed meanwhile: a conflict on it. */
export function typedFieldConflict(context: ServicePlanContext, edit: unknown, before: unknown): PlanConflict | undefined {
  const current = context.plan;
  if (!current || context.conflict || before === undefined) return undefined;
  const env = { today: todayOf(context), newId: context.createId };
  const start = applyEdit(current, before, env);
  if (!start.ok || !start.changed) return undefined; // unchanged since I began typing
  const mine = applyEdit(current, edit, env);
  if (!mine.ok || !mine.changed) return undefined;
  const conflict = planConflict(mine.plan, current, start.plan, context.saved);
  return conflict.fields.length > 0 ? conflict : undefined;
}

const resolutionAction: Record<RecordResolution, string> = { 'keep-mine': 'plan.conflict-kept-mine', 'take-theirs': 'plan.conflict-merged', chosen: 'plan.conflict-merged' };

/** The resolution leaves the stored plan as it is: nothing to write. */
export function resolutionUnchanged(conflict: PlanConflict | undefined, resolution: RecordResolution): boolean {
  const result = conflict && resolvedMerge(conflict, resolution);
  return result !== undefined && sameRecordContent(result.merged, conflict!.stored);
}

/** The working plan after a merge: undo brings mine back; written at once unless nothing changed. */
export function mergedUpdate(context: ServicePlanContext, mine: ServicePlan, stored: ServicePlan | undefined, result: MergeResult<ServicePlan>, action: string | undefined): Partial<ServicePlanContext> {
  return {
    plan: result.merged,
    saved: stored ?? context.saved,
    past: [...context.past, mine].slice(-UNDO_LIMIT),
    future: [],
    conflict: undefined,
    mergedFromTheirs: result.fromTheirs,
    saveImmediately: action !== undefined,
    pendingActions: action ? [...context.pendingActions, action] : [],
    pendingSnapshots: action ? context.pendingSnapshots : [],
    violations: violationsOf(context, result.merged),
    rejected: [],
    error: undefined,
  };
}

/** Theirs merged in without asking (see `cleanMerge`). */
export function autoMergeUpdate(context: ServicePlanContext, theirs: ServicePlan | undefined): Partial<ServicePlanContext> {
  const result = cleanMerge(context, theirs);
  if (!result) return {};
  // Earlier users' changes are merged onto theirs too, still each its author's; one meeting theirs joins the merge.
  const update = handedOverOnto(context, context.saved, theirs, mergedUpdate(context, context.plan!, theirs, result, 'plan.conflict-merged'));
  const lastHandedOver = update.handedOver!.at(-1);
  const ownChanges = context.pendingActions.length > 0 || context.pendingSnapshots.length > 0 || update.handedOver!.length < context.handedOver.length;
  // Only earlier users changed anything: their writes are the whole merge; none is added for the current user, who changed nothing.
  if (lastHandedOver && !ownChanges) return { ...update, plan: lastHandedOver.plan, pendingActions: [], saveImmediately: false, violations: violationsOf(context, lastHandedOver.plan) };
  return update;
}

/** A resolution of the open conflict; `write` false when it leaves the stored plan as it is. */
export function resolveUpdate(context: ServicePlanContext, resolution: RecordResolution): Partial<ServicePlanContext> {
  const conflict = context.conflict;
  if (!conflict) return {};
  const result = resolvedMerge(conflict, resolution);
  if (!result) {
    // Theirs is gone: keeping mine writes it again (its history is kept).
    return resolution === 'keep-mine' ? { saved: undefined, conflict: undefined, saveImmediately: true, pendingActions: [...context.pendingActions, resolutionAction[resolution]] } : {};
  }
  const unchanged = sameRecordContent(result.merged, conflict.stored);
  return mergedUpdate(context, conflict.mine, conflict.stored, result, unchanged ? undefined : resolutionAction[resolution]);
}

/**
 * Their newer save (`theirs`) read while the conflict was open: the conflict is shown and resolved against it. In a
 * conflict on a field I was typing, the plan under the panel was their earlier save and is now their newest; earlier
 * users' changes kept apart are rebased onto it (or join the conflict), as on any save made elsewhere.
 */
export function renewedConflictUpdate(context: ServicePlanContext, theirs: ServicePlan, revisions: ServicePlanRevision[]): Partial<ServicePlanContext> {
  const open = context.conflict!;
  const conflict = renewedConflict(open, theirs);
  const plan = context.plan === open.theirs ? theirs : context.plan;
  return { ...handedOverOnto(context, open.stored, theirs, {}, conflict.fields), conflict, plan, revisions, violations: violationsOf(context, plan) };
}

/** Records the side chosen for one conflicting field. */
export function chooseUpdate(context: ServicePlanContext, path: string, choice: ConflictChoice): Partial<ServicePlanContext> {
  return { conflict: withChoice(context.conflict, path, choice) };
}

/**
 * Unsaved edits carried over from the previous storage, re-applied on the plan read from this one
 * (`loaded`; `absent` when this storage does not hold it) through the three-way merge from the version
 * they started at. `write`: merged (or the plan is new here), written now; `conflict`: a field both
 * changed, shown field by field; `nothing`: this storage already holds what the edits made.
 */
export function carriedPlanUpdate(
  context: ServicePlanContext,
  loaded: { plan: ServicePlan; revisions: ServicePlanRevision[]; absent?: boolean },
): { outcome: 'write' | 'conflict' | 'nothing'; update: Partial<ServicePlanContext> } {
  const carry = context.carry!;
  const common = { planId: loaded.plan.id, revisions: loaded.revisions, carry: undefined, error: undefined };
  // Earlier users' changes carried with it stay each its author's (written first, as them).
  const handedOver = carry.handedOver ?? [];
  if (loaded.absent) {
    const plan = { ...carry.plan, version: 0 };
    return {
      outcome: 'write',
      update: { ...common, plan, saved: undefined, pendingActions: carry.pendingActions, handedOver: handedOver.map((made) => ({ ...made, plan: { ...made.plan, version: 0 } })), saveImmediately: true, violations: violationsOf(context, plan) },
    };
  }
  const theirs = loaded.plan;
  const base = carry.base ?? theirs;
  const result = threeWayMerge(base, carry.plan, theirs);
  const onto = (update: Partial<ServicePlanContext>) => handedOverOnto({ ...context, handedOver }, carry.handedOverBase ?? carry.base, theirs, update, result.conflicts);
  if (result.conflicts.length > 0) {
    const conflict = planConflict(carry.plan, theirs, base);
    return { outcome: 'conflict', update: onto({ ...common, plan: carry.plan, saved: base, pendingActions: carry.pendingActions, conflict, violations: violationsOf(context, carry.plan) }) };
  }
  const plan = { ...result.merged, version: theirs.version };
  if (sameRecordContent(plan, theirs)) return { outcome: 'nothing', update: { ...common, plan: theirs, saved: theirs, violations: violationsOf(context, theirs) } };
  const update: Partial<ServicePlanContext> = { ...common, plan, saved: theirs, mergedFromTheirs: result.fromTheirs, pendingActions: carry.pendingActions, saveImmediately: true, violations: violationsOf(context, plan) };
  return { outcome: 'write', update: onto(update) };
}

/**
 * What goes to the next storage (the machine's `carry` input there): the working plan (mine, in a conflict) with the
 * version it started from, and what is not yet written, the write in flight put back where it came from (an earlier
 * user's changes stay theirs). Batches rebased onto a save made elsewhere (an open conflict) carry that save as theirs.
 */
export function carriedPlanOf(context: ServicePlanContext): CarriedPlan | undefined {
  if (!context.plan) return undefined;
  const unwritten = { ...context, ...restorePending(context) };
  const conflict = context.conflict;
  const handedOverBase = conflict && unwritten.handedOver.length > 0 ? conflict.stored : undefined;
  return {
    plan: conflict?.mine ?? context.plan,
    base: conflict ? conflict.base : context.saved,
    pendingActions: unwritten.pendingActions,
    ...(unwritten.handedOver.length > 0 ? { handedOver: unwritten.handedOver } : {}),
    ...(handedOverBase ? { handedOverBase } : {}),
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
