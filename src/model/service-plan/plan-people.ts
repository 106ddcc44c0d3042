import type { CaseParticipant } from '../participant.js';
import { ageOn, findParticipant } from '../participant.js';
import type { ServicePlanContent } from './plan.js';

const childRoles = new Set<CaseParticipant['role']>(['child', 'youth']);

/**
 * The child the plan is about, as its printed header names them: the principal participant when a
 * child or youth, else the first plan member who is; undefined when no member is (a parent's service plan).
 */
export function planChild(plan: Pick<ServicePlanContent, 'principalParticipantId' | 'participantIds'>, participants: readonly CaseParticipant[]): CaseParticipant | undefined {
  const principal = plan.principalParticipantId ? findParticipant(participants, plan.principalParticipantId) : undefined;
  if (principal && childRoles.has(principal.role)) return principal;
  for (const id of plan.participantIds) {
    const member = findParticipant(participants, id);
    if (member && childRoles.has(member.role)) return member;
  }
  return undefined;
}

/** The caseworker on the case as the participants list them (the first with that role). */
export function caseworkerOf(participants: readonly CaseParticipant[]): CaseParticipant | undefined {
  return participants.find((participant) => participant.role === 'caseworker');
}

/** From this age a youth takes part in their own case plan and it states their transition services (42 U.S.C. 675(1)(B), (D)). */
export const YOUTH_PARTICIPATION_AGE = 14;

/** Whether the plan's child is a youth of 14 or more on `today` (a calendar date); false when their birth date is unknown. */
export function youthSectionsApply(plan: Pick<ServicePlanContent, 'principalParticipantId' | 'participantIds'>, participants: readonly CaseParticipant[], today: string): boolean {
  const age = ageOn(planChild(plan, participants)?.birthDate, today);
  return age !== undefined && age >= YOUTH_PARTICIPATION_AGE;
}
