import * as z from 'zod/mini';
import { IdSchema } from '../../record.js';
import { violation, type Violation } from '../../violation.js';
import { ParticipantRoleSchema, ageOn, type CaseParticipant } from '../../participant.js';
import type { Approval, ServicePlanContent } from '../plan.js';

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

/** The plan members whose approval the policy requires on `today`, in plan order. */
export function requiredApprovers(
  plan: Pick<ServicePlanContent, 'participantIds'>,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): CaseParticipant[] {
  const ids = [...new Set([...plan.participantIds, ...policy.alsoRequiredParticipantIds])];
  return ids.flatMap((id) => {
    const participant = participants.find((candidate) => candidate.id === id);
    return participant && mustApprove(participant, policy, today) ? [participant] : [];
  });
}

/** Each participant's latest decision on the current revision (a later approval replaces a decline). */
export function latestDecisions(approvals: readonly Approval[]): Map<string, Approval> {
  const latest = new Map<string, Approval>();
  for (const approval of approvals) latest.set(approval.participantId, approval);
  return latest;
}

/** Required approvers who have not approved (yet, or who declined): "Waiting for approval from: Maria (mother)". */
export function missingApprovals(
  plan: Pick<ServicePlanContent, 'participantIds' | 'approvals'>,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): CaseParticipant[] {
  const latest = latestDecisions(plan.approvals);
  return requiredApprovers(plan, participants, policy, today).filter((participant) => latest.get(participant.id)?.decision !== 'approved');
}

/** The missing approvals as Violations, for a guard or a list of what blocks activation. */
export function approvalViolations(
  plan: Pick<ServicePlanContent, 'participantIds' | 'approvals'>,
  participants: readonly CaseParticipant[],
  policy: ApprovalPolicy = defaultApprovalPolicy,
  today: string,
): Violation[] {
  return missingApprovals(plan, participants, policy, today).map((participant) =>
    violation('plan.approval.missing', ['approvals'], { participantId: participant.id, name: participant.name }),
  );
}
