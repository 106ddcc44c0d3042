import type { Contact } from '../../model/visitation/contact.js';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import type { StorageAdapter } from '../../storage/adapter.js';

/** What a case plan shows from the rest of the case: the visitation plans and the contact log. */
export interface CaseRecords {
  visitationPlans: VisitationPlan[];
  contacts: Contact[];
}

export async function loadCaseRecords(storage: StorageAdapter, caseId: string): Promise<CaseRecords> {
  const [plans, contacts] = await Promise.all([storage.list<VisitationPlan>('visitationPlan', { caseId }), storage.list<Contact>('contact', { caseId })]);
  return { visitationPlans: plans.records, contacts: contacts.records };
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
