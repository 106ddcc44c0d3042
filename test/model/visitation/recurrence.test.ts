import { expect } from '@open-wc/testing';
import {
  datedOccurrences,
  findOccurrence,
  nextOccurrences,
  occurrenceKeyDate,
  occurrences,
  suggestOccurrence,
  type PeriodExpectation,
  MAX_GENERATED_DATES,
} from '../../../src/model/visitation/recurrence.js';
import * as z from 'zod/mini';
import { VisitationPlanSchema } from '../../../src/model/visitation/plan.js';
import { fromZoned, toZoned } from '../../../src/model/visitation/time-zone.js';
import { monthlyPlan, weeklyPlan } from './fixtures.js';

const keys = (list: { key: string }[]) => list.map((one) => one.key);

describe('visitation recurrence', () => {
  describe('time zones', () => {
    it('keeps a 16:00 visit at 16:00 on the Lisbon clock when summer time starts', () => {
      const found = datedOccurrences(weeklyPlan(), '2026-03-24', '2026-03-31');
      expect(found.map((one) => one.startsAt)).to.deep.equal(['2026-03-24T16:00:00.000Z', '2026-03-31T15:00:00.000Z']);
      expect(found.map((one) => one.endsAt)).to.deep.equal(['2026-03-24T17:30:00.000Z', '2026-03-31T16:30:00.000Z']);
    });

    it('moves a time that does not exist (clocks go forward) later by the gap, and takes the first of a repeated time', () => {
      expect(fromZoned('2026-03-08', '02:30', 'America/New_York').toISOString()).to.equal('2026-03-08T07:30:00.000Z');
      expect(fromZoned('2026-11-01', '01:30', 'America/New_York').toISOString()).to.equal('2026-11-01T05:30:00.000Z');
      expect(toZoned('2026-11-01T06:30:00.000Z', 'America/New_York')).to.deep.equal({ date: '2026-11-01', time: '01:30' });
    });

    it('computes dates on the plan zone calendar, not the device one', () => {
      const plan = monthlyPlan({ timeOfDay: '23:30' });
      const [first] = datedOccurrences(plan, '2026-03-01', '2026-03-31');
      expect(first?.key).to.equal('2026-03-15T23:30');
      expect(first?.startsAt).to.equal('2026-03-16T03:30:00.000Z');
    });
  });

  describe('fixed dates', () => {
    it('gives every Tuesday from the start date to the end date', () => {
      const plan = weeklyPlan({ endDate: '2026-03-24' });
      expect(keys(occurrences(plan, '2026-02-01', '2026-04-30'))).to.deep.equal(['2026-03-03T16:00', '2026-03-10T16:00', '2026-03-17T16:00', '2026-03-24T16:00']);
    });

    it('counts "every 2 weeks" from the week of the start date, on each chosen weekday', () => {
      const plan = weeklyPlan({ startDate: '2026-03-04', recurrence: { type: 'every-n-weeks', interval: 2, weekdays: [6, 3] } });
      expect(occurrences(plan, '2026-03-01', '2026-03-31').map((one) => (one.type === 'dated' ? one.date : ''))).to.deep.equal([
        '2026-03-04',
        '2026-03-07',
        '2026-03-18',
        '2026-03-21',
      ]);
    });

    it('puts a visit planned on the 31st on the last day of shorter months, February 29 in a leap year', () => {
      const plan = monthlyPlan({ startDate: '2027-12-31', recurrence: { type: 'every-n-months', interval: 1, dayOfMonth: 31 } });
      expect(datedOccurrences(plan, '2027-12-01', '2028-04-30').map((one) => one.date)).to.deep.equal(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    });

    it('keeps "every 3 months" and "every 3 days" anchored on the start, across month and year ends', () => {
      const quarterly = monthlyPlan({ startDate: '2026-11-15', recurrence: { type: 'every-n-months', interval: 3, dayOfMonth: 15 } });
      expect(datedOccurrences(quarterly, '2027-01-01', '2027-12-31').map((one) => one.date)).to.deep.equal(['2027-02-15', '2027-05-15', '2027-08-15', '2027-11-15']);
      const everyThreeDays = weeklyPlan({ startDate: '2026-12-28', recurrence: { type: 'every-n-days', interval: 3 } });
      expect(datedOccurrences(everyThreeDays, '2026-12-30', '2027-01-08').map((one) => one.date)).to.deep.equal(['2026-12-31', '2027-01-03', '2027-01-06']);
    });

    it('leaves out suspended days (both ends included) and everything after the day the plan was ended', () => {
      const plan = weeklyPlan({ suspensions: [{ from: '2026-03-10', to: '2026-03-17', reason: 'Hospital stay' }], endedOn: '2026-04-07' });
      expect(keys(occurrences(plan, '2026-03-01', '2026-04-30'))).to.deep.equal(['2026-03-03T16:00', '2026-03-24T16:00', '2026-03-31T16:00', '2026-04-07T16:00']);
      const stillSuspended = weeklyPlan({ status: 'suspended', suspensions: [{ from: '2026-03-20', reason: 'Court review' }] });
      expect(keys(occurrences(stillSuspended, '2026-03-01', '2026-05-31'))).to.deep.equal(['2026-03-03T16:00', '2026-03-10T16:00', '2026-03-17T16:00']);
    });

    it('gives nothing for a weekly plan without weekdays', () => {
      expect(occurrences(weeklyPlan({ recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [] } }), '2026-03-01', '2026-12-31')).to.deep.equal([]);
    });
  });

  describe('times per week or month', () => {
    it('expects the planned number per full week and a prorated share in a week the plan starts mid-way', () => {
      const plan = weeklyPlan({ startDate: '2026-03-05', recurrence: { type: 'times-per-week', times: 2 } });
      const found = occurrences(plan, '2026-03-01', '2026-03-15') as PeriodExpectation[];
      expect(found.map((one) => [one.key, one.activeDays, one.expected])).to.deep.equal([
        ['2026-W10', 4, 1],
        ['2026-W11', 7, 2],
      ]);
      expect([found[0]?.periodStart, found[0]?.periodEnd, found[0]?.activeFrom]).to.deep.equal(['2026-03-02', '2026-03-08', '2026-03-05']);
    });

    it('prorates a month by the days not suspended', () => {
      const plan = monthlyPlan({ recurrence: { type: 'times-per-month', times: 4 }, suspensions: [{ from: '2026-04-01', to: '2026-04-15', reason: 'Placement change' }] });
      const found = occurrences(plan, '2026-03-01', '2026-04-30') as PeriodExpectation[];
      expect(found.map((one) => [one.key, one.activeDays, one.expected])).to.deep.equal([
        ['2026-03', 31, 4],
        ['2026-04', 15, 2],
      ]);
    });

    it('names ISO weeks that straddle a new year by the year of their Thursday', () => {
      const plan = weeklyPlan({ startDate: '2026-12-01', recurrence: { type: 'times-per-week', times: 1 } });
      expect(keys(occurrences(plan, '2026-12-28', '2027-01-05'))).to.deep.equal(['2026-W53', '2027-W01']);
      expect(occurrenceKeyDate('2026-W53')).to.equal('2026-12-28');
      expect(occurrenceKeyDate('2026-W01')).to.equal('2025-12-29');
    });
  });

  describe('next occurrences and suggestions', () => {
    it('lists the next visits not yet begun, skipping a suspension', () => {
      const plan = weeklyPlan({ suspensions: [{ from: '2026-03-16', to: '2026-03-22', reason: 'Hospital stay' }] });
      const now = new Date('2026-03-10T16:30:00.000Z');
      expect(keys(nextOccurrences(plan, now, 3))).to.deep.equal(['2026-03-24T16:00', '2026-03-31T16:00', '2026-04-07T16:00']);
    });

    it('lists nothing after the plan ends, and the current period for a "times per" plan', () => {
      expect(nextOccurrences(weeklyPlan({ endDate: '2026-03-10' }), new Date('2026-03-11T00:00:00Z'), 3)).to.deep.equal([]);
      const plan = monthlyPlan({ recurrence: { type: 'times-per-month', times: 2 } });
      expect(keys(nextOccurrences(plan, new Date('2026-03-20T12:00:00Z'), 2))).to.deep.equal(['2026-03', '2026-04']);
    });

    it('suggests the nearest planned visit for a contact date, preferring one not yet fulfilled', () => {
      const plan = weeklyPlan();
      expect(suggestOccurrence(plan, '2026-03-11T10:00:00.000Z')?.key).to.equal('2026-03-10T16:00');
      expect(suggestOccurrence(plan, '2026-03-11T10:00:00.000Z', ['2026-03-10T16:00'])?.key).to.equal('2026-03-17T16:00');
      expect(suggestOccurrence(weeklyPlan({ endDate: '2026-03-10' }), '2026-06-01T10:00:00.000Z')).to.equal(undefined);
      expect(suggestOccurrence(monthlyPlan({ recurrence: { type: 'times-per-week', times: 1 } }), '2026-03-11T10:00:00.000Z')?.key).to.equal('2026-W11');
    });

    it('recognises only keys that are real occurrences of the plan', () => {
      const plan = weeklyPlan({ suspensions: [{ from: '2026-03-10', to: '2026-03-10', reason: 'Illness' }] });
      expect(findOccurrence(plan, '2026-03-17T16:00')?.key).to.equal('2026-03-17T16:00');
      expect(findOccurrence(plan, '2026-03-10T16:00')).to.equal(undefined);
      expect(findOccurrence(plan, '2026-03-18T16:00')).to.equal(undefined);
      expect(findOccurrence(plan, '2026-03-17T15:00')).to.equal(undefined);
    });
  });
});

