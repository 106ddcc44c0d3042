import { addDays, calendarDateOf } from '../../../src/model/index.js';

/** The sample case is dated relative to "today", so it looks current whenever it is seeded. */
export interface SampleClock {
  now: Date;
  /** Today as a calendar date (UTC). */
  today: string;
  /** A calendar date `days` from today (negative: in the past). */
  day(days: number): string;
  /** An instant `days` from now (negative: in the past). */
  instant(days: number): string;
}

export function sampleClock(now: Date): SampleClock {
  const today = calendarDateOf(now);
  return {
    now,
    today,
    day: (days) => addDays(today, days),
    instant: (days) => new Date(now.getTime() + days * 86_400_000).toISOString(),
  };
}
