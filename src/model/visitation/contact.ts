import * as z from 'zod/mini';
import { CalendarDateSchema, IdSchema, InstantSchema, RecordMetaSchema } from '../record.js';
import { TEXT_LIMITS, longText, nameText } from '../shared/text.js';

export const CONTACT_LIMITS = {
  maxDurationMinutes: 1440,
  maxParticipants: 50,
  maxNotesLength: TEXT_LIMITS.long,
} as const;

/**
 * The key of a planned occurrence a contact fulfils: a local date-time `2026-03-05T16:00` for plans
 * with fixed dates, an ISO week `2026-W10` or a month `2026-03` for "N times per week/month" plans.
 */
export const OccurrenceKeySchema = z.string().check(
  z.regex(/^(\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])|\d{4}-(0[1-9]|1[0-2]))$/, 'visitation.occurrence-key-invalid'),
);
export type OccurrenceKey = z.infer<typeof OccurrenceKeySchema>;

export const contactTypes = ['visit', 'phone', 'video', 'caseworker-home-visit', 'office', 'court', 'other'] as const;
export const ContactTypeSchema = z.enum(contactTypes);
export type ContactType = z.infer<typeof ContactTypeSchema>;

/** Who cancelled, did not show or asked to reschedule: a kind of party, and the person when known. */
export const contactParties = ['visitor', 'child', 'caregiver', 'caseworker', 'agency', 'supervisor', 'provider', 'court', 'other'] as const;
export const ContactPartySchema = z.object({
  party: z.enum(contactParties),
  participantId: z.optional(IdSchema),
});
export type ContactParty = z.infer<typeof ContactPartySchema>;

export const ContactOutcomeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('completed') }),
  z.object({ type: z.literal('cancelled'), by: ContactPartySchema }),
  z.object({ type: z.literal('no-show'), who: ContactPartySchema }),
  /** Moved to another day; when the make-up visit happens, the planned occurrence counts as fulfilled. */
  z.object({ type: z.literal('rescheduled'), by: ContactPartySchema, newDate: CalendarDateSchema }),
]);
export type ContactOutcome = z.infer<typeof ContactOutcomeSchema>;
export type ContactOutcomeType = ContactOutcome['type'];
export const contactOutcomeTypes = ['completed', 'cancelled', 'no-show', 'rescheduled'] as const satisfies readonly ContactOutcomeType[];

/** The content of a contact, without storage metadata. */
export const ContactContentSchema = z.object({
  caseId: IdSchema,
  childId: IdSchema,
  /** Same as `visitationPlanId`: storage indexes this field to list a plan's contacts. */
  planId: z.optional(IdSchema),
  visitationPlanId: z.optional(IdSchema),
  plannedOccurrence: z.optional(OccurrenceKeySchema),
  occurredAt: InstantSchema,
  durationMinutes: z.number().check(
    z.int('value.not-whole-number'),
    z.minimum(0, 'value.too-small'),
    z.maximum(CONTACT_LIMITS.maxDurationMinutes, 'value.too-large'),
  ),
  type: ContactTypeSchema,
  participantIds: z.array(IdSchema).check(z.maxLength(CONTACT_LIMITS.maxParticipants, 'value.too-many')),
  location: z.optional(nameText(TEXT_LIMITS.title)),
  atChildResidence: z.boolean(),
  outcome: ContactOutcomeSchema,
  /** Plain text, shown as text (never as HTML). */
  notes: longText(CONTACT_LIMITS.maxNotesLength),
  authorId: IdSchema,
  /** The case plan item this contact carries out (an appointment made for it), when it is one. */
  planItem: z.optional(
    z.object({
      servicePlanId: IdSchema,
      itemId: IdSchema,
      /** The appointment of the item it was, when it was one. */
      appointmentId: z.optional(IdSchema),
    }),
  ),
});
export type ContactContent = z.infer<typeof ContactContentSchema>;

/** A stored contact (kind name `contact`, indexed by `caseId`, `childId` and `planId`). */
export const ContactSchema = z.extend(RecordMetaSchema, ContactContentSchema.shape);
export type Contact = z.infer<typeof ContactSchema>;

export const CONTACT_KIND = 'contact';

/** A contact with its plan link set in both fields, as storage indexes it (or cleared in both). */
export function linkContactToPlan<T extends ContactContent>(contact: T, visitationPlanId: string | undefined, plannedOccurrence?: string): T {
  const { planId: _planId, visitationPlanId: _linked, plannedOccurrence: _occurrence, ...rest } = contact;
  if (visitationPlanId === undefined) return rest as T;
  return plannedOccurrence === undefined
    ? ({ ...rest, planId: visitationPlanId, visitationPlanId } as T)
    : ({ ...rest, planId: visitationPlanId, visitationPlanId, plannedOccurrence } as T);
}
