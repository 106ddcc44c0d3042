import { createDraftPlan } from '../../src/model/service-plan/create.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { createDraftContact } from '../../src/model/visitation/create.js';
import type { Contact } from '../../src/model/visitation/contact.js';

export const at = '2026-03-02T09:00:00.000Z';

export function draftPlan(id: string, caseId = 'case-1'): ServicePlan {
  return createDraftPlan({ id, caseId, planKind: 'outcome', createdBy: 'worker-1', createdAt: at });
}

export function draftContact(id: string, options: { childId?: string; planId?: string; caseId?: string } = {}): Contact {
  return createDraftContact({
    id,
    caseId: options.caseId ?? 'case-1',
    childId: options.childId ?? 'child-1',
    authorId: 'worker-1',
    createdAt: at,
    occurredAt: '2026-03-01T15:00:00.000Z',
    ...(options.planId ? { visitationPlanId: options.planId } : {}),
  });
}

let counter = 0;
/** A database name no other test uses, so tests never see each other's records. */
export function freshDatabaseName(label: string): string {
  counter += 1;
  return `caseplan-elements-test-${label}-${Date.now().toString(36)}-${counter}`;
}
