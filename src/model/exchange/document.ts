import * as z from 'zod/mini';
import { HistoryEntrySchema } from '../history.js';
import { IdSchema, InstantSchema } from '../record.js';
import { ServicePlanRevisionSchema, ServicePlanSchema } from '../service-plan/plan.js';
import { ContactSchema } from '../visitation/contact.js';
import { VisitationPlanSchema } from '../visitation/plan.js';

/** The tag every export carries: a file without it came from somewhere else and is refused. */
export const EXPORT_FORMAT = 'caseplan-elements/export';
/** The document layout this SDK writes and reads; a file with a higher number needs a newer SDK. */
export const EXPORT_FORMAT_VERSION = 1;

/** Generous bounds so a hostile file cannot make the import hold millions of records. */
export const EXPORT_LIMITS = {
  maxRecords: 20_000,
  maxHistoryEntries: 200_000,
} as const;

/**
 * One service plan with everything that belongs to it: its revision snapshots, the visitation plans and
 * contacts of its case, and the history of each of these records (oldest first, hash-chained).
 */
export const ExportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: InstantSchema,
  exportedBy: IdSchema,
  plan: ServicePlanSchema,
  revisions: z.array(ServicePlanRevisionSchema).check(z.maxLength(EXPORT_LIMITS.maxRecords, 'value.too-many')),
  visitationPlans: z.array(VisitationPlanSchema).check(z.maxLength(EXPORT_LIMITS.maxRecords, 'value.too-many')),
  contacts: z.array(ContactSchema).check(z.maxLength(EXPORT_LIMITS.maxRecords, 'value.too-many')),
  histories: z.array(HistoryEntrySchema).check(z.maxLength(EXPORT_LIMITS.maxHistoryEntries, 'value.too-many')),
});
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

/** Where each part of the document is stored: the storage kind of its records. */
export const exportedKinds = {
  plan: 'servicePlan',
  revisions: 'servicePlanRevision',
  visitationPlans: 'visitationPlan',
  contacts: 'contact',
} as const;
export type ExportedPart = keyof typeof exportedKinds;
