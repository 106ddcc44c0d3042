/**
 * IANA time zones without a library: Intl knows every zone's offsets, so a wall-clock time in a zone
 * can be turned into an instant and back. Visits are planned in the child's local time ("Tuesdays at
 * 16:00 in Lisbon"), which must stay 16:00 across daylight-saving changes.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name Intl accepts (`Europe/Lisbon`, `America/New_York`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 100) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock reading in some zone: date `YYYY-MM-DD` and time `HH:MM`. */
export interface ZonedDateTime {
  date: string;
  time: string;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallClockAt(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The date and time an instant shows on a clock in `timeZone`. */
export function toZoned(instant: Date | string, timeZone: string): ZonedDateTime {
  const wall = wallClockAt(new Date(instant).getTime(), timeZone);
  return { date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/** The calendar date of an instant in `timeZone`. */
export function zonedDateOf(instant: Date | string, timeZone: string): string {
  return toZoned(instant, timeZone).date;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time in `timeZone` denotes. Like Temporal's 'compatible' disambiguation:
 * a time that happens twice (clocks go back) is the first of the two; a time that never happens
 * (clocks go forward) moves forward by the length of the gap (02:30 becomes 03:30).
 */
export function fromZoned(date: string, time: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const local = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = offsetAt(local - DAY_MS, timeZone);
  const offsetAfter = offsetAt(local + DAY_MS, timeZone);
  const valid = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => local - offset)
    .filter((candidate) => offsetAt(candidate, timeZone) === local - candidate)
    .sort((a, b) => a - b);
  return new Date(valid[0] ?? local - offsetBefore);
}
