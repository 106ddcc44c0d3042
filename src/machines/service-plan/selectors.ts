import type { SnapshotFrom } from 'xstate';
import type { Violation } from '../../model/shared/violation.js';
import type { CaseParticipant } from '../../model/participant.js';
import type { ServicePlan, PlanStatus, ServicePlanRevision } from '../../model/service-plan/plan.js';
import { missingApprovals } from '../../model/service-plan/rules/approvals.js';
import { submitReadiness } from '../../model/service-plan/rules/readiness.js';
import { transitionBlockers, type PlanTransition } from '../../model/service-plan/lifecycle.js';
import { overdueItems, overdueMilestones, planProgress, type OverdueItem, type PlanProgress } from '../../model/service-plan/progress.js';
import { nextReview, type NextReview } from '../../model/service-plan/review-schedule.js';
import { diffPlanRevisions, type PlanChange } from '../../model/service-plan/diff.js';
import type { Milestone } from '../../model/service-plan/plan.js';
import { editAllowed } from '../../model/service-plan/edit-permissions.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import type { FieldPath } from '../../model/shared/three-way-merge.js';
import { lifecycleContext, todayOf } from './plan-context.js';
import { lifecycleResult } from './edit-updates.js';
import type { servicePlanMachine } from './machine.js';
import type { LifecycleEvent, PlanConflict, SaveState } from './types.js';
import type { MachineError } from '../shared/machine-error.js';
import { selectorCache } from '../shared/selector-cache.js';

export type ServicePlanSnapshot = SnapshotFrom<typeof servicePlanMachine>;

/** Whether the plan is still loading, could not be opened, or is open. */
export function selectPhase(snapshot: ServicePlanSnapshot): 'loading' | 'load-failed' | 'ready' {
  if (snapshot.matches('loading')) return 'loading';
  if (snapshot.matches('loadFailed')) return 'load-failed';
  return 'ready';
}

const saveStates: readonly SaveState[] = ['idle', 'dirty', 'saving', 'saved', 'failed', 'conflict'];

/** Where the plan stands with storage; reading theirs after a remote change shows as 'saving'. */
export function selectSaveState(snapshot: ServicePlanSnapshot): SaveState | undefined {
  if (!snapshot.matches('ready')) return undefined;
  if (snapshot.matches({ ready: 'reloading' })) return 'saving';
  return saveStates.find((state) => snapshot.matches({ ready: state }));
}

/** The plan shown is not the plan as stored: an edit waits, is being written, failed, or meets someone else's save. */
export function selectUnsaved(snapshot: ServicePlanSnapshot): boolean {
  const state = selectSaveState(snapshot);
  return state === 'dirty' || state === 'saving' || state === 'failed' || state === 'conflict';
}

export const selectPlan = (snapshot: ServicePlanSnapshot): ServicePlan | undefined => snapshot.context.plan;
export const selectStatus = (snapshot: ServicePlanSnapshot): PlanStatus | undefined => snapshot.context.plan?.status;
/** Everything wrong with the plan now, each with the path of its field. */
export const selectViolations = (snapshot: ServicePlanSnapshot): Violation[] => snapshot.context.violations;
/** Why the last edit or step was refused (for a message next to the field the user just changed). */
export const selectRejected = (snapshot: ServicePlanSnapshot): Violation[] => snapshot.context.rejected;
export const selectCanUndo = (snapshot: ServicePlanSnapshot): boolean => snapshot.can({ type: 'UNDO' });
export const selectCanRedo = (snapshot: ServicePlanSnapshot): boolean => snapshot.can({ type: 'REDO' });
/** Earlier revisions, oldest first; the current one is the plan itself. */
export const selectRevisions = (snapshot: ServicePlanSnapshot): ServicePlanRevision[] => snapshot.context.revisions;
export const selectConflict = (snapshot: ServicePlanSnapshot): PlanConflict | undefined => snapshot.context.conflict;
/** Where the last merge took the other person's change without asking (to tell the user). */
export const selectMergedFromTheirs = (snapshot: ServicePlanSnapshot): readonly FieldPath[] => snapshot.context.mergedFromTheirs;
export const selectError = (snapshot: ServicePlanSnapshot): MachineError | undefined => snapshot.context.error;
/** Unsaved edits carried over from the previous storage wait, unstored, for this one to be read. */
export const selectCarriedWaiting = (snapshot: ServicePlanSnapshot): boolean => snapshot.context.carry !== undefined;
export const selectToday = (snapshot: ServicePlanSnapshot): string => todayOf(snapshot.context);

