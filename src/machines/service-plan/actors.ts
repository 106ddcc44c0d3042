import { fromPromise } from 'xstate';
import type { StorageAdapter } from '../../storage/adapter.js';
import { createDraftPlan } from '../../model/service-plan/create.js';
import { neverRevised, type PlanKind, type ServicePlan, type ServicePlanRevision } from '../../model/service-plan/plan.js';
import type { CurrentUser } from '../shared/current-user.js';
import { historyActions } from '../../model/history-actions.js';
import { internStrings } from '../../model/intern-strings.js';

export const PLAN_KIND = 'servicePlan';
export const REVISION_KIND = 'servicePlanRevision';

/** A plan that was asked for and is not in storage. */
class PlanNotFoundError extends Error {
  override readonly name = 'PlanNotFoundError';
  readonly code = 'plan.not-found';
}

async function listRevisions(storage: StorageAdapter, planId: string): Promise<ServicePlanRevision[]> {
  const { records } = await storage.list<ServicePlanRevision>(REVISION_KIND, { planId });
  return records.sort((a, b) => a.revision - b.revision);
}

export interface LoadInput {
  storage: StorageAdapter;
  planId: string | undefined;
  caseId: string;
  planKind: PlanKind;
  currentUser: CurrentUser;
  primaryClientId: string | undefined;
  principalParticipantId: string | undefined;
  createdAt: string;
  newId: string;
  /** A new plan is stored at once (true) or only with its first change (false: returned with `version` 0). */
  storeNew: boolean;
  /** Carried over from the previous storage: a plan this storage does not hold is reported `absent`, not refused. */
  carried?: ServicePlan | undefined;
}

/**
 * The stored plan and its earlier revisions, both asked for at once (opening waits for one storage round
 * trip, not two in a row). A plan that is not there is reported as such, whatever the revisions gave.
 */
async function readPlan(storage: StorageAdapter, planId: string): Promise<{ plan: ServicePlan; revisions: ServicePlanRevision[] }> {
  // The plan's read goes out first, so it is answered first (IndexedDB answers a connection's reads in order).
  const read = storage.get<ServicePlan>(PLAN_KIND, planId);
  const revisions = listRevisions(storage, planId);
  revisions.catch(() => undefined); // awaited below unless the plan is missing or never revised
  const plan = await read;
  if (!plan) throw new PlanNotFoundError(`No service plan ${planId}`);
  // A plan never activated has no revision to list: it opens without waiting for the list (issue 18).
  // The plan and its revisions as storage handed them back, each field a string of its own: held once.
  return internStrings({ plan, revisions: neverRevised(plan) ? [] : await revisions });
}

/** Opens the stored plan with its earlier revisions, or creates a new draft (stored at once if `storeNew`). */
export const loadPlan = fromPromise<{ plan: ServicePlan; revisions: ServicePlanRevision[]; created: boolean; absent?: boolean; unstored?: boolean }, LoadInput>(async ({ input }) => {
  if (input.planId !== undefined) {
    try {
      return { ...(await readPlan(input.storage, input.planId)), created: false };
    } catch (error) {
      // Carried over from the previous storage: a plan this storage does not hold is reported absent, not refused.
      if (error instanceof PlanNotFoundError && input.carried) return { plan: input.carried, revisions: [], created: false, absent: true };
      throw error;
    }
  }
  // A new plan not stored yet, carried from the previous storage with what was typed in it: still new here.
  if (!input.storeNew && input.carried) return { plan: { ...input.carried, version: 0 }, revisions: [], created: false, absent: true, unstored: true };
  const draft = createDraftPlan({
    id: input.newId,
    caseId: input.caseId,
    planKind: input.planKind,
    createdBy: input.currentUser.id,
    createdAt: input.createdAt,
    ...(input.primaryClientId !== undefined ? { primaryClientId: input.primaryClientId } : {}),
    ...(input.principalParticipantId !== undefined ? { principalParticipantId: input.principalParticipantId } : {}),
  });
  if (!input.storeNew) return { plan: draft, revisions: [], created: false, unstored: true };
  const plan = await input.storage.put(PLAN_KIND, draft, { action: historyActions.plan.created });
  return { plan, revisions: [], created: true };
});

export interface SaveInput {
  storage: StorageAdapter;
  plan: ServicePlan;
  snapshots: ServicePlanRevision[];
  action: string;
  comment: string | undefined;
  /** The stored plan, when the plan to write holds nothing it does not: nothing is written (no history entry that changes nothing). */
  unchanged?: ServicePlan;
}

/** Writes the plan (with any revision snapshots, all or nothing) carrying the version it was read at. */
export const savePlan = fromPromise<{ plan: ServicePlan; revisions: ServicePlanRevision[] | undefined }, SaveInput>(async ({ input }) => {
  if (input.unchanged) return { plan: input.unchanged, revisions: undefined };
  const options = { action: input.action, ...(input.comment !== undefined ? { comment: input.comment } : {}) };
  if (input.snapshots.length === 0) return { plan: await input.storage.put(PLAN_KIND, input.plan, options), revisions: undefined };
  const stored = await input.storage.transaction([
    ...input.snapshots.map((snapshot) => ({ kind: REVISION_KIND, record: snapshot, action: 'plan.revision-kept' })),
    { kind: PLAN_KIND, record: input.plan, ...options },
  ]);
  return { plan: stored.at(-1) as ServicePlan, revisions: await listRevisions(input.storage, input.plan.id) };
});

/** Reads the plan as stored now, with its revisions (after someone else changed it). */
export const fetchPlan = fromPromise<{ plan: ServicePlan; revisions: ServicePlanRevision[] }, { storage: StorageAdapter; planId: string }>(({ input }) => readPlan(input.storage, input.planId));
