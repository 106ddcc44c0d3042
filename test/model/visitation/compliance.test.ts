import { expect } from '@open-wc/testing';
import { combinedMonth, planCompliance } from '../../../src/model/visitation/compliance.js';
import { contact, monthlyPlan, planContact, weeklyPlan } from './fixtures.js';

const W = 'plan-weekly';
const figures = (counts: { planned: number; due: number; completed: number; cancelled: number; missed: number; rate: number | null }) => ({
  planned: counts.planned,
  due: counts.due,
  completed: counts.completed,
  cancelled: counts.cancelled,
  missed: counts.missed,
  rate: counts.rate,
});

describe('visitation compliance', () => {
  describe('visits on fixed dates', () => {
    // Tuesdays at 16:00 in Lisbon from 3 March 2026; summer time starts on 29 March (the 31st is at 15:00 UTC).
    const marchLog = () => [
      planContact(W, '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'),
      planContact(W, '2026-03-10T16:00', '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } }),
      planContact(W, '2026-03-17T16:00', '2026-03-16T09:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }),
      planContact(W, '2026-03-24T16:00', '2026-03-24T16:10:00.000Z'),
    ];

    it('counts a month with one no-show, one cancellation and one visit never logged', () => {
      const result = planCompliance(weeklyPlan(), marchLog(), new Date('2026-04-01T12:00:00.000Z'));
      expect(result.months.map((month) => month.month)).to.deep.equal(['2026-03', '2026-04']);
      const march = result.months[0]!;
      expect(figures(march)).to.deep.equal({ planned: 5, due: 5, completed: 2, cancelled: 1, missed: 2, rate: 0.4 });
      expect([march.noShow, march.notRecorded, march.upcoming]).to.deep.equal([1, 1, 0]);
      expect(result.missed.map((status) => [status.occurrence.key, status.state])).to.deep.equal([
        ['2026-03-10T16:00', 'no-show'],
        ['2026-03-31T16:00', 'not-recorded'],
      ]);
      expect(result.current.month).to.equal('2026-04');
      expect(figures(result.current)).to.deep.equal({ planned: 4, due: 0, completed: 0, cancelled: 0, missed: 0, rate: null });
      expect(figures(result.sinceStart)).to.deep.equal({ planned: 5, due: 5, completed: 2, cancelled: 1, missed: 2, rate: 0.4 });
    });

    it('does not count a visit later today as missed, nor archived contacts or other plans’ contacts', () => {
      const log = [
        ...marchLog(),
        planContact(W, '2026-03-31T16:00', '2026-03-31T15:00:00.000Z', undefined, { archived: true }),
        planContact('plan-other', '2026-03-31T16:00', '2026-03-31T15:00:00.000Z'),
      ];
      const result = planCompliance(weeklyPlan(), log, new Date('2026-03-31T12:00:00.000Z'));
      expect(result.current.month).to.equal('2026-03');
      expect([result.current.due, result.current.upcoming, result.current.notRecorded, result.current.rate]).to.deep.equal([4, 1, 0, 0.5]);
    });

    it('counts a rescheduled visit that later happened as fulfilled, whether linked or found on its new date', () => {
      const log = [
        planContact(W, '2026-03-03T16:00', '2026-03-02T10:00:00.000Z', { type: 'rescheduled', by: { party: 'visitor' }, newDate: '2026-03-05' }),
        planContact(W, '2026-03-03T16:00', '2026-03-05T16:00:00.000Z'),
        planContact(W, '2026-03-10T16:00', '2026-03-09T10:00:00.000Z', { type: 'rescheduled', by: { party: 'agency' }, newDate: '2026-03-12' }),
        contact('2026-03-12T17:00:00.000Z', undefined, { planId: W, visitationPlanId: W }),
        planContact(W, '2026-03-17T16:00', '2026-03-16T10:00:00.000Z', { type: 'rescheduled', by: { party: 'caregiver' }, newDate: '2026-03-19' }),
        planContact(W, '2026-03-24T16:00', '2026-03-23T10:00:00.000Z', { type: 'rescheduled', by: { party: 'visitor' }, newDate: '2026-03-26' }),
      ];
      const result = planCompliance(weeklyPlan({ endDate: '2026-03-24' }), log, new Date('2026-03-25T12:00:00.000Z'));
      expect(result.occurrences.map((status) => status.state)).to.deep.equal([
        'completed-after-reschedule',
        'completed-after-reschedule',
        'reschedule-lapsed',
        'reschedule-pending',
      ]);
      expect(figures(result.current)).to.deep.equal({ planned: 4, due: 3, completed: 2, cancelled: 0, missed: 1, rate: 2 / 3 });
      expect([result.current.rescheduled, result.current.upcoming, result.current.extra]).to.deep.equal([4, 1, 0]);
    });

    it('counts a completed contact of the plan that fulfils no planned visit as extra, without raising the rate', () => {
      const log = [...marchLog(), contact('2026-03-28T10:00:00.000Z', undefined, { planId: W, visitationPlanId: W })];
      const march = planCompliance(weeklyPlan(), log, new Date('2026-04-01T12:00:00.000Z')).months[0]!;
      expect([march.completed, march.extra, march.rate]).to.deep.equal([2, 1, 0.4]);
    });

    it('expects only the real visits of a plan starting mid-month', () => {
      const result = planCompliance(weeklyPlan({ startDate: '2026-03-18' }), [], new Date('2026-04-01T12:00:00.000Z'));
      expect(result.months[0]).to.include({ month: '2026-03', planned: 2, due: 2, notRecorded: 2 });
    });

    it('leaves suspended weeks out', () => {
      const plan = weeklyPlan({ suspensions: [{ from: '2026-03-09', to: '2026-03-18', reason: 'Mother in hospital' }] });
      const log = marchLog().filter((entry) => entry.plannedOccurrence !== '2026-03-10T16:00' && entry.plannedOccurrence !== '2026-03-17T16:00');
      const march = planCompliance(plan, log, new Date('2026-04-01T12:00:00.000Z')).months[0]!;
      expect(figures(march)).to.deep.equal({ planned: 3, due: 3, completed: 2, cancelled: 0, missed: 1, rate: 2 / 3 });
    });

    it('counts a visit in the month of the plan’s time zone, even when it is already next month in UTC', () => {
      // The 31st at 21:00 in New York is 1 April 01:00 UTC.
      const plan = monthlyPlan({ recurrence: { type: 'every-n-months', interval: 1, dayOfMonth: 31 }, timeOfDay: '21:00' });
      const log = [planContact('plan-monthly', '2026-03-31T21:00', '2026-04-01T01:00:00.000Z')];
      const result = planCompliance(plan, log, new Date('2026-04-20T12:00:00.000Z'));
      expect(result.months.map((month) => [month.month, month.planned, month.completed])).to.deep.equal([
        ['2026-03', 1, 1],
        ['2026-04', 1, 0],
      ]);
      expect(result.current.upcoming).to.equal(1);
    });

    it('expects nothing of a plan that starts later or after the day it ended', () => {
      expect(planCompliance(weeklyPlan({ startDate: '2026-05-05' }), [], new Date('2026-04-01T12:00:00.000Z')).months).to.deep.equal([]);
      const ended = planCompliance(weeklyPlan({ status: 'ended', endedOn: '2026-03-12' }), marchLog(), new Date('2026-05-01T12:00:00.000Z'));
      expect(ended.months.map((month) => [month.month, month.planned])).to.deep.equal([['2026-03', 2]]);
      expect(ended.current).to.include({ month: '2026-05', planned: 0, rate: null });
    });
  });

  describe('N times per week or month', () => {
    it('judges each week against its expected visits and counts a week in the month holding its Thursday', () => {
      const plan = weeklyPlan({ startDate: '2026-03-02', recurrence: { type: 'times-per-week', times: 2 } });
      const log = [
        contact('2026-03-03T10:00:00.000Z', undefined, { planId: W, visitationPlanId: W }),
        contact('2026-03-06T10:00:00.000Z', undefined, { planId: W, visitationPlanId: W }),
        contact('2026-03-07T10:00:00.000Z', undefined, { planId: W, visitationPlanId: W }),
        contact('2026-03-10T10:00:00.000Z', undefined, { planId: W, visitationPlanId: W }),
        contact('2026-03-12T10:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }, { planId: W, visitationPlanId: W }),
        contact('2026-03-16T10:00:00.000Z', undefined, { planId: W, visitationPlanId: W }),
      ];
      const result = planCompliance(plan, log, new Date('2026-03-18T12:00:00.000Z'));
      expect(result.kind).to.equal('period');
      expect(result.periods.map((period) => [period.expectation.key, period.month, period.state])).to.deep.equal([
        ['2026-W10', '2026-03', 'met'],
        ['2026-W11', '2026-03', 'not-met'],
        ['2026-W12', '2026-03', 'in-progress'],
        ['2026-W13', '2026-03', 'upcoming'],
        ['2026-W14', '2026-04', 'upcoming'],
      ]);
      expect(figures(result.current)).to.deep.equal({ planned: 8, due: 5, completed: 4, cancelled: 1, missed: 0, rate: 0.8 });
      expect([result.current.upcoming, result.current.extra]).to.deep.equal([3, 1]);
      expect(result.unmetPeriods.map((period) => period.expectation.key)).to.deep.equal(['2026-W11']);
    });

    it('prorates a month the plan starts in and counts visits missed once the month is over', () => {
      const plan = monthlyPlan({ startDate: '2026-03-16', recurrence: { type: 'times-per-month', times: 4 } });
      const log = [contact('2026-03-20T15:00:00.000Z', undefined, { planId: 'plan-monthly', visitationPlanId: 'plan-monthly' })];
      const result = planCompliance(plan, log, new Date('2026-04-02T12:00:00.000Z'));
      expect(result.months[0]).to.include({ month: '2026-03', planned: 2, due: 2, completed: 1, notRecorded: 1, missed: 1, rate: 0.5 });
      expect(result.current).to.include({ month: '2026-04', planned: 4, due: 0, upcoming: 4 });
    });
  });

  it('adds up several plans of a child for one month', () => {
    const now = new Date('2026-04-01T12:00:00.000Z');
    const weekly = planCompliance(weeklyPlan(), [planContact(W, '2026-03-03T16:00', '2026-03-03T16:00:00.000Z')], now);
    const monthly = planCompliance(monthlyPlan(), [planContact('plan-monthly', '2026-03-15T18:00', '2026-03-15T22:00:00.000Z')], now);
    expect(figures(combinedMonth([weekly, monthly], '2026-03'))).to.deep.equal({ planned: 6, due: 6, completed: 2, cancelled: 0, missed: 4, rate: 2 / 6 });
  });
});
