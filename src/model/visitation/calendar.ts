/**
 * Calendar arithmetic on `YYYY-MM-DD` strings for the recurrence and compliance code. Dates here are
 * days on the wall calendar of the plan's time zone, so plain UTC arithmetic is exact (no DST inside).
 */
export type IsoDate = string;

export function dateParts(date: IsoDate): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayNumber(date: IsoDate): number {
  const [year, month, day] = dateParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function fromDayNumber(days: number): IsoDate {
  const shifted = new Date(days * 86_400_000);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const [year, month, day] = dateParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return plusDays(date, 1 - isoWeekday(date));
}

/** `YYYY-MM` of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function firstOfMonth(month: string): IsoDate {
  return `${month}-01`;
}

export function lastOfMonth(month: string): IsoDate {
  const [year, monthNumber] = dateParts(`${month}-01`);
  return isoDate(year, monthNumber, monthLength(year, monthNumber));
}

/** Months from `a` to `b`, both `YYYY-MM`. */
export function monthsBetween(a: string, b: string): number {
  const [yearA, monthA] = dateParts(`${a}-01`);
  const [yearB, monthB] = dateParts(`${b}-01`);
  return (yearB - yearA) * 12 + (monthB - monthA);
}

export function plusMonths(month: string, months: number): string {
  const [year, monthNumber] = dateParts(`${month}-01`);
  const index = year * 12 + (monthNumber - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Each `YYYY-MM` from the month of `from` to the month of `to`, inclusive. */
export function monthsInRange(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = plusMonths(month, 1)) months.push(month);
  return months;
}

/** ISO 8601 week key (`2026-W09`): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekKey(date: IsoDate): string {
  const thursday = plusDays(mondayOf(date), 3);
  const [year] = dateParts(thursday);
  const week = Math.floor(daysBetween(isoDate(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
