/*
 * Context updates of a storage switch: what goes to the next storage (unsaved edits, earlier users' changes,
 * an open conflict's side), and how the next storage's machine re-applies it on the plan it reads there.
 */
import { threeWayMerge } from '../../model/shared/three-way-merge.js';
import { sameRecordContent } from '../shared/record-conflict.js';
import type { ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import type { CarriedPlan, ServicePlanContext } from './types.js';
import { violationsOf } from './plan-context.js';
import { handedOverOnto, restorePending } from './write-updates.js';
import { planConflict } from './conflict-updates.js';

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

