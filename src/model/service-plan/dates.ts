/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Plans speak in calendar days (due dates, review
 * dates), so there is no time zone here; the machine turns its `now` into today's date once.
 */
export type CalendarDate = string;

function parts(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date of an instant as seen on the user's device (where the caseworker is). */
export function calendarDateOf(instant: Date): CalendarDate {
  return format(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** `months` later (or earlier), keeping the day but clamping to the month's end: Jan 31 + 1 → Feb 28/29. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = parts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return format(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
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

/** Whole years between a birth date and a day (the age a person has on that day). */
export function fullYearsBetween(birthDate: CalendarDate, today: CalendarDate): number {
  const [birthYear, birthMonth, birthDay] = parts(birthDate);
  const [year, month, day] = parts(today);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
