import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Recurrence, VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { Contact, ContactOutcome } from '../../../src/model/visitation/contact.js';
import { datedOccurrences, occurrences } from '../../../src/model/visitation/recurrence.js';
import { planCompliance } from '../../../src/model/visitation/compliance.js';
import { isActiveOn } from '../../../src/model/visitation/schedule-window.js';
import { toZoned } from '../../../src/model/visitation/time-zone.js';
import { planContact, weeklyPlan } from './fixtures.js';

const zones = ['Europe/Lisbon', 'America/New_York', 'America/Sao_Paulo', 'Europe/Paris', 'Australia/Sydney', 'UTC', 'Asia/Kolkata'];
const day = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((interval) => ({ type: 'every-n-days' as const, interval })),
  fc.record({ interval: fc.integer({ min: 1, max: 4 }), weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }) }).map((value) => ({ type: 'every-n-weeks' as const, ...value })),
  fc.record({ interval: fc.integer({ min: 1, max: 6 }), dayOfMonth: fc.integer({ min: 1, max: 31 }) }).map((value) => ({ type: 'every-n-months' as const, ...value })),
  fc.integer({ min: 1, max: 7 }).map((times) => ({ type: 'times-per-week' as const, times })),
  fc.integer({ min: 1, max: 8 }).map((times) => ({ type: 'times-per-month' as const, times })),
);
const suspension = fc.tuple(day, fc.integer({ min: 0, max: 40 })).map(([from, length]) => ({
  from,
  to: new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10),
  reason: 'Court order',
}));
const plan: fc.Arbitrary<VisitationPlan> = fc
  .record({ start: day, length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }), timeZone: fc.constantFrom(...zones), recurrence, timeOfDay: time, suspensions: fc.array(suspension, { maxLength: 3 }) })
  .map(({ start, length, timeZone, recurrence: rule, timeOfDay, suspensions }) =>
    weeklyPlan({
      startDate: start,
      endDate: length === undefined ? undefined : new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10),
      timeZone,
      recurrence: rule,
      timeOfDay,
      suspensions,
    }),
  );

describe('visitation recurrence and compliance properties', () => {
  it('every fixed-date visit lies within the plan, on an active day, at the planned wall-clock time (or just after a DST gap)', () => {
    fc.assert(
      fc.property(plan, day, fc.integer({ min: 0, max: 200 }), (candidate, from, span) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + span * 86_400_000).toISOString().slice(0, 10);
        const found = datedOccurrences(candidate, from, to);
        const keys = found.map((one) => one.key);
        expect(new Set(keys).size, 'no visit twice').to.equal(keys.length);
        expect([...keys].sort(), 'in order').to.deep.equal(keys);
        for (const visit of found) {
          expect(visit.date >= from && visit.date <= to, `${visit.date} within the range`).to.equal(true);
          expect(isActiveOn(candidate, visit.date), `${visit.date} active`).to.equal(true);
          const wall = toZoned(visit.startsAt, candidate.timeZone);
          const shifted = wall.date !== visit.date || wall.time !== candidate.timeOfDay;
          // Only a time that does not exist that day (clocks going forward) may be moved, by at most an hour.
          if (shifted) expect(Date.parse(`${wall.date}T${wall.time}:00Z`) - Date.parse(`${visit.date}T${candidate.timeOfDay}:00Z`)).to.be.within(1, 3_600_000);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('"times per" plans expect no more than the planned number per period, and nothing on a period with no active day', () => {
    fc.assert(
      fc.property(plan, (candidate) => {
        for (const found of occurrences(candidate, candidate.startDate, candidate.endDate ?? '2028-12-31')) {
          if (found.type !== 'period') continue;
          expect(found.expected).to.be.within(0, found.times);
          expect(found.activeDays).to.be.within(1, found.periodDays);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('compliance figures always add up: planned = due + upcoming, due = completed + cancelled + missed, rate within 0..1', () => {
    const outcome: fc.Arbitrary<ContactOutcome> = fc.constantFrom<ContactOutcome>(
      { type: 'completed' },
      { type: 'cancelled', by: { party: 'caregiver' } },
      { type: 'no-show', who: { party: 'visitor' } },
      { type: 'rescheduled', by: { party: 'agency' }, newDate: '2026-06-01' },
    );
    fc.assert(
      fc.property(plan, fc.array(fc.tuple(fc.nat(), outcome), { maxLength: 30 }), fc.integer({ min: 0, max: 900 }), (candidate, picks, nowOffset) => {
        const now = new Date(Date.UTC(2025, 0, 1) + nowOffset * 86_400_000);
        const planned = occurrences(candidate, candidate.startDate, '2028-12-31');
        const contacts: Contact[] = planned.length === 0 ? [] : picks.map(([index, result]) => {
          const target = planned[index % planned.length]!;
          const at = target.type === 'dated' ? target.startsAt : `${target.activeFrom}T12:00:00.000Z`;
          return planContact(candidate.id, target.key, at, result);
        });
        const result = planCompliance(candidate, contacts, now);
        for (const counts of [...result.months, result.sinceStart]) {
          expect(counts.planned, 'planned').to.equal(counts.due + counts.upcoming);
          expect(counts.due, 'due').to.equal(counts.completed + counts.cancelled + counts.missed);
          if (counts.rate !== null) expect(counts.rate).to.be.within(0, 1);
        }
      }),
      { numRuns: 120 },
    );
  });
});
