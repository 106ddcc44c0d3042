import * as z from 'zod/mini';
import { planEditActions } from '../history-actions.js';
import { PlanItemKindSchema, type CatalogEntry, type PlanItemTemplate } from '../catalog.js';
import { CasePlanDetailFieldSchema, HearingTypeSchema, PermanencyGoalSchema, ReviewTypeSchema, SafetySupportKindSchema } from './plan.js';
import { AppointmentStatusSchema, PlanItemStatusSchema } from './plan-item.js';

/*
 * Every change to a plan is one of these edits, applied by `applyEdit`. The edit schema checks only
 * structure (which edit, which kinds of values): limits, formats and markup are checked on the plan the
 * edit produces, so a Violation's path is the plan field the user is typing in (subGoals.1.title).
 */

const text = z.string();
const id = z.string();
/** `null` clears an optional field; leaving the key out keeps it. */
const clearable = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

const LooseCostSchema = z.object({ amount: z.number(), currency: text });
const LooseResponsibilitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('caseworker') }),
  z.object({ type: z.literal('org-user'), userId: id, name: text }),
  z.object({ type: z.literal('participant'), participantId: id }),
]);
const LooseSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('template'), templateId: id, name: text, purpose: text }),
  z.object({ type: z.literal('custom'), name: text, purpose: text }),
]);
const LooseLinkedServiceSchema = z.object({ serviceId: id, participantIds: z.array(id) });

/** Item fields an `update-item` edit may change. */
export const ItemChangesSchema = z.object({
  name: z.optional(text),
  purpose: z.optional(text),
  expectedStart: clearable(text),
  expectedEnd: clearable(text),
  actualStart: clearable(text),
  actualEnd: clearable(text),
  expectedOutcome: z.optional(text),
  actualOutcome: z.optional(text),
  cost: clearable(LooseCostSchema),
  responsibility: clearable(LooseResponsibilitySchema),
  participantsNeeded: z.optional(z.array(id)),
  clientInstructions: z.optional(text),
  workerSteps: z.optional(text),
  unitsAuthorized: clearable(z.number()),
  unitType: clearable(text),
  linkedService: clearable(LooseLinkedServiceSchema),
  addressesNeeds: z.optional(z.array(text)),
  buildsOnStrengths: z.optional(z.array(text)),
});
export type ItemChanges = z.infer<typeof ItemChangesSchema>;

