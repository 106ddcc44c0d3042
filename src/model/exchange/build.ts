import type { HistoryEntry } from '../history.js';
import type { ServicePlan, ServicePlanRevision } from '../service-plan/plan.js';
import type { Contact } from '../visitation/contact.js';
import type { VisitationPlan } from '../visitation/plan.js';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument } from './document.js';

export interface ExportParts {
  plan: ServicePlan;
  revisions: readonly ServicePlanRevision[];
  visitationPlans: readonly VisitationPlan[];
  contacts: readonly Contact[];
  histories: readonly HistoryEntry[];
}

/** The export document for a plan and what belongs to it, stamped with who exported it and when. */
export function buildExportDocument(parts: ExportParts, stamp: { now: Date; exportedBy: string }): ExportDocument {
  const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: stamp.now.toISOString(),
    exportedBy: stamp.exportedBy,
    plan: structuredClone(parts.plan),
    revisions: structuredClone(byId(parts.revisions)),
    visitationPlans: structuredClone(byId(parts.visitationPlans)),
    contacts: structuredClone(byId(parts.contacts)),
    // Entries read through an encrypting adapter keep their sealed copies: those are what the hashes cover.
    histories: structuredClone([...parts.histories]),
  };
}
