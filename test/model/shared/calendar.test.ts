import { expect } from '@open-wc/testing';
import { addDays, addMonths, daysBetween, fullYearsBetween, isoWeekKey, isoWeekStart, lastOfMonth, mondayOf, monthPlus, monthsInRange } from '../../../src/model/shared/calendar.js';

describe('calendar dates (one module for every domain)', () => {
  it('adds months keeping the day, clamped to the month end (Jan 31 + 1 month is Feb 28 or 29)', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-11-15', 6)).to.equal('2027-05-15');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
  });

  it('adds days across months and years, and counts days between', () => {
    expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(daysBetween('2026-02-25', '2026-03-04')).to.equal(7);
  });

  it('names ISO weeks and months the way compliance counts them', () => {
    expect(isoWeekKey('2026-01-01')).to.equal('2026-W01');
    expect(isoWeekKey('2027-01-01')).to.equal('2026-W53');
    expect(isoWeekStart('2026-W01'), 'week 1 of 2026 starts in December 2025').to.equal('2025-12-29');
    expect(isoWeekStart('2026-W10')).to.equal('2026-03-02');
    expect(isoWeekStart('2026-W53')).to.equal('2026-12-28');
    for (const day of ['2026-03-02', '2026-03-08', '2027-01-01', '2025-12-29']) expect(isoWeekStart(isoWeekKey(day)), day).to.equal(mondayOf(day));
    expect(monthPlus('2026-11', 3)).to.equal('2027-02');
    expect(lastOfMonth('2028-02')).to.equal('2028-02-29');
    expect(monthsInRange('2026-11-20', '2027-01-02')).to.deep.equal(['2026-11', '2026-12', '2027-01']);
  });

  it('tells the age a person has on a day (the birthday itself counts)', () => {
    expect(fullYearsBetween('2014-06-15', '2026-06-14')).to.equal(11);
    expect(fullYearsBetween('2014-06-15', '2026-06-15')).to.equal(12);
  });
});
