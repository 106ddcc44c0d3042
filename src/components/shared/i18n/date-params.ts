import { isoWeekStart, monthLength } from '../../../model/shared/calendar.js';
import type { MessageParams } from './format-message.js';
import { formatDate, formatDateTime } from './intl-format.js';

/**
 * The dates a message's parameters carry, in the reader's words: the model words violations (and plan
 * changes) with ISO values ('2026-03-08', an instant, an occurrence key '2026-03-05T16:00', '2026-W10',
 * '2026-03'), which no family reads that way. Only the parameters the model fills with dates are read as
 * dates (by name; `before`/`after` only in the changes of a date): a title, a name or any other typed text
 * is shown exactly as typed, even when it looks like a date. A date parameter of any other shape, or an
 * impossible day, is left as it is.
 */
const DATE_PARAMS: ReadonlySet<string> = new Set(['date', 'start', 'end', 'occurrence', 'newDate', 'dueDate']);
/** Messages whose `before` and `after` are dates (a date changed). */
const DATE_CHANGES: ReadonlySet<string> = new Set(['plan.change.item-date', 'plan.change.milestone-due-date']);

const calendarDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A wall-clock date and time with no zone (a visitation occurrence): shown as written, never shifted. */
const localDateTime = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
/** A point in time (stored instants): shown in the reader's own time zone. */
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const month = /^\d{4}-(0[1-9]|1[0-2])$/;
const isoWeek = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

export interface DateParamWords {
  /** Intl locale tag the text is shown in. */
  lang: string;
  /** "Week of {date}" in the reader's language. */
  weekOf: (date: string) => string;
}

/** A calendar day that exists (not the 30th of February). */
function isRealDay(value: string): boolean {
  if (!calendarDay.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return day <= monthLength(year, month);
}

/**
 * A date the model stores as text (a date parameter, a date field of a record) in the reader's words
 * when it is of a shape above; otherwise unchanged. Callers decide it is a date by what the model says
 * of the value, never by its look.
 */
export function dateValueText(value: string, words: DateParamWords): string {
  if (isRealDay(value)) return formatDate(words.lang, value);
  if (localDateTime.test(value)) return formatDateTime(words.lang, `${value}Z`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  if (instant.test(value)) return formatDateTime(words.lang, value);
  if (month.test(value)) return formatDate(words.lang, `${value}-01`, { month: 'long', year: 'numeric' });
  if (isoWeek.test(value)) return words.weekOf(formatDate(words.lang, isoWeekStart(value)));
  return value;
}

/** Whether the message `code` fills its parameter `name` with a date. */
export function isDateParam(code: string, name: string): boolean {
  return DATE_PARAMS.has(name) || ((name === 'before' || name === 'after') && DATE_CHANGES.has(code));
}

/** The date parameters of message `code` in the reader's words; every other parameter as it is. */
export function localizeDateParams(code: string, params: MessageParams, words: DateParamWords): MessageParams {
  const shown: MessageParams = {};
  for (const [name, value] of Object.entries(params)) shown[name] = typeof value === 'string' && isDateParam(code, name) ? dateValueText(value, words) : value;
  return shown;
}
