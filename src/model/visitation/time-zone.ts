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

const CACHE_DAY_MS = 86_400_000;
/** Fast path only for ordinary dates (Intl writes far-away years differently). */
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_UNTIL = Date.UTC(2200, 0, 1);
const MAX_CACHED_DAYS = 100_000;
/** Per zone: the offset at the start (00:00 UTC) of each day already asked about. */
const dayStartOffsets = new Map<string, Map<number, number>>();

function offsetAtDayStart(day: number, timeZone: string): number {
  let offsets = dayStartOffsets.get(timeZone);
  if (!offsets) dayStartOffsets.set(timeZone, (offsets = new Map()));
  let offset = offsets.get(day);
  if (offset === undefined) {
    if (offsets.size >= MAX_CACHED_DAYS) offsets.clear();
    offset = offsetAt(day * CACHE_DAY_MS, timeZone);
    offsets.set(day, offset);
  }
  return offset;
}

/**
 * The wall clock at an instant, asking Intl (slow: tens of microseconds) about once per UTC day and
 * zone: when the offset is the same at the start of the day and of the next, no change of offset
 * happens in between and the wall clock is the instant shifted by it. On a day with a change the
 * answer comes from Intl itself. 10 000 contacts over a few years cost a thousand Intl calls, not 10 000.
 */
function fastWallClockAt(epochMs: number, timeZone: string): WallClock {
  if (!(epochMs >= FAST_FROM && epochMs < FAST_UNTIL)) return wallClockAt(epochMs, timeZone);
  const day = Math.floor(epochMs / CACHE_DAY_MS);
  const offset = offsetAtDayStart(day, timeZone);
  if (offsetAtDayStart(day + 1, timeZone) !== offset) return wallClockAt(epochMs, timeZone);
  const shifted = new Date(Math.floor(epochMs / 1000) * 1000 + offset);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The date and time an instant shows on a clock in `timeZone`. */
export function toZoned(instant: Date | string, timeZone: string): ZonedDateTime {
  const wall = fastWallClockAt(new Date(instant).getTime(), timeZone);
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
