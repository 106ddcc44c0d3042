import { violation, type Violation } from '../shared/violation.js';
import type { CaseParticipant } from '../participant.js';
import type { CatalogEntry } from '../catalog.js';
import type { ApprovalDecision, ApprovalExemptionReason, ApprovalMethod, PlanStatus, Recorder, RevisionReason, ServicePlan, ServicePlanContent, ServicePlanRevision } from './plan.js';
import { revisionRecordId } from './plan.js';
import { approvalViolations, defaultApprovalPolicy, exemptionFor, exemptionsOf, parentMembershipViolations, type ApprovalPolicy } from './rules/approvals.js';
import { submitReadiness } from './rules/readiness.js';
import { validatePlan } from './rules/validate.js';
import { longerThan, TEXT_LIMITS } from '../shared/text.js';
import { planStepActions } from '../history-actions.js';

/** The steps of a plan's life. Each names the statuses it starts from and the one it leads to. */
export const planTransitions = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  activate: { from: ['submitted'], to: 'active' },
  'start-revision': { from: ['active'], to: 'under-review' },
  'complete-revision': { from: ['under-review'], to: 'active' },
  complete: { from: ['active'], to: 'completed' },
  close: { from: ['active'], to: 'closed' },
  cancel: { from: ['draft', 'submitted', 'active', 'under-review'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly PlanStatus[]; to: PlanStatus }>;
export type PlanTransition = keyof typeof planTransitions;

export interface LifecycleContext {
  participants: readonly CaseParticipant[];
  policy?: ApprovalPolicy;
  catalog?: readonly CatalogEntry[];
  /** Today's calendar date (YYYY-MM-DD), stamped on approvals and status dates. */
  today: string;
  /** validatePlan's answer for this plan with these participants and catalog, when the caller has it (saves validating a large plan again). */
  violations?: readonly Violation[];
  /** The signed-in user recording the step, and the case participant they are, if they are one. */
  recorder?: Recorder & { participantId?: string };
  /** The instant the step is recorded (ISO 8601). */
  at?: string;
}

export type TransitionResult<T extends ServicePlanContent> = { ok: true; plan: T; action: string } | { ok: false; violations: Violation[] };

function wrongStatus(plan: ServicePlanContent, transition: PlanTransition): Violation[] {
  const allowed: readonly PlanStatus[] = planTransitions[transition].from;
  return allowed.includes(plan.status) ? [] : [violation('plan.transition.not-allowed', ['status'], { status: plan.status, transition })];
}

/**
 * What stands between the plan and a step, as Violations the UI can list ("Waiting for approval from:
 * Maria"). Empty when the step can be taken now.
 */
export function transitionBlockers(plan: ServicePlanContent, transition: PlanTransition, context: LifecycleContext): Violation[] {
  const status = wrongStatus(plan, transition);
  if (status.length > 0) return status;
  const problems = () => context.violations ?? validatePlan(plan, { participants: context.participants, ...(context.catalog ? { catalog: context.catalog } : {}) });
  const approvals = () => approvalViolations(plan, context.participants, context.policy ?? defaultApprovalPolicy, context.today);
  switch (transition) {
    case 'submit':
      return [...submitReadiness(plan), ...parentMembershipViolations(plan, context.participants), ...problems()];
    case 'activate':
      return [...problems(), ...approvals()];
    case 'complete-revision':
      return [...submitReadiness(plan), ...problems(), ...approvals()];
    default:
      return [];
  }
}

export function canTransition(plan: ServicePlanContent, transition: PlanTransition, context: LifecycleContext): boolean {
  return transitionBlockers(plan, transition, context).length === 0;
}

/**
 * Takes a step of the plan's life: submit (approvals start afresh), withdraw, activate, start or
 * complete a revision, complete, close (with a reason), cancel. Refused with the blockers otherwise.
 */
export function transitionPlan<T extends ServicePlanContent>(
  plan: T,
  transition: PlanTransition,
  context: LifecycleContext,
  options: { closeReason?: string } = {},
): TransitionResult<T> {
  const blockers = transitionBlockers(plan, transition, context);
  if (blockers.length > 0) return { ok: false, violations: blockers };
  const next: T = { ...structuredClone(plan), status: planTransitions[transition].to };
  switch (transition) {
    case 'submit':
      next.approvals = [];
      break;
    case 'activate':
    case 'complete-revision':
      next.activatedOn = context.today;
      // The review clock of a plan with no review yet runs from its first activation, never from a revision.
      next.firstActivatedOn = plan.firstActivatedOn ?? (transition === 'activate' ? context.today : plan.activatedOn ?? context.today);
      break;
    case 'start-revision':
      next.revision = plan.revision + 1;
      next.approvals = [];
      break;
    case 'close': {
      const reason = (options.closeReason ?? '').trim();
      if (reason === '') return { ok: false, violations: [violation('plan.close-reason.missing', ['closeReason'])] };
      if (longerThan(reason, TEXT_LIMITS.medium)) return { ok: false, violations: [violation('value.too-long', ['closeReason'], { max: TEXT_LIMITS.medium })] };
      next.closeReason = reason;
      next.endedOn = context.today;
      break;
    }
    case 'complete':
    case 'cancel':
      next.endedOn = context.today;
      break;
    default:
      break;
  }
  return { ok: true, plan: next, action: planStepActions[transition] };
}

export interface ApprovalInput {
  participantId: string;
  decision: ApprovalDecision;
  comment?: string;
  /** How the decision was given; by default electronically when the signed-in user is that participant, else on paper in person. */
  method?: ApprovalMethod;
  /** Who witnessed a decision given by phone (required then). */
  witness?: string;
}

/** How a decision is taken as given when the caller does not say. */
export function defaultApprovalMethod(participantId: string, signedInParticipantId: string | undefined): ApprovalMethod {
  return signedInParticipantId === participantId ? 'electronic' : 'in-person-paper';
}

/** Why a decision cannot be recorded the way it was given: an electronic one by anyone but that person signed in, a phone one without a witness. */
function methodViolations(input: ApprovalInput, method: ApprovalMethod, recorder: LifecycleContext['recorder']): Violation[] {
  const witness = input.witness?.trim() ?? '';
  if (method === 'electronic' && recorder?.participantId !== input.participantId) {
    return [violation('plan.approval.electronic-by-other', ['approvals', 'method'], { participantId: input.participantId })];
  }
  if (method === 'phone-witnessed' && witness === '') return [violation('plan.approval.witness-required', ['approvals', 'witness'])];
  if (longerThan(witness, TEXT_LIMITS.title)) return [violation('value.too-long', ['approvals', 'witness'], { max: TEXT_LIMITS.title })];
  return [];
}

/**
 * Records a participant's decision on a submitted plan (or a plan under review). A decline needs a
 * comment saying why, and sends a submitted plan back to draft so the worker can rework it with the family.
 */
export function recordApproval<T extends ServicePlanContent>(plan: T, input: ApprovalInput, context: LifecycleContext): TransitionResult<T> {
  if (!acceptsDecisions(plan.status)) {
    return { ok: false, violations: [violation('plan.transition.not-allowed', ['status'], { status: plan.status, transition: 'approve' })] };
  }
  const participant = context.participants.find((candidate) => candidate.id === input.participantId);
  const policy = context.policy ?? defaultApprovalPolicy;
  if (!participant || (!plan.participantIds.includes(participant.id) && !policy.alsoRequiredParticipantIds.includes(participant.id))) {
    return { ok: false, violations: [violation('plan.approval.not-member', ['approvals'], { participantId: input.participantId })] };
  }
  const comment = input.comment?.trim() ?? '';
  if (input.decision === 'declined' && comment === '') return { ok: false, violations: [violation('plan.approval.comment-required', ['approvals', 'comment'])] };
  if (longerThan(comment, TEXT_LIMITS.medium)) return { ok: false, violations: [violation('value.too-long', ['approvals', 'comment'], { max: TEXT_LIMITS.medium })] };
  const method = input.method ?? defaultApprovalMethod(participant.id, context.recorder?.participantId);
  const refused = methodViolations(input, method, context.recorder);
  if (refused.length > 0) return { ok: false, violations: refused };
  const witness = method === 'phone-witnessed' ? input.witness?.trim() : undefined;
  const next = structuredClone(plan);
  next.approvals.push({
    participantId: participant.id,
    role: participant.role,
    decision: input.decision,
    date: context.today,
    ...(comment ? { comment } : {}),
    method,
    ...(witness ? { witness } : {}),
    ...(context.recorder ? { recordedBy: { id: context.recorder.id, name: context.recorder.name } } : {}),
    ...(context.at ? { recordedAt: context.at } : {}),
  });
  if (input.decision === 'declined' && plan.status === 'submitted') next.status = 'draft';
  return { ok: true, plan: next, action: input.decision === 'approved' ? 'plan.approved' : 'plan.declined' };
}

export interface ExemptionInput {
  id: string;
  /** The plan member who does not approve; absent when no parent or guardian of the child can take part at all. */
  participantId?: string;
  reason: ApprovalExemptionReason;
  note?: string;
}

const exemptionStatuses: readonly PlanStatus[] = ['draft', 'submitted', 'under-review'];

/** Whether the status lets a person not approving (and why) be recorded or removed: before the plan is active or while it is reviewed. */
export function acceptsExemptions(status: PlanStatus): boolean {
  return exemptionStatuses.includes(status);
}

/**
 * Records why someone whose approval would be required does not give it (whereabouts unknown, parental
 * rights terminated, declined to take part). The person is then no longer asked; who recorded it and
 * when are kept. One exemption per person; one without a person, on case plans only.
 */
export function recordExemption<T extends ServicePlanContent>(plan: T, input: ExemptionInput, context: LifecycleContext): TransitionResult<T> {
  if (!acceptsExemptions(plan.status)) {
    return { ok: false, violations: [violation('plan.transition.not-allowed', ['status'], { status: plan.status, transition: 'exempt' })] };
  }
  if (!context.recorder) return { ok: false, violations: [violation('plan.approval.recorder-unknown', ['approvalExemptions'])] };
  const policy = context.policy ?? defaultApprovalPolicy;
  if (input.participantId !== undefined) {
    const member = plan.participantIds.includes(input.participantId) || policy.alsoRequiredParticipantIds.includes(input.participantId);
    if (!member || !context.participants.some((candidate) => candidate.id === input.participantId)) {
      return { ok: false, violations: [violation('plan.approval.not-member', ['approvalExemptions', 'participantId'], { participantId: input.participantId })] };
    }
    if (exemptionFor(plan, input.participantId)) return { ok: false, violations: [violation('plan.approval.exemption-exists', ['approvalExemptions', 'participantId'])] };
  } else if (plan.planKind !== 'outcome' || exemptionsOf(plan).some((exemption) => exemption.participantId === undefined)) {
    return { ok: false, violations: [violation('plan.approval.exemption-needs-person', ['approvalExemptions', 'participantId'])] };
  }
  const note = input.note?.trim() ?? '';
  if (longerThan(note, TEXT_LIMITS.medium)) return { ok: false, violations: [violation('value.too-long', ['approvalExemptions', 'note'], { max: TEXT_LIMITS.medium })] };
  const next = structuredClone(plan);
  next.approvalExemptions = [
    ...exemptionsOf(plan),
    {
      id: input.id,
      ...(input.participantId !== undefined ? { participantId: input.participantId } : {}),
      reason: input.reason,
      ...(note ? { note } : {}),
      date: context.today,
      recordedBy: { id: context.recorder.id, name: context.recorder.name },
    },
  ];
  return { ok: true, plan: next, action: 'plan.approval-exemption-recorded' };
}

/** Takes a recorded exemption back: the person is asked to approve again. */
export function removeExemption<T extends ServicePlanContent>(plan: T, exemptionId: string): TransitionResult<T> {
  if (!acceptsExemptions(plan.status)) {
    return { ok: false, violations: [violation('plan.transition.not-allowed', ['status'], { status: plan.status, transition: 'exempt' })] };
  }
  if (!exemptionsOf(plan).some((exemption) => exemption.id === exemptionId)) return { ok: false, violations: [violation('plan.approval.exemption-not-found', ['approvalExemptions'])] };
  const next = structuredClone(plan);
  next.approvalExemptions = exemptionsOf(plan).filter((exemption) => exemption.id !== exemptionId);
  return { ok: true, plan: next, action: 'plan.approval-exemption-removed' };
}

/**
 * The record that keeps a superseded revision readable, made when revising starts. `at` is the
 * instant (ISO 8601) and `userId` who started the revision.
 */
export function revisionSnapshot(plan: ServicePlan, reason: RevisionReason, at: string, userId: string): ServicePlanRevision {
  return {
    id: revisionRecordId(plan.id, plan.revision),
    version: 0,
    createdAt: at,
    updatedAt: at,
    updatedBy: userId,
    planId: plan.id,
    caseId: plan.caseId,
    revision: plan.revision,
    reason,
    supersededAt: at,
    plan: structuredClone(plan),
  };
}

/** Statuses in which the family's decisions (approve, decline) are recorded: a submitted plan, a plan under review. */
const decisionStatuses: readonly PlanStatus[] = ['submitted', 'under-review'];

/** Whether approvals and declines can be recorded on a plan in this status. */
export function acceptsDecisions(status: PlanStatus): boolean {
  return decisionStatuses.includes(status);
}

/** The steps the status allows, in the order of `planTransitions` (whether the rules block one is `transitionBlockers`). */
export function availableTransitions(status: PlanStatus): PlanTransition[] {
  return (Object.keys(planTransitions) as PlanTransition[]).filter((transition) => (planTransitions[transition].from as readonly PlanStatus[]).includes(status));
}

/**
 * The step the plan is working towards, whose blockers the status summary lists: submitting a draft,
 * completing a review, otherwise activation (what a submitted plan waits for).
 */
export function nextPrimaryStep(status: PlanStatus): PlanTransition {
  if (status === 'draft') return 'submit';
  if (status === 'under-review') return 'complete-revision';
  return 'activate';
}
