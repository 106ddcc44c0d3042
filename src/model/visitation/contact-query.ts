import * as z from 'zod/mini';
import { CalendarDateSchema, IdSchema } from '../record.js';
import { ContactTypeSchema, contactOutcomeTypes, type Contact } from './contact.js';
import { TimeZoneSchema } from './plan.js';
import { addDays } from '../shared/calendar.js';
import { fromZoned, zonedDateOf } from './time-zone.js';

/** What the contact log can be filtered by; every field narrows the list, none means all. */
export const ContactFilterSchema = z.object({
  /** A plan's contacts; `null` for contacts linked to no visitation plan. */
  visitationPlanId: z.optional(z.nullable(IdSchema)),
  participantId: z.optional(IdSchema),
  types: z.optional(z.array(ContactTypeSchema)),
  outcomes: z.optional(z.array(z.enum(contactOutcomeTypes))),
  /** First and last calendar day, both included, in `timeZone` (UTC when absent). */
  from: z.optional(CalendarDateSchema),
  to: z.optional(CalendarDateSchema),
  timeZone: z.optional(TimeZoneSchema),
  includeArchived: z.optional(z.boolean()),
  /** Words to find in the notes, the place or the names of the people present (case and accents ignored). */
  text: z.optional(z.string().check(z.maxLength(200))),
});
export type ContactFilter = z.infer<typeof ContactFilterSchema>;

export const contactSortOrders = ['newest-first', 'oldest-first'] as const;
export type ContactSortOrder = (typeof contactSortOrders)[number];

/** Text folded for search: lower case, accents and other marks removed ("José" finds "jose"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** Every word of the search is in the contact's notes, place or the names of the people present. */
function matchesText(contact: Contact, words: readonly string[], names: ReadonlyMap<string, string>): boolean {
  const haystack = foldForSearch([contact.notes ?? '', contact.location ?? '', ...contact.participantIds.map((id) => names.get(id) ?? '')].join('\n'));
  return words.every((word) => haystack.includes(word));
}

/**
 * The contacts matching every part of the filter, in their original order. `names`: people's names by
 * id (the host owns people), so a search finds a contact by who was there.
 */
export function filterContacts(contacts: readonly Contact[], filter: ContactFilter, names: ReadonlyMap<string, string> = new Map()): Contact[] {
  const timeZone = filter.timeZone ?? 'UTC';
  // Day bounds become instants once, so 10 000 contacts compare numbers rather than format dates.
  const fromMs = filter.from === undefined ? -Infinity : fromZoned(filter.from, '00:00', timeZone).getTime();
  const toMs = filter.to === undefined ? Infinity : fromZoned(addDays(filter.to, 1), '00:00', timeZone).getTime();
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : undefined;
  const outcomes = filter.outcomes && filter.outcomes.length > 0 ? new Set(filter.outcomes) : undefined;
  const bounded = filter.from !== undefined || filter.to !== undefined;
  const words = foldForSearch(filter.text ?? '').split(/\s+/).filter((word) => word !== '');
  return contacts.filter((contact) => {
    if (contact.archived === true && filter.includeArchived !== true) return false;
    if (filter.visitationPlanId === null && contact.visitationPlanId !== undefined) return false;
    if (typeof filter.visitationPlanId === 'string' && contact.visitationPlanId !== filter.visitationPlanId) return false;
    if (filter.participantId !== undefined && !contact.participantIds.includes(filter.participantId)) return false;
    if (types && !types.has(contact.type)) return false;
    if (outcomes && !outcomes.has(contact.outcome.type)) return false;
    if (words.length > 0 && !matchesText(contact, words, names)) return false;
    if (!bounded) return true;
    const at = Date.parse(contact.occurredAt);
    return at >= fromMs && at < toMs;
  });
}

/** Sorted by when they took place (ties by id, so the order is stable across reloads). */
export function sortContactsByDate(contacts: readonly Contact[], order: ContactSortOrder = 'newest-first'): Contact[] {
  const direction = order === 'newest-first' ? -1 : 1;
  return contacts
    .map((contact) => ({ contact, at: Date.parse(contact.occurredAt) }))
    .sort((a, b) => (a.at - b.at) * direction || (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0))
    .map((entry) => entry.contact);
}

export function queryContacts(contacts: readonly Contact[], filter: ContactFilter, order: ContactSortOrder = 'newest-first', names: ReadonlyMap<string, string> = new Map()): Contact[] {
  return sortContactsByDate(filterContacts(contacts, filter, names), order);
}

/**
 * The calendar day, in `timeZone`, of the earliest contact not archived (undefined when there is none).
 * The earliest instant has the earliest day, so one zone conversion is made, not one per contact.
 */
export function earliestContactDate(contacts: readonly Contact[], timeZone: string): string | undefined {
  let earliest: Contact | undefined;
  let earliestAt = Infinity;
  for (const contact of contacts) {
    if (contact.archived === true) continue;
    const at = Date.parse(contact.occurredAt);
    if (at < earliestAt) {
      earliestAt = at;
      earliest = contact;
    }
  }
  return earliest === undefined ? undefined : zonedDateOf(earliest.occurredAt, timeZone);
}
