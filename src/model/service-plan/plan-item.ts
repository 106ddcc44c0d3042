import * as z from 'zod/mini';
import { CalendarDateSchema, IdSchema } from '../record.js';
import { PlanItemKindSchema } from '../catalog.js';
import { TimeOfDaySchema } from '../visitation/plan.js';
import { TEXT_LIMITS, longText, nameText, requiredLongText, textList } from '../shared/text.js';

export const planItemStatuses = ['not-started', 'in-progress', 'completed', 'discontinued'] as const;
export const PlanItemStatusSchema = z.enum(planItemStatuses);
export type PlanItemStatus = z.infer<typeof PlanItemStatusSchema>;

/** Where an item comes from: an administrative template (name and purpose copied, fixed) or typed by the worker. */
export const PlanItemSourceSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('template'),
    templateId: IdSchema,
    name: nameText(TEXT_LIMITS.title),
    purpose: longText(TEXT_LIMITS.medium),
  }),
  z.object({
    type: z.literal('custom'),
    name: nameText(TEXT_LIMITS.title),
    purpose: requiredLongText(TEXT_LIMITS.medium),
  }),
]);
export type PlanItemSource = z.infer<typeof PlanItemSourceSchema>;

/** An amount of money. Amounts are never negative; the currency is an ISO 4217 code (EUR, USD, BRL). */
export const CostSchema = z.object({
  amount: z.number().check(z.minimum(0, 'plan.item.cost-negative'), z.maximum(1_000_000_000, 'value.too-large')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'value.invalid-currency')),
});
export type Cost = z.infer<typeof CostSchema>;

/** Who carries an item out: the case's caseworker, another user of the organization, or a plan participant. */
export const ResponsibilitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('caseworker') }),
  z.object({ type: z.literal('org-user'), userId: IdSchema, name: nameText(TEXT_LIMITS.title) }),
  z.object({ type: z.literal('participant'), participantId: IdSchema }),
]);
export type Responsibility = z.infer<typeof ResponsibilitySchema>;

/** Units delivered on a day (sessions attended, hours of support). */
export const UnitDeliverySchema = z.object({
  id: IdSchema,
  date: CalendarDateSchema,
  units: z.number().check(z.gt(0, 'plan.item.delivery-units-not-positive'), z.maximum(10_000, 'value.too-large')),
  note: longText(TEXT_LIMITS.medium),
});
export type UnitDelivery = z.infer<typeof UnitDeliverySchema>;

/** A service from the catalog linked to an item, for one client or several plan participants. */
export const LinkedServiceSchema = z.object({
  serviceId: IdSchema,
  participantIds: z.array(IdSchema).check(z.maxLength(100, 'value.too-many')),
});
export type LinkedService = z.infer<typeof LinkedServiceSchema>;

/**
 * How well the family uses what the item set out to teach or change, apart from whether it is done
 * ("progress is how parents use what they learn"): a level on the agency's scale, out of the scale's
 * highest level when rated, with the evidence seen.
 */
export const OutcomeRatingSchema = z
  .object({
    level: z.number().check(z.int('value.not-whole-number'), z.minimum(0, 'value.too-small'), z.maximum(20, 'value.too-large')),
    outOf: z.number().check(z.int('value.not-whole-number'), z.minimum(1, 'value.too-small'), z.maximum(20, 'value.too-large')),
    evidence: z.optional(longText(TEXT_LIMITS.medium)),
    date: CalendarDateSchema,
  })
  .check(z.refine((rating) => rating.level <= rating.outOf, { message: 'value.too-large', path: ['level'] }));
export type OutcomeRating = z.infer<typeof OutcomeRatingSchema>;

export const appointmentStatuses = ['scheduled', 'kept', 'missed', 'cancelled'] as const;
export const AppointmentStatusSchema = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;


/**
 * An appointment made for a plan item (the service-plan guide: appointments made, kept and noted in
 * the plan): when, with whom, and whether it was kept or missed, with a note.
 */
export const AppointmentSchema = z.object({
  id: IdSchema,
  date: CalendarDateSchema,
  time: z.optional(TimeOfDaySchema),
  /** Who the appointment is with, in the worker's words ("Dr. Patel, Riverbend Clinic"). */
  withWhom: nameText(TEXT_LIMITS.title),
  /** The plan members who go. */
  participantIds: z.optional(z.array(IdSchema).check(z.maxLength(50, 'value.too-many'))),
  status: AppointmentStatusSchema,
  note: z.optional(longText(TEXT_LIMITS.medium)),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

export const PlanItemSchema = z.object({
  id: IdSchema,
  source: PlanItemSourceSchema,
  kind: PlanItemKindSchema,
  /** Unit-delivery items: units authorized and what a unit is; deliveries stay empty for basic items. */
  unitsAuthorized: z.optional(z.number().check(z.int('value.not-whole-number'), z.minimum(0, 'value.too-small'), z.maximum(10_000, 'value.too-large'))),
  unitType: z.optional(nameText(TEXT_LIMITS.label)),
  deliveries: z.array(UnitDeliverySchema).check(z.maxLength(1000, 'value.too-many')),
  status: PlanItemStatusSchema,
  expectedStart: z.optional(CalendarDateSchema),
  expectedEnd: z.optional(CalendarDateSchema),
  actualStart: z.optional(CalendarDateSchema),
  actualEnd: z.optional(CalendarDateSchema),
  expectedOutcome: longText(),
  actualOutcome: longText(),
  cost: z.optional(CostSchema),
  responsibility: z.optional(ResponsibilitySchema),
  /** Plan participants needed to carry the item out. */
  participantsNeeded: z.array(IdSchema).check(z.maxLength(100, 'value.too-many')),
  /** What the client is asked to do, in plain words. */
  clientInstructions: longText(),
  /** The steps the worker will help with. */
  workerSteps: longText(),
  linkedService: z.optional(LinkedServiceSchema),
  outcomeRating: z.optional(OutcomeRatingSchema),
  /** The plan's needs this item answers (each as written in the plan's `needs`). */
  addressesNeeds: z.optional(textList()),
  /** The family's strengths it builds on (each as written in the plan's `strengths`). */
  buildsOnStrengths: z.optional(textList()),
  /** Appointments made for the item (absent until the first one). */
  appointments: z.optional(z.array(AppointmentSchema).check(z.maxLength(500, 'value.too-many'))),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** The item's display name, whichever its source. */
export function planItemName(item: PlanItem): string {
  return item.source.name;
}

export function unitsDelivered(item: PlanItem): number {
  return item.deliveries.reduce((total, delivery) => total + delivery.units, 0);
}
