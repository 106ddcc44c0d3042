/*
 * Dates typed as text, in the viewer's locale: one Tab stop per date field (Chromium's native date input
 * is four: month, day, year and the picker), the stored value an ISO calendar date all the same.
 * Used by the editor's field (field.ts) and callable from any field implementation.
 */
import { parseDateText, type DateOrder } from '../../../model/shared/date-text.js';
import type { CalendarDate } from '../../../model/shared/calendar.js';
import { formatDate } from './intl-format.js';

const numeric: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** The order the locale writes a date's parts in (from Intl, so en-US is month first, fr day first). */
export function dateOrder(lang: string): DateOrder {
  const parts = new Intl.DateTimeFormat(lang, { ...numeric, timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 4, 31)));
  const order = parts
    .filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')
    .map((part) => part.type[0])
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/** A stored ISO date as the locale writes it in numbers (`05/31/2026`, `31/05/2026`); '' for none. */
export function dateText(lang: string, value: CalendarDate | undefined | null): string {
  return value ? formatDate(lang, value, numeric) : '';
}

/** An example in the locale's own format, for the field's hint (the 31st makes the order unmistakable). */
export function dateExample(lang: string): string {
  return dateText(lang, '2026-05-31');
}

/**
 * What the user typed, as the value to commit: the ISO date when it reads as one in the locale's order
 * (or as ISO), '' when emptied, otherwise the text as typed, which the model's schema then refuses with
 * its message at the field (nothing invalid is stored, and what was typed is not silently dropped).
 */
export function typedDate(lang: string, text: string): string {
  if (text.trim() === '') return '';
  return parseDateText(text, dateOrder(lang)) ?? text.trim();
}