export const PlanEditSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-goal'), title: z.optional(text), description: z.optional(text) }),
  z.object({ type: z.literal('set-principal'), participantId: id }),
  z.object({ type: z.literal('set-primary-client'), participantId: clearable(id) }),
  z.object({ type: z.literal('add-participant'), participantId: id }),
  z.object({ type: z.literal('remove-participant'), participantId: id }),
  z.object({ type: z.literal('set-needs'), needs: z.array(text) }),
  z.object({ type: z.literal('set-strengths'), strengths: z.array(text) }),
  z.object({
    type: z.literal('set-basis'),
    assessmentSource: clearable(text),
    assessmentDate: clearable(text),
    assessedBy: clearable(text),
    assessmentSummary: z.optional(text),
    history: z.optional(text),
    currentSituation: z.optional(text),
  }),
  z.object({ type: z.literal('set-permanency'), primary: clearable(PermanencyGoalSchema), concurrent: clearable(PermanencyGoalSchema) }),
  z.object({ type: z.literal('set-review-schedule'), intervalMonths: z.optional(z.number()), nextReviewDate: clearable(text), courtHearingDates: z.optional(z.array(text)) }),
  z.object({ type: z.literal('record-review'), id: z.optional(id), date: text, reviewType: ReviewTypeSchema, summary: z.optional(text) }),
  z.object({ type: z.literal('add-hearing'), id: z.optional(id), date: text, hearingType: HearingTypeSchema, outcome: z.optional(text) }),
  z.object({ type: z.literal('update-hearing'), hearingId: id, date: z.optional(text), hearingType: z.optional(HearingTypeSchema), outcome: clearable(text) }),
  z.object({ type: z.literal('remove-hearing'), hearingId: id }),
  z.object({ type: z.literal('set-danger-signs'), dangerSigns: z.array(text) }),
  z.object({ type: z.literal('add-safety-action'), id: z.optional(id), action: text, participantId: z.optional(id), name: z.optional(text) }),
  z.object({ type: z.literal('remove-safety-action'), actionId: id }),
  z.object({ type: z.literal('add-safety-support'), id: z.optional(id), name: text, kind: SafetySupportKindSchema, contact: z.optional(text), helpsWith: z.optional(text) }),
  z.object({ type: z.literal('remove-safety-support'), supportId: id }),
  z.object({ type: z.literal('set-case-plan-detail'), field: CasePlanDetailFieldSchema, value: text }),
  z.object({ type: z.literal('add-plan-group'), id: z.optional(id), name: text }),
  z.object({ type: z.literal('rename-plan-group'), groupId: id, name: text }),
  z.object({ type: z.literal('remove-plan-group'), groupId: id }),
  z.object({ type: z.literal('add-sub-goal'), id: z.optional(id), title: text, description: z.optional(text), planGroupId: z.optional(id) }),
  z.object({
    type: z.literal('update-sub-goal'),
    subGoalId: id,
    title: z.optional(text),
    description: z.optional(text),
    planGroupId: clearable(id),
    addressesNeeds: z.optional(z.array(text)),
    buildsOnStrengths: z.optional(z.array(text)),
  }),
  z.object({ type: z.literal('remove-sub-goal'), subGoalId: id }),
  z.object({ type: z.literal('move-sub-goal'), subGoalId: id, toIndex: z.number() }),
  z.object({
    type: z.literal('add-item'),
    subGoalId: id,
    id: z.optional(id),
    source: LooseSourceSchema,
    kind: PlanItemKindSchema,
    unitsAuthorized: z.optional(z.number()),
    unitType: z.optional(text),
    responsibility: z.optional(LooseResponsibilitySchema),
    linkedService: z.optional(LooseLinkedServiceSchema),
    addressesNeeds: z.optional(z.array(text)),
    buildsOnStrengths: z.optional(z.array(text)),
  }),
  z.object({ type: z.literal('update-item'), itemId: id, changes: ItemChangesSchema }),
  z.object({ type: z.literal('set-item-status'), itemId: id, status: PlanItemStatusSchema }),
  z.object({ type: z.literal('rate-item-outcome'), itemId: id, level: z.nullable(z.number()), outOf: z.optional(z.number()), evidence: z.optional(text) }),
  z.object({ type: z.literal('remove-item'), itemId: id }),
  z.object({ type: z.literal('move-item'), itemId: id, toSubGoalId: z.optional(id), toIndex: z.number() }),
  z.object({ type: z.literal('add-delivery'), itemId: id, id: z.optional(id), date: text, units: z.number(), note: z.optional(text) }),
  z.object({ type: z.literal('remove-delivery'), itemId: id, deliveryId: id }),
  z.object({
    type: z.literal('add-appointment'),
    itemId: id,
    id: z.optional(id),
    date: text,
    time: z.optional(text),
    withWhom: text,
    participantIds: z.optional(z.array(id)),
    note: z.optional(text),
  }),
  z.object({ type: z.literal('set-appointment-status'), itemId: id, appointmentId: id, status: AppointmentStatusSchema, note: z.optional(text) }),
  z.object({ type: z.literal('remove-appointment'), itemId: id, appointmentId: id }),
  z.object({ type: z.literal('add-milestone'), id: z.optional(id), title: text, dueDate: text }),
  z.object({ type: z.literal('update-milestone'), milestoneId: id, title: z.optional(text), dueDate: z.optional(text), achievedDate: clearable(text) }),
  z.object({ type: z.literal('remove-milestone'), milestoneId: id }),
  z.object({ type: z.literal('request-revision'), id: z.optional(id), participantId: id, text }),
  z.object({ type: z.literal('address-revision-request'), requestId: id }),
]);
export type PlanEdit = z.infer<typeof PlanEditSchema>;
export type PlanEditType = PlanEdit['type'];

/** The history action of an edit: `plan.sub-goal-added`, `plan.item-status-set`... (see history-actions.ts). */
export function editAction(edit: Pick<PlanEdit, 'type'>): string {
  return planEditActions[edit.type];
}

type AddItemEdit = Extract<PlanEdit, { type: 'add-item' }>;

/** The edit adding an item from an administrative template: its name, purpose, kind and unit type are copied. */
export function addItemFromTemplate(subGoalId: string, template: PlanItemTemplate, extra: Partial<Pick<AddItemEdit, 'id' | 'unitsAuthorized' | 'responsibility'>> = {}): AddItemEdit {
  return {
    type: 'add-item',
    subGoalId,
    source: { type: 'template', templateId: template.id, name: template.name, purpose: template.purpose },
    kind: template.kind,
    ...(template.unitType !== undefined ? { unitType: template.unitType } : {}),
    ...extra,
  };
}

/**
 * The edit adding an item for a catalog service, linked to it, for one client or several plan
 * participants (the rules refuse several for a service that serves one client).
 */
export function addItemFromService(
  subGoalId: string,
  service: CatalogEntry,
  participantIds: string[],
  extra: Partial<Pick<AddItemEdit, 'id' | 'responsibility' | 'addressesNeeds' | 'buildsOnStrengths'>> = {},
): AddItemEdit {
  return {
    type: 'add-item',
    subGoalId,
    source: { type: 'custom', name: service.name, purpose: service.description.trim() === '' ? service.name : service.description },
    kind: 'basic',
    linkedService: { serviceId: service.id, participantIds },
    ...extra,
  };
}
