import type { CaseParticipant, StaffMember } from '../../../src/model/index.js';
import type { CurrentUser } from '../../../src/components/shared/current-user.js';

/** The sample family case shown in Storybook and the demo: Sofia, 9, in foster care since the spring; her brother Leo, 14, lives with their grandmother. */
export const sampleCaseId = 'case-2026-0142';
export const sampleCaseNumber = 'JV-2026-0142';

export const sampleIds = {
  child: 'p-sofia',
  brother: 'p-leo',
  mother: 'p-ana',
  father: 'p-marcus',
  grandmother: 'p-rosa',
  fosterParent: 'p-linda',
  casa: 'p-david',
  caseworker: 'p-jordan',
} as const;

export const sampleParticipants: readonly CaseParticipant[] = [
  { id: sampleIds.child, name: 'Sofia Almeida Reed', role: 'child', birthDate: '2017-04-12', preferredLanguage: 'en', relationship: 'Child in foster care' },
  { id: sampleIds.brother, name: 'Leo Almeida Reed', role: 'youth', birthDate: '2012-08-30', preferredLanguage: 'en', relationship: 'Brother, lives with the grandmother' },
  { id: sampleIds.mother, name: 'Ana Almeida', role: 'parent', birthDate: '1993-09-03', preferredLanguage: 'pt-BR', relationship: 'Mother' },
  { id: sampleIds.father, name: 'Marcus Reed', role: 'parent', birthDate: '1990-01-22', preferredLanguage: 'en', relationship: 'Father' },
  { id: sampleIds.grandmother, name: 'Rosa Almeida', role: 'relative', birthDate: '1964-06-30', preferredLanguage: 'pt-BR', relationship: 'Maternal grandmother' },
  { id: sampleIds.fosterParent, name: 'Linda Okafor', role: 'foster-parent', preferredLanguage: 'en', relationship: 'Foster parent' },
  { id: sampleIds.casa, name: 'David Cohen', role: 'casa', preferredLanguage: 'en', relationship: 'CASA volunteer' },
  { id: sampleIds.caseworker, name: 'Jordan Lee', role: 'caseworker', preferredLanguage: 'en', relationship: 'Caseworker' },
];

/** The agency's users the host lists: items can be given to them (picked, never typed). */
export const sampleStaff: readonly StaffMember[] = [
  { id: 'u-jordan-lee', name: 'Jordan Lee', title: 'Caseworker' },
  { id: 'u-maria-santos', name: 'Maria Santos', title: 'Housing specialist' },
  { id: 'u-keisha-brown', name: 'Keisha Brown', title: 'Casework supervisor' },
  { id: 'u-tom-nguyen', name: 'Tom Nguyen', title: 'Parent aide' },
];

/** The caseworker is the one using the page. */
export const sampleCurrentUser: CurrentUser = { id: 'u-jordan-lee', name: 'Jordan Lee', participantId: sampleIds.caseworker };

/** The time zone the family lives in: visits are planned on its wall clock. */
export const sampleTimeZone = 'America/Chicago';
