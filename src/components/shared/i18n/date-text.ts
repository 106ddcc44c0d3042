/*
 * Dates typed as text, in the viewer's locale: one Tab stop per date field (Chromium's native date input
 * is four: month, day, year and the picker), the stored value an ISO calendar date all the same.
 * Used by the editor's field (field.ts) and callable from any field implementation.
 */
import { parseDateText, type DateOrder } from '../../../model/shared/date-text.js';
import type { CalendarDate } from '../../../model/shared/calendar.js';
import { formatDate } from './intl-format.js';
import { retypeStart } from '../directives/typed-value.js';

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

/**
 * The language changed (`from` → `to`) while date controls (`input[data-date]` under `root`) may hold text
 * typed in the old one's format ("3/4/2026": March 4 in English): each is written again in the new format,
 * the same day ("04/03/2026" in French), and so is the text typing began from, so a later commit, read in
 * the new order, stores the day the user meant and compares the same day for a conflict. Text that reads
 * as no date stays as typed.
 */
export function retypeDates(root: ParentNode, from: string, to: string): void {
  const order = dateOrder(from);
  const again = (text: string) => {
    const day = text.trim() === '' ? undefined : parseDateText(text, order);
    return day ? dateText(to, day) : text;
  };
  for (const control of root.querySelectorAll<HTMLInputElement>('input[data-date]')) {
    const value = again(control.value);
    if (value !== control.value) control.value = value;
    retypeStart(control, again);
  }
}
