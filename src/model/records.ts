/**
 * The record kinds storage knows, each with the schema that validates it on every read and write.
 * Each domain module adds its kinds here: an import and one line in the object.
 */
import type * as z from 'zod/mini';
import { ServicePlanRevisionSchema, ServicePlanSchema } from './service-plan/plan.js';
import { VisitationPlanSchema } from './visitation/plan.js';
import { ContactSchema } from './visitation/contact.js';
import { SetAsideVersionSchema } from './set-aside.js';

export const recordSchemas = {
  servicePlan: ServicePlanSchema,
  servicePlanRevision: ServicePlanRevisionSchema,
  visitationPlan: VisitationPlanSchema,
  contact: ContactSchema,
  setAsideVersion: SetAsideVersionSchema,
} satisfies Record<string, z.ZodMiniType>;
export type RecordKindName = keyof typeof recordSchemas;
