import * as z from 'zod/mini';
import { CalendarDateSchema, IdSchema, RecordMetaSchema } from '../record.js';
import { TEXT_LIMITS, longText, nameText, requiredLongText } from '../shared/text.js';
import { isValidTimeZone } from './time-zone.js';

/** Bounds shared by the schema, the rules and the form. */
export const VISIT_LIMITS = {
  minDurationMinutes: 5,
  maxDurationMinutes: 1440,
  maxIntervalDays: 365,
  maxIntervalWeeks: 52,
  maxIntervalMonths: 12,
  maxTimesPerWeek: 14,
  maxTimesPerMonth: 31,
  maxParticipants: 50,
  maxSuspensions: 200,
} as const;

const wholeNumber = (min: number, max: number) =>
  z.number().check(z.int('value.not-whole-number'), z.minimum(min, 'value.too-small'), z.maximum(max, 'value.too-large'));

/** An IANA time zone name; occurrences are computed on that zone's wall clock. */
export const TimeZoneSchema = z.string().check(z.refine(isValidTimeZone, 'visitation.time-zone-invalid'));

/** A wall-clock time of day, `HH:MM`, 24-hour. */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'value.invalid-time'));

export const visitRoles = ['child', 'visitor', 'supervisor', 'interpreter', 'transporter', 'other'] as const;
export const VisitRoleSchema = z.enum(visitRoles);
export type VisitRole = z.infer<typeof VisitRoleSchema>;

/** A case participant (by id: the host owns people) and the part they take in the visit. */
export const VisitParticipantSchema = z.object({
  participantId: IdSchema,
  role: VisitRoleSchema,
});
export type VisitParticipant = z.infer<typeof VisitParticipantSchema>;

/** Why the plan exists: a court order (with its reference and date) or an agreement with the family. */
export const VisitationBasisSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('court-ordered'), orderReference: nameText(TEXT_LIMITS.label), orderDate: CalendarDateSchema }),
  z.object({ type: z.literal('mutually-agreed'), agreedOn: z.optional(CalendarDateSchema) }),
]);
export type VisitationBasis = z.infer<typeof VisitationBasisSchema>;

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export const WeekdaySchema = wholeNumber(1, 7);

/**
 * How often visits happen. The first three give fixed dates (anchored on the start date); the
 * "times per" kinds give an expected number of visits per week or month, on dates left open.
 */
export const RecurrenceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('every-n-days'), interval: wholeNumber(1, VISIT_LIMITS.maxIntervalDays) }),
  z.object({
    type: z.literal('every-n-weeks'),
    interval: wholeNumber(1, VISIT_LIMITS.maxIntervalWeeks),
    /** May be empty while the form is filled in; the rules flag a weekly plan without a weekday. */
    weekdays: z.array(WeekdaySchema).check(z.maxLength(7, 'value.too-many')),
  }),
  z.object({
    type: z.literal('every-n-months'),
    interval: wholeNumber(1, VISIT_LIMITS.maxIntervalMonths),
    /** 29, 30 and 31 fall on the month's last day in shorter months. */
    dayOfMonth: wholeNumber(1, 31),
  }),
  z.object({ type: z.literal('times-per-week'), times: wholeNumber(1, VISIT_LIMITS.maxTimesPerWeek) }),
  z.object({ type: z.literal('times-per-month'), times: wholeNumber(1, VISIT_LIMITS.maxTimesPerMonth) }),
]);
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type RecurrenceType = Recurrence['type'];
export const recurrenceTypes = ['every-n-days', 'every-n-weeks', 'every-n-months', 'times-per-week', 'times-per-month'] as const satisfies readonly RecurrenceType[];

export const visitModes = ['in-person', 'phone', 'video'] as const;
export const VisitModeSchema = z.enum(visitModes);
export type VisitMode = z.infer<typeof VisitModeSchema>;

export const supervisionLevels = ['supervised', 'monitored', 'unsupervised'] as const;
export const SupervisionLevelSchema = z.enum(supervisionLevels);
export type SupervisionLevel = z.infer<typeof SupervisionLevelSchema>;

/** Who supervises: a case participant or agency user by id, or a name (a contracted supervisor). */
export const SupervisionSchema = z.object({
  level: SupervisionLevelSchema,
  supervisorId: z.optional(IdSchema),
  supervisorName: z.optional(nameText(TEXT_LIMITS.title)),
});
export type Supervision = z.infer<typeof SupervisionSchema>;

export const visitationPlanStatuses = ['draft', 'active', 'suspended', 'ended'] as const;
export const VisitationPlanStatusSchema = z.enum(visitationPlanStatuses);
export type VisitationPlanStatus = z.infer<typeof VisitationPlanStatusSchema>;

/**
 * A time the plan was suspended, kept after it resumes so compliance leaves those days out.
 * `from` and `to` are calendar days in the plan's time zone, both included; no `to` means still suspended.
 */
export const SuspensionPeriodSchema = z.object({
  from: CalendarDateSchema,
  to: z.optional(CalendarDateSchema),
  reason: requiredLongText(TEXT_LIMITS.medium),
});
export type SuspensionPeriod = z.infer<typeof SuspensionPeriodSchema>;

/** The content of a visitation plan, without storage metadata. */
export const VisitationPlanContentSchema = z.object({
  caseId: IdSchema,
  /** The child placed out of home whom the visits are for. */
  childId: IdSchema,
  /** A short name for lists ("Weekly visit with mother"); optional. */
  title: z.optional(nameText(TEXT_LIMITS.title)),
  participants: z.array(VisitParticipantSchema).check(z.maxLength(VISIT_LIMITS.maxParticipants, 'value.too-many')),
  basis: VisitationBasisSchema,
  /** First day of the plan (calendar day in `timeZone`). */
  startDate: CalendarDateSchema,
  /** Last day of the plan, included; none means open-ended. */
  endDate: z.optional(CalendarDateSchema),
  timeZone: TimeZoneSchema,
  recurrence: RecurrenceSchema,
  /** When visits start; for "times per" plans, the usual time. */
  timeOfDay: TimeOfDaySchema,
  durationMinutes: wholeNumber(VISIT_LIMITS.minDurationMinutes, VISIT_LIMITS.maxDurationMinutes),
  mode: VisitModeSchema,
  location: z.optional(nameText(TEXT_LIMITS.title)),
  supervision: SupervisionSchema,
  transport: z.optional(longText(TEXT_LIMITS.medium)),
  /** Plain text, shown as text (never as HTML). */
  notes: longText(TEXT_LIMITS.long),
  status: VisitationPlanStatusSchema,
  suspensions: z.array(SuspensionPeriodSchema).check(z.maxLength(VISIT_LIMITS.maxSuspensions, 'value.too-many')),
  /** The day the plan was first activated. */
  activatedOn: z.optional(CalendarDateSchema),
  /** The day the plan was ended; visits after it are no longer expected. */
  endedOn: z.optional(CalendarDateSchema),
  endReason: z.optional(longText(TEXT_LIMITS.medium)),
});
export type VisitationPlanContent = z.infer<typeof VisitationPlanContentSchema>;

/** The stored visitation plan (kind name `visitationPlan`, indexed by `caseId` and `childId`). */
export const VisitationPlanSchema = z.extend(RecordMetaSchema, VisitationPlanContentSchema.shape);
export type VisitationPlan = z.infer<typeof VisitationPlanSchema>;

export const VISITATION_PLAN_KIND = 'visitationPlan';
