import * as z from 'zod/mini';
import { IdSchema } from '../../record.js';
import { violation, type Violation } from '../../shared/violation.js';
import { ParticipantRoleSchema, ageOn, type CaseParticipant } from '../../participant.js';
import type { Approval, ApprovalExemption, ServicePlanContent } from '../plan.js';

/**
 * Who must approve a plan before it becomes active. The host configures it; by default every
 * parent or guardian on the plan, and every child or youth aged 12 or more on the day.
 */
export const ApprovalPolicySchema = z.object({
  /** Plan members with these roles must approve, whatever their age. */
  requiredRoles: z.array(ParticipantRoleSchema),
  /** Plan members with these roles must approve once they reach `minimumAge`. */
  ageRequiredRoles: z.array(ParticipantRoleSchema),
  minimumAge: z.number().check(z.int(), z.minimum(0), z.maximum(30)),
  /** Of `ageRequiredRoles`, those who must approve when their birth date is unknown (a youth is presumed 12+). */
  ageUnknownRequiredRoles: z.array(ParticipantRoleSchema),
  /** Named people who must approve in any case (an attorney, the CASA volunteer). */
  alsoRequiredParticipantIds: z.array(IdSchema),
});
export type ApprovalPolicy = z.infer<typeof ApprovalPolicySchema>;

export const defaultApprovalPolicy: ApprovalPolicy = {
  requiredRoles: ['parent', 'guardian'],
  ageRequiredRoles: ['child', 'youth'],
  minimumAge: 12,
  ageUnknownRequiredRoles: ['youth'],
  alsoRequiredParticipantIds: [],
};

function mustApprove(participant: CaseParticipant, policy: ApprovalPolicy, today: string): boolean {
  if (policy.alsoRequiredParticipantIds.includes(participant.id)) return true;
  if (policy.requiredRoles.includes(participant.role)) return true;
  if (!policy.ageRequiredRoles.includes(participant.role)) return false;
  const age = ageOn(participant.birthDate, today);
  return age === undefined ? policy.ageUnknownRequiredRoles.includes(participant.role) : age >= policy.minimumAge;
}

type ApprovalFacts = Pick<ServicePlanContent, 'participantIds' | 'approvals' | 'approvalExemptions'>;

/** The plan's recorded exemptions (none on plans stored before exemptions existed). */
export function exemptionsOf(plan: Pick<ServicePlanContent, 'approvalExemptions'>): readonly ApprovalExemption[] {
  return plan.approvalExemptions ?? [];
}

/** The exemption recorded for this person, if any. */
export function exemptionFor(plan: Pick<ServicePlanContent, 'approvalExemptions'>, participantId: string): ApprovalExemption | undefined {
  return exemptionsOf(plan).find((exemption) => exemption.participantId === participantId);
}

/** The plan members whose approval the policy requires on `today`, in plan order (an exempted person is not asked). */
export function requiredApprovers(
  plan: Pick<ServicePlanContent, 'participantIds' | 'approvalExemptions'>,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): CaseParticipant[] {
  const ids = [...new Set([...plan.participantIds, ...policy.alsoRequiredParticipantIds])];
  return ids.flatMap((id) => {
    const participant = participants.find((candidate) => candidate.id === id);
    return participant && !exemptionFor(plan, id) && mustApprove(participant, policy, today) ? [participant] : [];
  });
}

/** Roles that make someone a parent or legal guardian of the child for the purposes of a case plan. */
export const parentRoles: readonly CaseParticipant['role'][] = ['parent', 'guardian'];

/** The plan members who are a parent or legal guardian of the child. */
export function parentMembers(plan: Pick<ServicePlanContent, 'participantIds'>, participants: readonly CaseParticipant[]): CaseParticipant[] {
  return participants.filter((participant) => parentRoles.includes(participant.role) && plan.participantIds.includes(participant.id));
}

/**
 * A child-welfare case plan is made with the child's parents or guardians: at least one of them is a
 * plan member, unless an exemption says why none can take part. Checked before the plan is submitted.
 */
export function parentMembershipViolations(
  plan: Pick<ServicePlanContent, 'planKind' | 'participantIds' | 'approvalExemptions'>,
  participants: readonly CaseParticipant[],
): Violation[] {
  if (plan.planKind !== 'outcome') return [];
  if (parentMembers(plan, participants).length > 0 || exemptionsOf(plan).length > 0) return [];
  return [violation('plan.approval.parent-required', ['participantIds'])];
}

/**
 * Whatever agency policy adds, a case plan becomes active only once a parent or guardian on it has
 * approved, unless every parent or guardian on it has a recorded exemption (or, with none on the plan,
 * an exemption says why none can take part).
 */
export function parentApprovalViolations(
  plan: Pick<ServicePlanContent, 'planKind' | 'participantIds' | 'approvals' | 'approvalExemptions'>,
  participants: readonly CaseParticipant[],
): Violation[] {
  if (plan.planKind !== 'outcome') return [];
  const parents = parentMembers(plan, participants);
  if (parents.length === 0) return parentMembershipViolations(plan, participants);
  const askable = parents.filter((parent) => !exemptionFor(plan, parent.id));
  if (askable.length === 0) return [];
  const latest = latestDecisions(plan.approvals);
  if (askable.some((parent) => latest.get(parent.id)?.decision === 'approved')) return [];
  return [violation('plan.approval.parent-approval-missing', ['approvals'], { names: askable.map((parent) => parent.name).join(', ') })];
}

/** Each participant's latest decision on the current revision (a later approval replaces a decline). */
export function latestDecisions(approvals: readonly Approval[]): Map<string, Approval> {
  const latest = new Map<string, Approval>();
  for (const approval of approvals) latest.set(approval.participantId, approval);
  return latest;
}

/** Required approvers who have not approved (yet, or who declined): "Waiting for approval from: Maria (mother)". */
export function missingApprovals(
  plan: ApprovalFacts,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): CaseParticipant[] {
  const latest = latestDecisions(plan.approvals);
  return requiredApprovers(plan, participants, policy, today).filter((participant) => latest.get(participant.id)?.decision !== 'approved');
}

/** The missing approvals as Violations, for a guard or a list of what blocks activation. */
export function approvalViolations(
  plan: ApprovalFacts & Pick<ServicePlanContent, 'planKind'>,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): Violation[] {
  const missing = missingApprovals(plan, participants, policy, today);
  const parentRule = parentApprovalViolations(plan, participants);
  // A parent listed as missing already says what the case-plan rule would say again.
  const parentListed = missing.some((participant) => parentRoles.includes(participant.role));
  return [
    ...missing.map((participant) => violation('plan.approval.missing', ['approvals'], { participantId: participant.id, name: participant.name })),
    ...(parentListed ? parentRule.filter((found) => found.code !== 'plan.approval.parent-approval-missing') : parentRule),
  ];
}

/**
 * Whose signature the printed plan asks for: every approver the policy requires on `today` and everyone
 * who recorded a decision on this revision, in plan order (an exempted person is not asked to sign).
 */
export function signatories(
  plan: ApprovalFacts,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): CaseParticipant[] {
  const required = new Set(requiredApprovers(plan, participants, policy, today).map((participant) => participant.id));
  const decided = new Set(plan.approvals.map((approval) => approval.participantId));
  const ids = [...new Set([...plan.participantIds, ...policy.alsoRequiredParticipantIds])];
  return ids.flatMap((id) => {
    const participant = participants.find((candidate) => candidate.id === id);
    return participant && (required.has(id) || decided.has(id)) ? [participant] : [];
  });
}
