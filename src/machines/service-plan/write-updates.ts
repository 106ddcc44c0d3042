/*
 * Context updates of writing: what a write carries and whose it is (an earlier user's changes stay theirs,
 * `handedOver`), putting a failed write back, rebasing earlier users' changes onto a save made elsewhere,
 * and adopting what storage wrote.
 */
import { shareUnchanged } from '../../model/share-unchanged.js';
import { historyActions, planStepActions } from '../../model/history-actions.js';
import { threeWayMerge, type FieldConflict } from '../../model/shared/three-way-merge.js';
import { rebaseBatch } from '../../model/shared/rebase-batch.js';
import type { ServicePlan, ServicePlanRevision } from '../../model/service-plan/plan.js';
import type { AuthoredChanges, ServicePlanContext } from './types.js';
import type { CurrentUser } from '../shared/current-user.js';

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

