import { expect } from '@open-wc/testing';
import { damagedContactCount, damagedPlanCount, mostWithDamaged, verdictWithDamaged } from '../../../src/model/visitation/damaged-records.js';
import { caseworkerVisitStandard } from '../../../src/model/visitation/caseworker-standard.js';
import { childMonthsVisitedShare, residenceVisitsShare } from '../../../src/model/visitation/caseworker-shares.js';
import { planCompliance } from '../../../src/model/visitation/compliance.js';
import { complianceForFilter } from '../../../src/model/visitation/summary-filter.js';
import { missedStates } from '../../../src/model/visitation/occurrence-status.js';
import { contact, monthlyPlan, planContact, weeklyPlan } from './fixtures.js';

// A stored contact the log cannot read may be any month's visit: while one exists, no verdict it could
// change ("not met", "missed") is given as if it did not exist. Found by RX (round 13) in the caseworker standard.

const W = 'plan-weekly';
const homeVisit = (occurredAt: string) => contact(occurredAt, undefined, { type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'] });

describe('verdicts with damaged records', () => {
  it('counts only damaged contacts (a damaged plan changes no other plan’s verdict)', () => {
    expect(damagedContactCount([{ kind: 'contact' }, { kind: 'visitationPlan' }, { kind: 'contact' }])).to.equal(2);
    expect(damagedContactCount([])).to.equal(0);
    // A damaged plan may be the child's: "no visitation plan" is not said while one exists.
    expect(damagedPlanCount([{ kind: 'contact' }, { kind: 'visitationPlan' }])).to.equal(1);
  });

  it('turns a failed verdict into "cannot judge" while damaged contacts exist; every other verdict stays', () => {
    expect(verdictWithDamaged('not-recorded', missedStates, 1)).to.equal('cannot-judge');
    expect(verdictWithDamaged('no-show', missedStates, 2)).to.equal('cannot-judge');
    expect(verdictWithDamaged('completed', missedStates, 1)).to.equal('completed');
    expect(verdictWithDamaged('upcoming', missedStates, 1)).to.equal('upcoming');
    expect(verdictWithDamaged('not-recorded', missedStates, 0)).to.equal('not-recorded');
  });

  it('caseworker standard: a month without a visit cannot be judged; met (whatever the damaged records are) and in progress stay', () => {
    const options = { childId: 'child-1', from: '2026-01-10', now: new Date('2026-04-15T12:00:00.000Z'), timeZone: 'America/New_York', caseworkerIds: ['worker-1'] };
    // Two visits at home a month: most of them at home even if the damaged record was a third, elsewhere.
    const log = [homeVisit('2026-01-20T15:00:00.000Z'), homeVisit('2026-01-21T15:00:00.000Z'), homeVisit('2026-02-10T15:00:00.000Z'), homeVisit('2026-02-11T15:00:00.000Z')];
    const result = caseworkerVisitStandard(log, { ...options, damagedContacts: 1 });
    expect(result.months.map((month) => [month.month, month.visits, month.status])).to.deep.equal([
      ['2026-01', 2, 'met'],
      ['2026-02', 2, 'met'],
      ['2026-03', 0, 'cannot-judge'],
      ['2026-04', 0, 'in-progress'],
    ]);
    expect([result.monthsMet, result.monthsNotMet, result.monthsCannotJudge, result.damagedContacts, result.visits]).to.deep.equal([2, 0, 1, 1, 4]);
    // 2 of 3 judged months visited is below 95 %, but March may have had its visit: no verdict.
    expect(childMonthsVisitedShare(result.months)).to.deep.include({ count: 2, of: 3, meets: null });
    // Without damaged records the same log is judged as before.
    expect(caseworkerVisitStandard(log, options).months[2]?.status).to.equal('not-met');
    expect(childMonthsVisitedShare(caseworkerVisitStandard(log, options).months).meets).to.equal(false);
  });

  it('dated plan: a visit that would be missed cannot be judged, is neither due nor missed, and no rate is given', () => {
    const log = [planContact(W, '2026-03-03T16:00', '2026-03-03T16:00:00.000Z'), planContact(W, '2026-03-10T16:00', '2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } })];
    const now = new Date('2026-03-20T12:00:00.000Z');
    const result = planCompliance(weeklyPlan(), log, now, { damagedContacts: 1 });
    expect(result.occurrences.filter((status) => status.occurrence.date < '2026-03-20').map((status) => status.state)).to.deep.equal(['completed', 'cannot-judge', 'cannot-judge']);
    expect(result.missed).to.deep.equal([]);
    expect(result.unjudged.map((status) => status.occurrence.key)).to.deep.equal(['2026-03-10T16:00', '2026-03-17T16:00']);
    expect(result.months[0]).to.include({ planned: 5, due: 1, completed: 1, missed: 0, unjudged: 2, rate: null });
    expect(result.damagedContacts).to.equal(1);
    // Narrowed to a period (the log's filter), the visits that cannot be judged are those in it.
    const narrowed = complianceForFilter([result], [weeklyPlan()], log, { from: '2026-03-15', to: '2026-03-20' }).compliance[0]!;
    expect(narrowed.unjudged.map((status) => status.occurrence.key)).to.deep.equal(['2026-03-17T16:00']);
    // Without damaged records: 1 of 3 kept, 2 missed.
    expect(planCompliance(weeklyPlan(), log, now).months[0]).to.include({ due: 3, completed: 1, missed: 2, unjudged: 0 });
  });

  it('times-per plan: a period that would be not met cannot be judged; its missing visits are unjudged, not missed', () => {
    const plan = monthlyPlan({ startDate: '2026-03-16', recurrence: { type: 'times-per-month', times: 4 } });
    const log = [contact('2026-03-20T15:00:00.000Z', undefined, { planId: 'plan-monthly', visitationPlanId: 'plan-monthly' })];
    const now = new Date('2026-04-02T12:00:00.000Z');
    const result = planCompliance(plan, log, now, { damagedContacts: 1 });
    expect(result.periods.map((period) => period.state)).to.deep.equal(['cannot-judge', 'in-progress']);
    expect(result.unmetPeriods).to.deep.equal([]);
    expect(result.unjudgedPeriods.map((period) => period.expectation.key)).to.deep.equal(['2026-03']);
    expect(result.months[0]).to.include({ planned: 2, due: 1, completed: 1, notRecorded: 0, missed: 0, unjudged: 1, rate: null });
  });

  it('"most in the residence" is given only when the damaged records could not change it', () => {
    // 2 of 2 at home, 1 damaged: at worst 2 of 3, still most. 1 of 1, 1 damaged: at worst 1 of 2, not most; at best 2 of 2.
    expect(mostWithDamaged(2, 2, 1)).to.equal(true);
    expect(mostWithDamaged(1, 1, 1)).to.equal(null);
    // 0 of 2 at home, 1 damaged: at best 1 of 3, not most whatever it was.
    expect(mostWithDamaged(0, 2, 1)).to.equal(false);
    // Without damaged records, the plain rule (more than half).
    expect([mostWithDamaged(1, 1, 0), mostWithDamaged(1, 2, 0)]).to.deep.equal([true, false]);
  });

  it('caseworker standard: the home-visit half is withheld, in a month and in the share, while damaged contacts could be visits outside the residence', () => {
    const options = { childId: 'child-1', from: '2026-01-10', now: new Date('2026-03-15T12:00:00.000Z'), timeZone: 'America/New_York', caseworkerIds: ['worker-1'] };
    // January: two visits at home; February: one.
    const log = [homeVisit('2026-01-13T15:00:00.000Z'), homeVisit('2026-01-27T15:00:00.000Z'), homeVisit('2026-02-10T15:00:00.000Z')];
    const result = caseworkerVisitStandard(log, { ...options, damagedContacts: 1 });
    // A damaged record may be a February visit at school: 1 of 2 at home is not most. January's 2 of 3 still is.
    expect(result.months.map((month) => [month.month, month.status])).to.deep.equal([
      ['2026-01', 'met'],
      ['2026-02', 'cannot-judge'],
      ['2026-03', 'in-progress'],
    ]);
    expect([result.monthsMet, result.monthsCannotJudge]).to.deep.equal([1, 1]);
    // The share: 3 of 3 at home, at worst 3 of 4: most whatever the damaged record is.
    expect(residenceVisitsShare(result.months, 1)).to.deep.include({ count: 3, of: 3, meets: true });
    // Three damaged records: at worst 3 of 6, not most; at best 6 of 6: no verdict.
    expect(residenceVisitsShare(caseworkerVisitStandard(log, { ...options, damagedContacts: 3 }).months, 3)).to.deep.include({ count: 3, of: 3, meets: null });
    // A visited month stays visited in the child-months share, whatever its residence verdict.
    expect(childMonthsVisitedShare(result.months)).to.deep.include({ count: 2, of: 2, meets: true });
    // Without damaged records, as before.
    expect(caseworkerVisitStandard(log, options).months.map((month) => month.status)).to.deep.equal(['met', 'met', 'in-progress']);
  });
});
