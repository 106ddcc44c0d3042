import type { Contact } from './contact.js';
import { monthOf, monthsInRange, type CalendarDate } from '../shared/calendar.js';
import { zonedDateOf } from './time-zone.js';
import { mostWithDamaged, verdictWithDamaged } from './damaged-records.js';

export interface CaseworkerStandardOptions {
  childId: string;
  /** The first day to judge (placement or case start); months before it are not judged. */
  from: CalendarDate;
  now: Date;
  /** The agency's time zone: calendar months are counted on its calendar. */
  timeZone: string;
  /**
   * Users or participants who are caseworkers: a face-to-face contact of any type with one of them
   * counts as a caseworker visit. Contacts of type `caseworker-home-visit` always count.
   */
  caseworkerIds?: readonly string[];
  /**
   * Stored contacts that could not be read (see `damagedContactCount`). Their month cannot be known, so
   * while any exist no month is judged "not met": each such month is 'cannot-judge'. A month is met only
   * when it would be met whatever they are: each could be a visit of that month outside the residence.
   */
  damagedContacts?: number;
}

export interface CaseworkerMonth {
  /** `YYYY-MM` in the agency's time zone. */
  month: string;
  /** Completed caseworker visits with the child this month. */
  visits: number;
  /** How many of them took place in the child's residence. */
  inResidence: number;
  /**
   * Met: at least one visit, and most (more than half) in the residence. In progress: this month, not yet met.
   * Cannot judge: it would be not met, or met with few enough visits in the residence that a visit elsewhere
   * could undo it, and damaged contacts exist that may belong to it.
   */
  status: 'met' | 'not-met' | 'in-progress' | 'cannot-judge';
  contactIds: string[];
}

export interface CaseworkerStandard {
  months: CaseworkerMonth[];
  monthsMet: number;
  monthsNotMet: number;
  /** Months that would be not met while damaged contacts exist (see `damagedContacts`). */
  monthsCannotJudge: number;
  /** Stored contacts that could not be read when it was judged. */
  damagedContacts: number;
  /** Over all judged months: visits and the share of them in the residence (null with no visit). */
  visits: number;
  inResidence: number;
  residenceShare: number | null;
}

const notMet: ReadonlySet<CaseworkerMonth['status']> = new Set(['not-met']);

const faceToFace = new Set<Contact['type']>(['visit', 'caseworker-home-visit', 'office', 'court', 'other']);

/** Whether a contact is a caseworker visit with the child that took place. */
export function isCaseworkerVisit(contact: Contact, childId: string, caseworkerIds: ReadonlySet<string>): boolean {
  if (contact.archived === true || contact.outcome.type !== 'completed' || contact.childId !== childId) return false;
  if (contact.type === 'caseworker-home-visit') return true;
  return faceToFace.has(contact.type) && contact.participantIds.some((id) => caseworkerIds.has(id));
}

/**
 * The caseworker monthly visit standard: at least one caseworker visit with the child each calendar
 * month, most of them in the child's residence. Months from `from` to this month; contacts dated
 * after `now` are not counted (they cannot have happened). With `damagedContacts`, a month that would
 * be not met is 'cannot-judge' (the damaged record may be its visit), and so is a visited month whose
 * visits would no longer be mostly in the residence if the damaged records were visits elsewhere.
 */
export function caseworkerVisitStandard(contacts: readonly Contact[], options: CaseworkerStandardOptions): CaseworkerStandard {
  const today = zonedDateOf(options.now, options.timeZone);
  const caseworkers = new Set(options.caseworkerIds ?? []);
  const byMonth = new Map<string, Contact[]>();
  for (const contact of contacts) {
    if (Date.parse(contact.occurredAt) > options.now.getTime() || !isCaseworkerVisit(contact, options.childId, caseworkers)) continue;
    const day = zonedDateOf(contact.occurredAt, options.timeZone);
    if (day < options.from) continue;
    const month = monthOf(day);
    const visits = byMonth.get(month);
    if (visits) visits.push(contact);
    else byMonth.set(month, [contact]);
  }
  const months = (options.from <= today ? monthsInRange(options.from, today) : []).map((month): CaseworkerMonth => {
    const visits = byMonth.get(month) ?? [];
    const inResidence = visits.filter((contact) => contact.atChildResidence).length;
    const damaged = options.damagedContacts ?? 0;
    const most = visits.length > 0 ? mostWithDamaged(inResidence, visits.length, damaged) : false;
    const status: CaseworkerMonth['status'] =
      most === null ? 'cannot-judge' : verdictWithDamaged<CaseworkerMonth['status']>(most ? 'met' : month === monthOf(today) ? 'in-progress' : 'not-met', notMet, damaged);
    return { month, visits: visits.length, inResidence, status, contactIds: visits.map((contact) => contact.id) };
  });
  return { ...monthsTotals(months), damagedContacts: options.damagedContacts ?? 0 };
}

/** The standard's totals over these months: months met and not met, visits, visits in the residence and their share. */
export function monthsTotals(months: CaseworkerMonth[]): Pick<CaseworkerStandard, 'months' | 'monthsMet' | 'monthsNotMet' | 'monthsCannotJudge' | 'visits' | 'inResidence' | 'residenceShare'> {
  const visits = months.reduce((total, month) => total + month.visits, 0);
  const inResidence = months.reduce((total, month) => total + month.inResidence, 0);
  return {
    months,
    monthsMet: months.filter((month) => month.status === 'met').length,
    monthsNotMet: months.filter((month) => month.status === 'not-met').length,
    monthsCannotJudge: months.filter((month) => month.status === 'cannot-judge').length,
    visits,
    inResidence,
    residenceShare: visits > 0 ? inResidence / visits : null,
  };
}
