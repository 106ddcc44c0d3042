import { violation, type Violation } from '../../shared/violation.js';
import type { CaseParticipant } from '../../participant.js';
import type { CatalogEntry } from '../../catalog.js';
import type { ServicePlanContent } from '../plan.js';
import { locatedItems } from './walk.js';

type MembershipFields = Pick<ServicePlanContent, 'participantIds' | 'principalParticipantId' | 'primaryClientId'>;

/** The case's primary client must be a plan member (though not necessarily the principal participant). */
export function checkPrimaryClientIsMember(plan: MembershipFields): Violation[] {
  if (plan.primaryClientId === undefined || plan.participantIds.includes(plan.primaryClientId)) return [];
  return [violation('plan.primary-client-not-member', ['primaryClientId'], { participantId: plan.primaryClientId })];
}

/** The principal participant, whose need the plan meets, is one of the plan members. */
export function checkPrincipalIsMember(plan: MembershipFields): Violation[] {
  if (plan.principalParticipantId === undefined || plan.participantIds.includes(plan.principalParticipantId)) return [];
  return [violation('plan.principal-not-member', ['principalParticipantId'], { participantId: plan.principalParticipantId })];
}

/** Plan members are people on the case: an id the host no longer lists is flagged, not silently dropped. */
export function checkMembersAreCaseParticipants(plan: MembershipFields, participants: readonly CaseParticipant[]): Violation[] {
  const known = new Set(participants.map((participant) => participant.id));
  return plan.participantIds.flatMap((id, index) => (known.has(id) ? [] : [violation('plan.participant-unknown', ['participantIds', index], { participantId: id })]));
}

/**
 * People named on an item take part in the plan: a responsible participant, the participants needed
 * and those a linked service serves are plan members.
 */
export function checkItemPeopleAreMembers(plan: ServicePlanContent): Violation[] {
  const members = new Set(plan.participantIds);
  const found: Violation[] = [];
  for (const { item, path } of locatedItems(plan)) {
    const responsibility = item.responsibility;
    if (responsibility?.type === 'participant' && !members.has(responsibility.participantId)) {
      found.push(violation('plan.item.responsible-not-member', [...path, 'responsibility', 'participantId'], { participantId: responsibility.participantId }));
    }
    item.participantsNeeded.forEach((id, index) => {
      if (!members.has(id)) found.push(violation('plan.item.participant-needed-not-member', [...path, 'participantsNeeded', index], { participantId: id }));
    });
    item.linkedService?.participantIds.forEach((id, index) => {
      if (!members.has(id)) found.push(violation('plan.item.service-participant-not-member', [...path, 'linkedService', 'participantIds', index], { participantId: id }));
    });
  }
  return found;
}

/** A linked service exists in the catalog, and a service for one client serves one participant only. */
export function checkLinkedServices(plan: ServicePlanContent, catalog: readonly CatalogEntry[]): Violation[] {
  const found: Violation[] = [];
  for (const { item, path } of locatedItems(plan)) {
    const link = item.linkedService;
    if (!link) continue;
    const entry = catalog.find((candidate) => candidate.id === link.serviceId);
    if (!entry) {
      found.push(violation('plan.item.service-unknown', [...path, 'linkedService', 'serviceId'], { serviceId: link.serviceId }));
    } else if (!entry.servesMultipleClients && link.participantIds.length > 1) {
      found.push(violation('plan.item.service-single-client', [...path, 'linkedService', 'participantIds'], { service: entry.name, count: link.participantIds.length }));
    }
  }
  return found;
}

/** Each step of the safety plan says who takes it: a case participant or someone named. */
export function checkSafetyActionsSayWho(plan: Pick<ServicePlanContent, 'safetyPlan'>): Violation[] {
  return (plan.safetyPlan?.actions ?? []).flatMap((entry, index) =>
    entry.participantId === undefined && (entry.name ?? '').trim() === '' ? [violation('plan.safety.who-required', ['safetyPlan', 'actions', index, 'participantId'])] : [],
  );
}
