import type { StorageAdapter, WriteRequest } from '../../../src/storage/index.js';
import { buildSampleCasePlan } from './case-plan.js';
import { sampleClock } from './dates.js';
import { sampleCaseId } from './people.js';
import { buildSampleContacts, buildSampleVisitationPlans } from './visitation.js';

export interface SampleCaseRecords {
  casePlan: ReturnType<typeof buildSampleCasePlan>;
  visitationPlans: ReturnType<typeof buildSampleVisitationPlans>;
  contacts: ReturnType<typeof buildSampleContacts>;
}

/** Every record of the sample case, dated relative to `now` (all at version 0, not yet stored). */
export function buildSampleCase(now: Date): SampleCaseRecords {
  const clock = sampleClock(now);
  const visitationPlans = buildSampleVisitationPlans(clock);
  return { casePlan: buildSampleCasePlan(clock), visitationPlans, contacts: buildSampleContacts(clock, visitationPlans) };
}

/** True when storage holds no record of the sample case yet. */
export async function isSampleCaseMissing(storage: StorageAdapter): Promise<boolean> {
  const [plans, visitation, contacts] = await Promise.all([
    storage.list('servicePlan', { caseId: sampleCaseId, includeArchived: true }),
    storage.list('visitationPlan', { caseId: sampleCaseId, includeArchived: true }),
    storage.list('contact', { caseId: sampleCaseId, includeArchived: true }),
  ]);
  return plans.records.length + visitation.records.length + contacts.records.length === 0;
}

/**
 * Stores the sample case in one transaction, only when none of it is stored yet (a returning visitor
 * keeps what they changed). Returns true when it seeded.
 */
export async function seedSampleCase(storage: StorageAdapter, now: Date): Promise<boolean> {
  if (!(await isSampleCaseMissing(storage))) return false;
  const records = buildSampleCase(now);
  const writes: WriteRequest[] = [
    { kind: 'servicePlan', record: records.casePlan, action: 'plan.created', comment: 'Sample case' },
    ...records.visitationPlans.map((record): WriteRequest => ({ kind: 'visitationPlan', record, action: 'visitation.created', comment: 'Sample case' })),
    ...records.contacts.map((record): WriteRequest => ({ kind: 'contact', record, action: 'contact.created', comment: 'Sample case' })),
  ];
  await storage.transaction(writes);
  return true;
}
