/*
 * The plan machine's context: how it starts, and what every update reads from it (today, the lifecycle's
 * context, the plan's violations). The updates themselves are each in a file of one job: edits and status
 * steps (edit-updates.ts), writes and hand-overs (write-updates.ts), conflicts (conflict-updates.ts) and
 * carrying edits over a storage switch (carry-updates.ts). Keeping them apart keeps machine.ts a readable map of states.
 */
import type { Violation } from '../../model/shared/violation.js';
import { calendarDateOf } from '../../model/shared/calendar.js';
import type { LifecycleContext } from '../../model/service-plan/lifecycle.js';
import type { ServicePlan } from '../../model/service-plan/plan.js';
import { validatePlan } from '../../model/service-plan/rules/validate.js';
import type { ServicePlanContext, ServicePlanMachineInput } from './types.js';
import { newRecordId } from '../shared/record-id.js';

/** How many plans undo keeps. */
export const UNDO_LIMIT = 100;
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

