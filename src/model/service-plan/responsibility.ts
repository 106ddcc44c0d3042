import type { CaseParticipant } from '../participant.js';
import type { StaffMember } from '../staff.js';
import type { Responsibility } from './plan-item.js';
import type { ServicePlanContent } from './plan.js';

/** One way an item's responsibility can be given, with a stable key a form can hold. */
export interface ResponsibilityChoice {
  key: string;
  responsibility: Responsibility;
}

/** The key of a responsibility: `caseworker`, `participant:<id>` or `org-user:<id>`. */
export function responsibilityKey(responsibility: Responsibility | undefined): string {
  if (!responsibility) return '';
  if (responsibility.type === 'participant') return `participant:${responsibility.participantId}`;
  if (responsibility.type === 'org-user') return `org-user:${responsibility.userId}`;
  return 'caseworker';
}

/**
 * Who can be made responsible for an item: the caseworker, each plan member, and each user of the
 * organisation the host lists (picked, never typed). The item's current responsibility stays a choice
 * even when the host no longer lists that person, so showing it never changes it.
 */
export function responsibilityChoices(
  plan: Pick<ServicePlanContent, 'participantIds'>,
  participants: readonly CaseParticipant[],
  staff: readonly StaffMember[],
  current?: Responsibility,
): ResponsibilityChoice[] {
  const choices: ResponsibilityChoice[] = [
    { key: 'caseworker', responsibility: { type: 'caseworker' } },
    ...participants.filter((participant) => plan.participantIds.includes(participant.id)).map((participant) => ({ key: `participant:${participant.id}`, responsibility: { type: 'participant' as const, participantId: participant.id } })),
    ...staff.map((member) => ({ key: `org-user:${member.id}`, responsibility: { type: 'org-user' as const, userId: member.id, name: member.name } })),
  ];
  const currentKey = responsibilityKey(current);
  if (current && !choices.some((choice) => choice.key === currentKey)) choices.push({ key: currentKey, responsibility: current });
  return choices;
}

/** The responsibility a key stands for among the choices; undefined for an empty or unknown key. */
export function responsibilityFromKey(key: string, choices: readonly ResponsibilityChoice[]): Responsibility | undefined {
  return choices.find((choice) => choice.key === key)?.responsibility;
}
