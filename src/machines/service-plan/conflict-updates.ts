/*
 * Context updates of conflicts with a save made elsewhere: the conflict itself (on a write, or on a field I was
 * typing), merging theirs in without asking when nothing clashes, a side chosen per field, a resolution, and the
 * conflict renewed against their newer save.
 */
import { applyEdit } from '../../model/service-plan/apply-edit.js';
import type { ConflictChoice, MergeResult } from '../../model/shared/three-way-merge.js';
import { clashRemains, cleanMerge as cleanRecordMerge, recordConflict, renewedConflict, resolvedMerge, sameRecordContent, withChoice, type RecordResolution } from '../shared/record-conflict.js';
import type { ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import type { PlanConflict, ServicePlanContext } from './types.js';
import { todayOf, UNDO_LIMIT, violationsOf } from './plan-context.js';
import { handedOverOnto } from './write-updates.js';

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

/**
 * Their newer save read while the conflict was open, when it leaves nothing to decide (`clashRemains`): the conflict
 * renewed against it and resolved at once, what only one side changed kept, written over their newest save (nothing
 * written when it already holds mine). Undefined while a clash remains.
 */
export function clearedConflictUpdate(context: ServicePlanContext, theirs: ServicePlan, revisions: ServicePlanRevision[]): Partial<ServicePlanContext> | undefined {
  const renewed = renewedConflictUpdate(context, theirs, revisions);
  if (clashRemains(renewed.conflict!)) return undefined;
  return { ...renewed, ...resolveUpdate({ ...context, ...renewed }, 'chosen') };
}

/** Records the side chosen for one conflicting field. */
export function chooseUpdate(context: ServicePlanContext, path: string, choice: ConflictChoice): Partial<ServicePlanContext> {
  return { conflict: withChoice(context.conflict, path, choice) };
}

