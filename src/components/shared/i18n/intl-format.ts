/**
 * Dates, numbers, money and lists through Intl, with the formatters cached (building one costs far
 * more than using it, and a plan table formats hundreds of values per render).
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();
/**
 * Frozen options (the defaults below) are found by identity, without serializing them on every call:
 * a plan's open formats a date per line. Only frozen ones, since a caller's object could change.
 */
const byFrozenOptions = new WeakMap<object, Map<string, Formatter>>();

function cached<T extends Formatter>(kind: string, locale: string, options: object, build: () => T): T {
  const frozen = Object.isFrozen(options) ? byFrozenOptions.get(options) ?? new Map<string, Formatter>() : undefined;
  if (frozen) byFrozenOptions.set(options, frozen);
  const short = `${kind}|${locale}`;
  let format = frozen?.get(short) as T | undefined;
  if (format) return format;
  const key = `${short}|${JSON.stringify(options)}`;
  format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = build()));
  frozen?.set(short, format);
  return format;
}

const mediumDate: Intl.DateTimeFormatOptions = Object.freeze({ dateStyle: 'medium' });
const mediumDateTime: Intl.DateTimeFormatOptions = Object.freeze({ dateStyle: 'medium', timeStyle: 'short' });
const plainNumber: Intl.NumberFormatOptions = Object.freeze({});
const conjunction: Intl.ListFormatOptions = Object.freeze({ type: 'conjunction' });

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value that means a point in time or a calendar day; `YYYY-MM-DD` strings are calendar days. */
export type DateInput = Date | string | number;

/**
 * A calendar date ('2025-03-14') is a day, not an instant: it is read and shown in UTC so that a due
 * date never moves to the day before for a caseworker west of Greenwich.
 */
function toDate(value: DateInput): { date: Date; calendarDay: boolean } | undefined {
  if (typeof value === 'string') {
    const day = calendarDatePattern.exec(value);
    if (day) return { date: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))), calendarDay: true };
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : { date, calendarDay: false };
}

export function formatDate(locale: string, value: DateInput, options: Intl.DateTimeFormatOptions = mediumDate): string {
  const parsed = toDate(value);
  if (!parsed) return '';
  // A calendar day is formatted in UTC (its own cache entry, so the options object stays the caller's).
  if (parsed.calendarDay) return cached('day', locale, options, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })).format(parsed.date);
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(parsed.date);
}

export function formatDateTime(locale: string, value: DateInput, options: Intl.DateTimeFormatOptions = mediumDateTime): string {
  return formatDate(locale, value, options);
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = plainNumber): string {
  if (!Number.isFinite(value)) return '';
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** Money in its own currency (an ISO 4217 code); an unknown code falls back to the plain number and the code. */
export function formatMoney(locale: string, amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '';
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  try {
    return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(amount);
  } catch {
    return `${formatNumber(locale, amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

export function formatList(locale: string, items: readonly string[], options: Intl.ListFormatOptions = conjunction): string {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/**
 * A time zone by its name in the reader's language ("Central Time", "hora central", "heure du Centre"),
 * never an IANA code a family cannot read; the generic name, since a schedule spans both summer and
 * winter time. The code itself when the browser knows no name for it.
 */
// A fixed recent instant: the generic name does not depend on it, but a zone's history does (Lisbon was on CET in 1970).
const zoneNameInstant = new Date(Date.UTC(2026, 0, 15));

export function formatTimeZone(locale: string, timeZone: string): string {
  try {
    const format = cached('zone', locale, { timeZone }, () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }));
    return format.formatToParts(zoneNameInstant).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
