/** The contact log's reads from storage (actors the machine invokes); the pure updates are in contact-log-updates.ts. */
import { fromPromise } from 'xstate';
import type { StorageAdapter, ListQuery } from '../../storage/adapter.js';
import { CONTACT_KIND, type Contact } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND, type VisitationPlan } from '../../model/visitation/plan.js';
import { contactInLog, planInLog, type LogScope } from '../../model/visitation/log-scope.js';
import { unreadableFrom, type UnreadableRecord } from '../shared/record-list.js';

/** How many contacts the log reads first, newest first, to show while the rest loads: more than a screenful. */
export const FIRST_PAGE_CONTACTS = 50;

function contactQuery(scope: LogScope): ListQuery {
  const query = scope.childId !== undefined ? { childId: scope.childId } : scope.visitationPlanId !== undefined ? { planId: scope.visitationPlanId } : { caseId: scope.caseId };
  return { ...query, includeArchived: true };
}

/**
 * The log's first page (its newest contacts, archived included for history and the archived filter) and
 * the plans they may link to. `complete` when the page held every contact (fewer than asked for), so no
 * second read is needed; an adapter that ignores `newest` returns all, and the second read is merely redundant.
 */
export const loadContactLog = fromPromise<{ contacts: Contact[]; plans: VisitationPlan[]; unreadable: UnreadableRecord[]; complete: boolean }, { storage: StorageAdapter; newest: number } & LogScope>(async ({ input }) => {
  const planQuery: ListQuery = input.childId !== undefined ? { childId: input.childId } : { caseId: input.caseId };
  const [contacts, plans] = await Promise.all([
    input.storage.list<Contact>(CONTACT_KIND, { ...contactQuery(input), newest: input.newest }),
    input.storage.list<VisitationPlan>(VISITATION_PLAN_KIND, planQuery),
  ]);
  return {
    contacts: contacts.records.filter((contact) => contactInLog(input, contact)),
    plans: plans.records.filter((plan) => planInLog(input, plan)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    unreadable: unreadableFrom([...contacts.corrupt, ...plans.corrupt]),
    complete: contacts.records.length + contacts.corrupt.length < input.newest,
  };
});

/** Every contact in scope, read once the first page is on screen (nothing when that page held them all). */
export const loadWholeLog = fromPromise<{ contacts: Contact[]; unreadable: UnreadableRecord[] } | undefined, { storage: StorageAdapter; complete: boolean } & LogScope>(async ({ input }) => {
  if (input.complete) return undefined;
  const contacts = await input.storage.list<Contact>(CONTACT_KIND, contactQuery(input));
  return { contacts: contacts.records.filter((contact) => contactInLog(input, contact)), unreadable: unreadableFrom(contacts.corrupt) };
});
