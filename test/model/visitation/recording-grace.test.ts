import { expect } from '@open-wc/testing';
import { planCompliance } from '../../../src/model/visitation/compliance.js';
import { DEFAULT_RECORDING_GRACE_DAYS, recordingGraceDays } from '../../../src/model/visitation/recording-grace.js';
import { noRateReason } from '../../../src/model/visitation/compliance-counts.js';
import { planContact, weeklyPlan } from './fixtures.js';

const W = 'plan-weekly';
// Tuesdays at 16:00 in Lisbon; the 31st of March 2026 is at 15:00 UTC (summer time).
const log = [planContact(W, '2026-03-24T16:00', '2026-03-24T16:10:00.000Z')];

describe('a visit with nothing recorded within the grace period', () => {
  it('is "not yet recorded" the day after, neither due nor missed, so the rate is not lowered', () => {
    const dayAfter = planCompliance(weeklyPlan({ startDate: '2026-03-24' }), log, new Date('2026-04-01T12:00:00.000Z'), { graceDays: 2 });
    const visit = dayAfter.occurrences.find((status) => status.occurrence.date === '2026-03-31')!;
    expect(visit.state).to.equal('awaiting-record');
    expect(dayAfter.missed).to.deep.equal([]);
    expect(dayAfter.months[0]).to.include({ planned: 2, due: 1, completed: 1, awaitingRecord: 1, missed: 0, notRecorded: 0, rate: 1 });
    expect(dayAfter.sinceStart).to.include({ due: 1, awaitingRecord: 1, rate: 1 });
  });

  it('counts as missed once the grace period is over, and at once without one', () => {
    const later = planCompliance(weeklyPlan({ startDate: '2026-03-24' }), log, new Date('2026-04-02T15:00:00.000Z'), { graceDays: 2 });
    expect(later.occurrences.find((status) => status.occurrence.date === '2026-03-31')!.state).to.equal('not-recorded');
    expect(later.months[0]).to.include({ due: 2, missed: 1, awaitingRecord: 0, rate: 0.5 });
    const none = planCompliance(weeklyPlan({ startDate: '2026-03-24' }), log, new Date('2026-04-01T12:00:00.000Z'));
    expect(none.months[0]).to.include({ due: 2, missed: 1, awaitingRecord: 0 });
  });

  it('takes the agency setting when it is a whole number of days from 0 to 60, else the default of 2', () => {
    expect(DEFAULT_RECORDING_GRACE_DAYS).to.equal(2);
    expect([recordingGraceDays(0), recordingGraceDays(5), recordingGraceDays(60)]).to.deep.equal([0, 5, 60]);
    expect([recordingGraceDays(undefined), recordingGraceDays(-1), recordingGraceDays(1.5), recordingGraceDays('3'), recordingGraceDays(61)]).to.deep.equal([2, 2, 2, 2, 2]);
  });
});

describe('why a summary has no rate', () => {
  it('says "nothing planned" for an ended plan with nothing planned, never "not yet due"', () => {
    const ended = planCompliance(weeklyPlan({ status: 'ended', endedOn: '2026-03-12' }), [], new Date('2026-05-01T12:00:00.000Z'));
    expect(ended.current).to.include({ planned: 0, rate: null });
    expect(noRateReason(ended.current)).to.equal('nothing-planned');
  });

  it('says "not yet due" while visits are still to come, "awaiting record" within the grace period, nothing with a rate', () => {
    const early = planCompliance(weeklyPlan({ startDate: '2026-04-07' }), [], new Date('2026-04-01T12:00:00.000Z'));
    expect(noRateReason(early.current)).to.equal('not-yet-due');
    const justAfter = planCompliance(weeklyPlan({ startDate: '2026-03-31', endDate: '2026-03-31' }), [], new Date('2026-03-31T20:00:00.000Z'), { graceDays: 2 });
    expect(noRateReason(justAfter.current)).to.equal('awaiting-record');
    expect(noRateReason(planCompliance(weeklyPlan(), log, new Date('2026-04-01T12:00:00.000Z')).months[0]!)).to.equal(undefined);
  });
});