describe('visitation recurrence: no value can hang generation', () => {
  const kinds = [
    (interval: number) => weeklyPlan({ recurrence: { type: 'every-n-days', interval } as never }),
    (interval: number) => weeklyPlan({ recurrence: { type: 'every-n-weeks', interval, weekdays: [2] } as never }),
    (interval: number) => monthlyPlan({ recurrence: { type: 'every-n-months', interval, dayOfMonth: 15 } as never }),
  ];
  for (const interval of [0, -1, -0.5, 0.5, Number.NaN]) {
    it(`generates nothing for an interval of ${interval}, and the schema refuses it with a message`, () => {
      for (const planOf of kinds) {
        const plan = planOf(interval);
        expect(occurrences(plan, '2026-03-01', '2026-04-30'), plan.recurrence.type).to.deep.equal([]);
        expect(nextOccurrences(plan, new Date('2026-03-10T00:00:00Z'), 3), plan.recurrence.type).to.deep.equal([]);
        const parsed = z.safeParse(VisitationPlanSchema, plan);
        expect(parsed.success, plan.recurrence.type).to.equal(false);
        const codes = parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path.join('.') === 'recurrence.interval').map((issue) => issue.message);
        expect(codes.length, `${plan.recurrence.type}: a message on recurrence.interval`).to.be.greaterThan(0);
      }
    });
  }

  it('stops at MAX_GENERATED_DATES however long the window', () => {
    const plan = weeklyPlan({ recurrence: { type: 'every-n-days', interval: 1 } as never, endDate: '9999-12-31' });
    expect(occurrences(plan, '2026-01-01', '9999-12-31').length).to.equal(MAX_GENERATED_DATES);
  });
});
