import type { SnapshotFrom } from 'xstate';
import type { Contact } from '../../model/visitation/contact.js';
import { earliestContactDate, filterContacts, sortContactsByDate, type ContactSortOrder } from '../../model/visitation/contact-query.js';
import { planCompliance, type PlanCompliance } from '../../model/visitation/compliance.js';
import { caseworkerVisitStandard, type CaseworkerStandard } from '../../model/visitation/caseworker-standard.js';
import { complianceForFilter, type FilteredCompliance } from '../../model/visitation/summary-filter.js';
import { occurrences, type Occurrence } from '../../model/visitation/recurrence.js';
import { firstOfMonth, monthOf, addDays } from '../../model/shared/calendar.js';
import { zonedDateOf } from '../../model/visitation/time-zone.js';
import { damagedContactCount } from '../../model/visitation/damaged-records.js';
import type { contactLogMachine } from './contact-log-machine.js';
import { selectorCache } from '../shared/selector-cache.js';

export type ContactLogSnapshot = SnapshotFrom<typeof contactLogMachine>;

export type ContactLogMode = 'loading' | 'load-failed' | 'idle' | 'editing' | 'saving' | 'save-failed' | 'conflict';

export function selectContactLogMode(snapshot: ContactLogSnapshot): ContactLogMode {
  if (snapshot.matches('loading')) return 'loading';
  if (snapshot.matches('loadFailed')) return 'load-failed';
  if (snapshot.matches({ ready: 'editing' })) return 'editing';
  if (snapshot.matches({ ready: 'saving' })) return 'saving';
  if (snapshot.matches({ ready: 'saveFailed' })) return 'save-failed';
  if (snapshot.matches({ ready: 'conflict' })) return 'conflict';
  return 'idle';
}

/** False while only the log's newest contacts are read (the first page): summaries and changes wait. */
export const selectContactLogComplete = (snapshot: ContactLogSnapshot): boolean => snapshot.context.complete;

// Keyed by the contacts list (one entry per log on the page): recomputed only when what it reads changes,
// so 10 000 contacts stay cheap to re-render.
const contactsCache = selectorCache<Contact[], Contact[]>();

/** The contacts sorted once per list and order: a new filter only filters (which keeps the order). */
function sortedOnce(contacts: Contact[], order: ContactSortOrder): Contact[] {
  return contactsCache(contacts, `sorted-${order}`, [], () => sortContactsByDate(contacts, order));
}

/** The contacts the list shows: filtered and sorted by the model's functions (as `queryContacts` does). */
export function selectVisibleContacts(snapshot: ContactLogSnapshot, names?: ReadonlyMap<string, string>): Contact[] {
  const { contacts, filter, order } = snapshot.context;
  return contactsCache(contacts, 'visible', [filter, order, names], () => filterContacts(sortedOnce(contacts, order), filter, names));
}

const complianceCache = selectorCache<Contact[], PlanCompliance[]>();

/**
 * Compliance of each plan in scope (per month, since the start, missed visits), at the machine's `now`;
 * `graceDays`: the agency's grace period for recording a visit before it counts as missed. While stored
 * contacts cannot be read, no visit is judged missed and no period not met ('cannot-judge').
 */
export function selectPlanCompliance(snapshot: ContactLogSnapshot, graceDays = 0): PlanCompliance[] {
  const { contacts, plans, unreadable } = snapshot.context;
  const now = snapshot.context.now();
  const minute = Math.floor(now.getTime() / 60_000);
  const damagedContacts = damagedContactCount(unreadable);
  return complianceCache(contacts, 'compliance', [plans, minute, graceDays, damagedContacts], () => plans.map((plan) => planCompliance(plan, contacts, now, { graceDays, damagedContacts })));
}

const filteredCache = selectorCache<Contact[], FilteredCompliance>();

/**
 * The compliance tables for the log's current filter (the plan, person, period, type, outcome and words
 * it narrows the list by), and which parts of the filter they follow; `names`: people's names by id.
 */
export function selectFilteredCompliance(snapshot: ContactLogSnapshot, graceDays = 0, names?: ReadonlyMap<string, string>): FilteredCompliance {
  const { contacts, plans, filter } = snapshot.context;
  const all = selectPlanCompliance(snapshot, graceDays);
  return filteredCache(contacts, 'filtered', [all, plans, filter, names], () => complianceForFilter(all, plans, contacts, filter, names));
}

export interface CaseworkerStandardOptions {
  /** First day judged; by default the first of the month of the earliest plan start or contact. */
  from?: string;
  /** Who counts as a caseworker besides `caseworker-home-visit` contacts; by default the current user. */
  caseworkerIds?: readonly string[];
}

/**
 * The caseworker monthly visit standard for the log's child (undefined when the log is not a child's).
 * While stored contacts cannot be read, no month is judged not met ('cannot-judge').
 */
export function selectCaseworkerStandard(snapshot: ContactLogSnapshot, options: CaseworkerStandardOptions = {}): CaseworkerStandard | undefined {
  const { childId, contacts, plans, timeZone, currentUser, unreadable } = snapshot.context;
  if (childId === undefined) return undefined;
  const now = snapshot.context.now();
  const earliest = [...plans.map((plan) => plan.startDate), earliestContactDate(contacts, timeZone)].filter((date) => date !== undefined).sort()[0];
  const from = options.from ?? firstOfMonth(monthOf(earliest ?? zonedDateOf(now, timeZone)));
  return caseworkerVisitStandard(contacts, { childId, from, now, timeZone, caseworkerIds: options.caseworkerIds ?? [currentUser.id], damagedContacts: damagedContactCount(unreadable) });
}

/** The occurrences the form offers for the contact's plan: two weeks either side of its date. */
export function selectOccurrenceChoices(snapshot: ContactLogSnapshot): Occurrence[] {
  const draft = snapshot.context.editor?.draft;
  const plan = draft?.visitationPlanId === undefined ? undefined : snapshot.context.plans.find((candidate) => candidate.id === draft.visitationPlanId);
  if (!draft || !plan || Number.isNaN(Date.parse(draft.occurredAt))) return [];
  const day = zonedDateOf(draft.occurredAt, plan.timeZone);
  return occurrences(plan, addDays(day, -14), addDays(day, 14));
}
