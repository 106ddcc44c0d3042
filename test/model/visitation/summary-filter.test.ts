import { expect } from '@open-wc/testing';
import { complianceByPlan } from '../../../src/model/visitation/compliance.js';
import { caseworkerVisitStandard } from '../../../src/model/visitation/caseworker-standard.js';
import { complianceForFilter, standardForPeriod } from '../../../src/model/visitation/summary-filter.js';
import { contact, monthlyPlan, planContact, weeklyPlan } from './fixtures.js';

const W = 'plan-weekly';
const M = 'plan-monthly';
const NOW = new Date('2026-04-01T12:00:00.000Z');
const figures = (counts: { planned: number; due: number; completed: number; cancelled: number; missed: number; rate: number | null }) => [counts.planned, counts.due, counts.completed, counts.cancelled, counts.missed, counts.rate];

/** March in Lisbon: the 3rd kept, the 10th a no-show, the 17th cancelled, the 24th kept (a note about drawings), the 31st never logged. */
function log() {
  return [
    planContact(W, '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'),
    planContact(W, '2026-03-10T16:00', '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } }),
    planContact(W, '2026-03-17T16:00', '2026-03-16T09:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }),
    planContact(W, '2026-03-24T16:00', '2026-03-24T16:10:00.000Z', undefined, { notes: 'Lucas showed his drawings', type: 'video' }),
    planContact(M, '2026-03-15T18:00', '2026-03-15T22:00:00.000Z', undefined, { participantIds: ['child-1', 'grandmother-1'], type: 'video' }),
  ];
}

function tables(filter: Parameters<typeof complianceForFilter>[3]) {
  const plans = [weeklyPlan(), monthlyPlan()];
  const contacts = log();
  const all = [...complianceByPlan(plans, contacts, NOW).values()];
  return complianceForFilter(all, plans, contacts, filter, new Map([['mother-1', 'Joana Almeida']]));
}

const month = (result: ReturnType<typeof tables>, planId: string, name: string) => result.compliance.find((entry) => entry.planId === planId)!.months.find((entry) => entry.month === name);

describe('summaries that follow the log’s filters', () => {
  it('gives the whole log’s tables when nothing is filtered', () => {
    const result = tables({});
    expect(result.applied).to.deep.equal([]);
    expect(result.compliance.map((entry) => entry.planId)).to.deep.equal([W, M]);
    expect(figures(month(result, W, '2026-03')!)).to.deep.equal([5, 5, 2, 1, 2, 0.4]);
  });

  it('keeps the plan filtered on, or the plans the person filtered on takes part in; none for contacts without a plan', () => {
    expect(tables({ visitationPlanId: M }).compliance.map((entry) => entry.planId)).to.deep.equal([M]);
    expect(tables({ visitationPlanId: null }).compliance).to.deep.equal([]);
    const grandmother = tables({ participantId: 'grandmother-1' });
    expect(grandmother.applied).to.deep.equal(['participant']);
    expect(grandmother.compliance.map((entry) => entry.planId)).to.deep.equal([M]);
    expect(tables({ participantId: 'child-1' }).compliance.map((entry) => entry.planId)).to.deep.equal([W, M]);
  });

  it('counts only the months and the visits of the period, recounting a month half in it', () => {
    const result = tables({ from: '2026-03-09', to: '2026-03-20' });
    expect(result.applied).to.deep.equal(['period']);
    const weekly = result.compliance.find((entry) => entry.planId === W)!;
    expect(weekly.months.map((entry) => entry.month)).to.deep.equal(['2026-03']);
    // The 10th (no-show) and the 17th (cancelled) only.
    expect(figures(weekly.months[0]!)).to.deep.equal([2, 2, 0, 1, 1, 0]);
    expect(weekly.missed.map((status) => status.occurrence.key)).to.deep.equal(['2026-03-10T16:00']);
    expect(figures(weekly.sinceStart)).to.deep.equal([2, 2, 0, 1, 1, 0]);
    const monthly = result.compliance.find((entry) => entry.planId === M)!;
    expect(figures(monthly.months[0]!)).to.deep.equal([1, 1, 1, 0, 0, 1]);
  });

  it('counts only the planned visits whose contact matches the type, outcome or words; a visit never logged is left out then', () => {
    const noShows = tables({ outcomes: ['no-show'] });
    expect(noShows.applied).to.deep.equal(['contact']);
    expect(figures(month(noShows, W, '2026-03')!)).to.deep.equal([1, 1, 0, 0, 1, 0]);
    expect(noShows.compliance.find((entry) => entry.planId === W)!.missed.map((status) => status.state)).to.deep.equal(['no-show']);
    const words = tables({ text: 'DRAWINGS' });
    expect(figures(month(words, W, '2026-03')!)).to.deep.equal([1, 1, 1, 0, 0, 1]);
    expect(figures(month(words, M, '2026-03')!)).to.deep.equal([0, 0, 0, 0, 0, null]);
    const videos = tables({ types: ['video'] });
    expect(figures(month(videos, W, '2026-03')!)).to.deep.equal([1, 1, 1, 0, 0, 1]);
    expect(figures(month(videos, M, '2026-03')!)).to.deep.equal([1, 1, 1, 0, 0, 1]);
    // Every part at once: the mother's plan, March 1–12, no-shows.
    const all = tables({ visitationPlanId: W, participantId: 'mother-1', from: '2026-03-01', to: '2026-03-12', outcomes: ['no-show'] });
    expect(all.applied).to.deep.equal(['plan', 'participant', 'period', 'contact']);
    expect(figures(month(all, W, '2026-03')!)).to.deep.equal([1, 1, 0, 0, 1, 0]);
  });

  it('narrows the caseworker standard to the months of the period, its totals recounted', () => {
    const homeVisit = (occurredAt: string, atChildResidence: boolean) => contact(occurredAt, undefined, { type: 'caseworker-home-visit', atChildResidence, participantIds: ['child-1', 'worker-1'] });
    const standard = caseworkerVisitStandard([homeVisit('2026-01-20T15:00:00.000Z', true), homeVisit('2026-02-10T15:00:00.000Z', false), homeVisit('2026-03-10T15:00:00.000Z', true)], {
      childId: 'child-1',
      from: '2026-01-01',
      now: NOW,
      timeZone: 'Europe/Lisbon',
      caseworkerIds: ['worker-1'],
    });
    expect(standardForPeriod(standard, {})).to.equal(standard);
    const february = standardForPeriod(standard, { from: '2026-02-01', to: '2026-03-31' });
    expect(february.months.map((entry) => entry.month)).to.deep.equal(['2026-02', '2026-03']);
    expect([february.monthsMet, february.monthsNotMet, february.visits, february.inResidence, february.residenceShare]).to.deep.equal([1, 1, 2, 1, 0.5]);
  });
});
