import * as z from 'zod/mini';
import { CalendarDateSchema, IdSchema } from './record.js';
import { TEXT_LIMITS, nameText } from './shared/text.js';
import { fullYearsBetween } from './shared/calendar.js';

/** The roles a person can hold on a case (the host system owns people; the elements receive them). */
export const participantRoles = [
  'child',
  'youth',
  'parent',
  'guardian',
  'relative',
  'foster-parent',
  'caseworker',
  'attorney',
  'casa',
  'provider',
  'other',
] as const;
export const ParticipantRoleSchema = z.enum(participantRoles);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

function isLanguageTag(value: string): boolean {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as `pt-BR` or `es`. */
export const LanguageTagSchema = z.string().check(z.maxLength(35, 'value.too-long'), z.refine(isLanguageTag, 'value.invalid-language'));

export const CaseParticipantSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
  role: ParticipantRoleSchema,
  birthDate: z.optional(CalendarDateSchema),
  preferredLanguage: z.optional(LanguageTagSchema),
  /** How the person relates to the child or client, in the host's words ("maternal aunt"). */
  relationship: z.optional(nameText(TEXT_LIMITS.label)),
});
export type CaseParticipant = z.infer<typeof CaseParticipantSchema>;

/** Whole years of age on `today` (a calendar date); undefined when the birth date is unknown. */
export function ageOn(birthDate: string | undefined, today: string): number | undefined {
  return birthDate === undefined ? undefined : fullYearsBetween(birthDate, today);
}

export function findParticipant(participants: readonly CaseParticipant[], id: string): CaseParticipant | undefined {
  return participants.find((participant) => participant.id === id);
}

/**
 * The plan members who prefer a language, each with it: who a plan can be printed for in their own
 * language (the printed document picks the catalog from the tag). In the order of the plan's members.
 */
export function preferredLanguagesOfMembers(memberIds: readonly string[], participants: readonly CaseParticipant[]): { participant: CaseParticipant; language: string }[] {
  return [...new Set(memberIds)].flatMap((id) => {
    const participant = findParticipant(participants, id);
    return participant?.preferredLanguage ? [{ participant, language: participant.preferredLanguage }] : [];
  });
}

/**
 * Who an id names: the current user (an author, an approver, whoever changed a record), else a case
 * participant. Undefined when neither is known (a person removed from the case, a user of another
 * office): the view then says so in words, never showing the raw id.
 */
export function personName(id: string, people: { participants: readonly Pick<CaseParticipant, 'id' | 'name'>[]; currentUser?: { id: string; name: string } | undefined }): string | undefined {
  if (people.currentUser?.id === id) return people.currentUser.name;
  return people.participants.find((participant) => participant.id === id)?.name;
}
