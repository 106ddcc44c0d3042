import { expect } from '@open-wc/testing';
import type { CaseworkerMonth } from '../../../src/model/visitation/caseworker-standard.js';
import { childMonthsVisitedShare, residenceVisitsShare } from '../../../src/model/visitation/caseworker-shares.js';

const month = (name: string, visits: number, inResidence: number, status: CaseworkerMonth['status']): CaseworkerMonth => ({ month: name, visits, inResidence, status, contactIds: [] });

/** `total` past months, the first `visited` of them with one visit in the residence. */
function pastMonths(visited: number, total: number): CaseworkerMonth[] {
  return Array.from({ length: total }, (_, index) => month(`2024-${String(index + 1).padStart(2, '0')}`, index < visited ? 1 : 0, index < visited ? 1 : 0, index < visited ? 'met' : 'not-met'));
}

describe('caseworker standard as shares', () => {
  it('meets the child-months measure at exactly 95 % (19 of 20) and not below (18 of 19 is 94.7 %)', () => {
    expect(childMonthsVisitedShare(pastMonths(19, 20))).to.deep.equal({ count: 19, of: 20, share: 0.95, meets: true });
    expect(childMonthsVisitedShare(pastMonths(18, 19))).to.deep.include({ count: 18, of: 19, meets: false });
    expect(childMonthsVisitedShare(pastMonths(20, 20))).to.deep.include({ share: 1, meets: true });
  });

  it('counts a month with a visit whatever its place, and leaves out the month under way until it has one', () => {
    const months = [month('2026-01', 2, 0, 'not-met'), month('2026-02', 0, 0, 'not-met'), month('2026-03', 0, 0, 'in-progress')];
    expect(childMonthsVisitedShare(months)).to.deep.equal({ count: 1, of: 2, share: 0.5, meets: false });
    const visitedThisMonth = [...months.slice(0, 2), month('2026-03', 1, 0, 'in-progress')];
    expect(childMonthsVisitedShare(visitedThisMonth)).to.deep.include({ count: 2, of: 3 });
  });

  it('has nothing to judge before the first month is over or visited', () => {
    expect(childMonthsVisitedShare([month('2026-03', 0, 0, 'in-progress')])).to.deep.equal({ count: 0, of: 0, share: null, meets: null });
    expect(residenceVisitsShare([month('2026-03', 0, 0, 'in-progress')])).to.deep.equal({ count: 0, of: 0, share: null, meets: null });
  });

  it('meets the residence measure with most (more than half) of all visits in the residence, not with exactly half', () => {
    expect(residenceVisitsShare([month('2026-01', 2, 1, 'not-met'), month('2026-02', 1, 1, 'met')])).to.deep.equal({ count: 2, of: 3, share: 2 / 3, meets: true });
    expect(residenceVisitsShare([month('2026-01', 2, 1, 'not-met'), month('2026-02', 2, 1, 'not-met')])).to.deep.equal({ count: 2, of: 4, share: 0.5, meets: false });
  });
});