export function selectProgress(snapshot: ServicePlanSnapshot): PlanProgress | undefined {
  const plan = snapshot.context.plan;
  return plan ? planProgress(plan) : undefined;
}

/** Who still has to approve ("Waiting for approval from: Maria (mother)"). */
export function selectMissingApprovals(snapshot: ServicePlanSnapshot): CaseParticipant[] {
  const { plan, participants, approvalPolicy } = snapshot.context;
  return plan ? missingApprovals(plan, participants, approvalPolicy, selectToday(snapshot)) : [];
}

/** What a draft still lacks before it can be submitted. */
export function selectSubmitReadiness(snapshot: ServicePlanSnapshot): Violation[] {
  const plan = snapshot.context.plan;
  return plan ? submitReadiness(plan) : [];
}

/** What stands between the plan and a step (empty when the step can be taken). */
// The toolbar asks for the blockers of several steps on every render. The context already holds
// the plan's violations (kept with every new plan), so a large plan is not validated again; and the
// answer only changes with the plan (never mutated: each edit makes a new one) or the inputs, so the
// last answer per step is kept, with the plan (so each editor on a page keeps its own).
const lastBlockers = selectorCache<ServicePlan, Violation[]>();

export function selectBlockers(snapshot: ServicePlanSnapshot, transition: PlanTransition): Violation[] {
  const plan = snapshot.context.plan;
  if (!plan) return [];
  const lifecycle = { ...lifecycleContext(snapshot.context), violations: snapshot.context.violations };
  const inputs = [lifecycle.participants, lifecycle.catalog, lifecycle.policy, lifecycle.today, lifecycle.violations];
  return lastBlockers(plan, transition, inputs, () => transitionBlockers(plan, transition, lifecycle));
}

/** Whether an edit is allowed in the plan's current status (a submitted plan waits unchanged...). */
export function selectCanEdit(snapshot: ServicePlanSnapshot, edit: PlanEdit): boolean {
  const plan = snapshot.context.plan;
  return plan !== undefined && !snapshot.context.conflict && editAllowed(plan.status, edit);
}

export function selectOverdue(snapshot: ServicePlanSnapshot): { items: OverdueItem[]; milestones: Milestone[] } {
  const plan = snapshot.context.plan;
  if (!plan) return { items: [], milestones: [] };
  const today = selectToday(snapshot);
  return { items: overdueItems(plan, today), milestones: overdueMilestones(plan, today) };
}

export function selectNextReview(snapshot: ServicePlanSnapshot): NextReview | undefined {
  const plan = snapshot.context.plan;
  return plan ? nextReview(plan, selectToday(snapshot)) : undefined;
}

/**
 * What changed from revision `from` to revision `to` (the current plan when `to` is its revision).
 * Undefined when a revision is not known.
 */
export function selectRevisionChanges(snapshot: ServicePlanSnapshot, from: number, to: number): PlanChange[] | undefined {
  const { plan, revisions, participants } = snapshot.context;
  const find = (revision: number) => (plan && plan.revision === revision ? plan : revisions.find((entry) => entry.revision === revision)?.plan);
  const older = find(from);
  const newer = find(to);
  return older && newer ? diffPlanRevisions(older, newer, participants) : undefined;
}

/**
 * Why a status step or an approval would be refused now (empty when it would be taken): a decline
 * without a comment, a person who is not a plan member, a step the status does not allow. The machine
 * ignores a refused step; the UI shows this next to the button instead.
 */
export function selectLifecycleRefusal(snapshot: ServicePlanSnapshot, event: LifecycleEvent): Violation[] {
  const result = lifecycleResult(snapshot.context, event);
  return result && !result.ok ? result.violations : [];
}
