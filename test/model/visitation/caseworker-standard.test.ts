import { expect } from '@open-wc/testing';
import { caseworkerVisitStandard } from '../../../src/model/visitation/caseworker-standard.js';
import { contact } from './fixtures.js';

const homeVisit = (occurredAt: string, atChildResidence: boolean, overrides = {}) =>
  contact(occurredAt, undefined, { type: 'caseworker-home-visit', atChildResidence, participantIds: ['child-1', 'worker-1'], ...overrides });

describe('caseworker monthly visit standard', () => {
  const options = { childId: 'child-1', from: '2026-01-10', now: new Date('2026-04-15T12:00:00.000Z'), timeZone: 'America/New_York', caseworkerIds: ['worker-1'] };

  it('meets a month with a visit, most visits in the residence; not a month without one or mostly elsewhere', () => {
    const log = [
      homeVisit('2026-01-20T15:00:00.000Z', true),
      homeVisit('2026-02-10T15:00:00.000Z', true),
      homeVisit('2026-02-20T15:00:00.000Z', false, { location: 'School' }),
      homeVisit('2026-04-03T15:00:00.000Z', true),
    ];
    const result = caseworkerVisitStandard(log, options);
    expect(result.months.map((month) => [month.month, month.visits, month.inResidence, month.status])).to.deep.equal([
      ['2026-01', 1, 1, 'met'],
      ['2026-02', 2, 1, 'not-met'],
      ['2026-03', 0, 0, 'not-met'],
      ['2026-04', 1, 1, 'met'],
    ]);
    expect([result.monthsMet, result.monthsNotMet, result.visits, result.inResidence, result.residenceShare]).to.deep.equal([2, 2, 4, 3, 0.75]);
  });

  it('counts on the agency calendar: 28 February 22:00 in New York is 1 March in UTC', () => {
    const result = caseworkerVisitStandard([homeVisit('2026-03-01T03:00:00.000Z', true)], options);
    expect(result.months.find((month) => month.month === '2026-02')?.status).to.equal('met');
    expect(result.months.find((month) => month.month === '2026-03')?.status).to.equal('not-met');
  });

  it('leaves this month in progress until it is met', () => {
    expect(caseworkerVisitStandard([], options).months.at(-1)).to.deep.include({ month: '2026-04', status: 'in-progress' });
  });

  it('counts a face-to-face contact with a caseworker, but not phone calls, cancellations, future dates, other children or archived entries', () => {
    const log = [
      contact('2026-03-05T15:00:00.000Z', undefined, { type: 'office', participantIds: ['child-1', 'worker-1'], atChildResidence: false }),
      contact('2026-03-06T15:00:00.000Z', undefined, { type: 'phone', participantIds: ['child-1', 'worker-1'], atChildResidence: true }),
      homeVisit('2026-03-07T15:00:00.000Z', true, { outcome: { type: 'cancelled', by: { party: 'caregiver' } } }),
      homeVisit('2026-03-08T15:00:00.000Z', true, { childId: 'child-2' }),
      homeVisit('2026-03-09T15:00:00.000Z', true, { archived: true }),
      homeVisit('2026-04-20T15:00:00.000Z', true),
      contact('2026-03-10T15:00:00.000Z', undefined, { type: 'visit', participantIds: ['child-1', 'mother-1'], atChildResidence: true }),
    ];
    const result = caseworkerVisitStandard(log, options);
    expect(result.months.find((month) => month.month === '2026-03')).to.deep.include({ visits: 1, inResidence: 0, status: 'not-met' });
    expect(result.months.find((month) => month.month === '2026-04')).to.deep.include({ visits: 0, status: 'in-progress' });
  });
});
