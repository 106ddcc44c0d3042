import { DEFAULT_REVIEW_INTERVAL_MONTHS, type PlanKind, type ServicePlan } from './plan.js';

export interface NewPlanInput {
  id: string;
  caseId: string;
  planKind: PlanKind;
  /** The user creating the plan. */
  createdBy: string;
  /** The instant of creation (ISO 8601), passed in: the model has no clock. */
  createdAt: string;
  principalParticipantId?: string;
  participantIds?: string[];
  primaryClientId?: string;
}

/**
 * A new, empty draft plan at version 0 (not yet stored). The principal participant and the case's
 * primary client are made plan members from the start, since a plan must include them.
 */
export function createDraftPlan(input: NewPlanInput): ServicePlan {
  const participantIds = [...(input.participantIds ?? [])];
  for (const memberId of [input.principalParticipantId, input.primaryClientId]) {
    if (memberId !== undefined && !participantIds.includes(memberId)) participantIds.push(memberId);
  }
  const plan: ServicePlan = {
    id: input.id,
    version: 0,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    updatedBy: input.createdBy,
    caseId: input.caseId,
    planKind: input.planKind,
    status: 'draft',
    revision: 1,
    participantIds,
    goal: { title: '', description: '' },
    subGoals: [],
    planGroups: [],
    milestones: [],
    needs: [],
    strengths: [],
    reviewSchedule: { intervalMonths: DEFAULT_REVIEW_INTERVAL_MONTHS, courtHearingDates: [] },
    reviews: [],
    approvals: [],
    revisionRequests: [],
  };
  if (input.principalParticipantId !== undefined) plan.principalParticipantId = input.principalParticipantId;
  if (input.primaryClientId !== undefined) plan.primaryClientId = input.primaryClientId;
  return plan;
}
