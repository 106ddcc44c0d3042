/**
 * The one calendar-date module: arithmetic on `YYYY-MM-DD` strings (and `YYYY-MM` months) for every
 * domain (a plan's due and review dates, a visitation plan's occurrences, compliance by month).
 * Dates are days on a wall calendar (the device's for service plans, the plan's time zone for
 * visitation), so plain UTC arithmetic is exact: no time zone and no DST inside.
 */
export type CalendarDate = string;

export function dateParts(date: CalendarDate): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

export function isoDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayNumber(date: CalendarDate): number {
  const [year, month, day] = dateParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function fromDayNumber(days: number): CalendarDate {
  const shifted = new Date(days * 86_400_000);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The calendar date of an instant as seen on the user's device (where the caseworker is). */
export function calendarDateOf(instant: Date): CalendarDate {
  return isoDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `months` later (or earlier), keeping the day but clamping to the month's end: Jan 31 + 1 → Feb 28/29. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [, , day] = dateParts(date);
  const [year, month] = dateParts(firstOfMonth(monthPlus(monthOf(date), months)));
  return isoDate(year, month, Math.min(day, monthLength(year, month)));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO dates compare as strings; these read better at the call site. */
export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

export function earliest(dates: (CalendarDate | undefined)[]): CalendarDate | undefined {
  return dates.filter((date): date is CalendarDate => date !== undefined).sort()[0];
}

export function latest(dates: (CalendarDate | undefined)[]): CalendarDate | undefined {
  return dates.filter((date): date is CalendarDate => date !== undefined).sort().at(-1);
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}

/** Whole years between a birth date and a day (the age a person has on that day). */
export function fullYearsBetween(birthDate: CalendarDate, today: CalendarDate): number {
  const [birthYear, birthMonth, birthDay] = dateParts(birthDate);
  const [year, month, day] = dateParts(today);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const [year, month, day] = dateParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week key (`2026-W09`): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekKey(date: CalendarDate): string {
  const thursday = addDays(mondayOf(date), 3);
  const [year] = dateParts(thursday);
  const week = Math.floor(daysBetween(isoDate(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts an ISO 8601 week (`2026-W09` → `2026-02-23`): week 1 holds January 4. */
export function isoWeekStart(weekKey: string): CalendarDate {
  const [year = 1970, week = 1] = weekKey.split('-W').map(Number);
  return addDays(mondayOf(isoDate(year, 1, 4)), (week - 1) * 7);
}

/** `YYYY-MM` of a date. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

export function firstOfMonth(month: string): CalendarDate {
  return `${month}-01`;
}

export function lastOfMonth(month: string): CalendarDate {
  const [year, monthNumber] = dateParts(`${month}-01`);
  return isoDate(year, monthNumber, monthLength(year, monthNumber));
}

/** Months from `a` to `b`, both `YYYY-MM`. */
export function monthsBetween(a: string, b: string): number {
  const [yearA, monthA] = dateParts(`${a}-01`);
  const [yearB, monthB] = dateParts(`${b}-01`);
  return (yearB - yearA) * 12 + (monthB - monthA);
}

/** The `YYYY-MM` month `months` after (or before) `month`. */
export function monthPlus(month: string, months: number): string {
  const [year, monthNumber] = dateParts(`${month}-01`);
  const index = year * 12 + (monthNumber - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Each `YYYY-MM` from the month of `from` to the month of `to`, inclusive. */
export function monthsInRange(from: CalendarDate, to: CalendarDate): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = monthPlus(month, 1)) months.push(month);
  return months;
}
