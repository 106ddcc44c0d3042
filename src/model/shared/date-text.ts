import * as z from 'zod/mini';
import { CalendarDateSchema } from '../record.js';
import type { CalendarDate } from './calendar.js';

/** The order in which a locale writes a date's parts (en-US: month day year; es, fr, pt: day month year). */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * A date as a person typed it, in their locale's order (`05/01/2026` in en-US, `01/05/2026` in fr) or
 * as an ISO date (`2026-05-01`), turned into the ISO calendar date stored; undefined when it is not a
 * real date (checked with the model's CalendarDateSchema: 2026-02-30 is refused). Any non-digit
 * separates the parts; the year has four digits.
 */
export function parseDateText(text: string, order: DateOrder): CalendarDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = iso ? iso.slice(1) : trimmed.split(/\D+/).filter(Boolean);
  if (parts.length !== 3) return undefined;
  const at = (letter: 'd' | 'm' | 'y') => parts[(iso ? 'ymd' : order).indexOf(letter)]!;
  const [year, month, day] = [at('y'), at('m'), at('d')];
  if (year.length !== 4 || month.length > 2 || day.length > 2) return undefined;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return z.safeParse(CalendarDateSchema, value).success ? value : undefined;
}
