import type { Contact } from '../../model/visitation/contact.js';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { casePlanVisitation, type CasePlanVisitation } from '../../model/visitation/case-plan-visitation.js';
import { damagedContactCount, damagedPlanCount } from '../../model/visitation/damaged-records.js';
import { unreadableFrom, type UnreadableRecord } from '../shared/record-list.js';

/**
 * What a case plan shows from the rest of the case: the visitation plans and the contact log, and the
 * stored ones that could not be read (kept unchanged, not shown; known only by kind and id).
 */
export interface CaseRecords {
  visitationPlans: VisitationPlan[];
  contacts: Contact[];
  unreadable: UnreadableRecord[];
}

export async function loadCaseRecords(storage: StorageAdapter, caseId: string): Promise<CaseRecords> {
  const [plans, contacts] = await Promise.all([storage.list<VisitationPlan>('visitationPlan', { caseId }), storage.list<Contact>('contact', { caseId })]);
  return { visitationPlans: plans.records, contacts: contacts.records, unreadable: unreadableFrom([...plans.corrupt, ...contacts.corrupt]) };
}

/**
 * The child's visitation plans as the case plan shows and prints them (see `casePlanVisitation`). While
 * contacts of the case cannot be read, no visit is judged missed and no rate given, as in the contact log
 * and the planner (damaged-records.ts).
 */
export function selectCasePlanVisitation(records: CaseRecords, childId: string | undefined, now: Date): CasePlanVisitation[] {
  return casePlanVisitation(records.visitationPlans, records.contacts, childId, now, { damagedContacts: damagedContactCount(records.unreadable) });
}

/**
 * Loads the case's visitation plans and contacts, and again whenever one of them changes (here, in
 * another element or another tab). `onLoaded` gets each result, `onError` a failed load; the last
 * result stands until the next one. Returns the function that stops watching.
 */
export function watchCaseRecords(storage: StorageAdapter, caseId: string, onLoaded: (records: CaseRecords) => void, onError: (error: unknown) => void): () => void {
  let stopped = false;
  let pending = false;
  const load = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      loadCaseRecords(storage, caseId).then(
        (records) => {
          if (!stopped) onLoaded(records);
        },
        (error: unknown) => {
          if (!stopped) onError(error);
        },
      );
    });
  };
  const unsubscribe = storage.watch((change) => {
    if (change.kind === 'visitationPlan' || change.kind === 'contact') load();
  });
  load();
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/**
 * What the case plan says of records of the case it could not read: how many (said beside the plans),
 * and whether "the child has no visitation plan yet" may be said (not while a plan is damaged: it may be the child's).
 */
export function selectCaseRecordsDamage(records: CaseRecords): { unreadable: number; noneMaySay: boolean } {
  return { unreadable: records.unreadable.length, noneMaySay: damagedPlanCount(records.unreadable) === 0 };
}
