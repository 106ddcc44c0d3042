import { expect } from '@open-wc/testing';
import { fromZoned, toZoned, zonedDateOf } from '../../../src/model/visitation/time-zone.js';

/** What Intl itself shows for an instant in a zone: the reference the fast path must always match. */
const formats = new Map<string, Intl.DateTimeFormat>();
function reference(epochMs: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })));
  const parts = format.formatToParts(new Date(epochMs));
  const field = (type: string) => parts.find((part) => part.type === type)!.value;
  return `${field('year').padStart(4, '0')}-${field('month')}-${field('day')}T${field('hour')}:${field('minute')}`;
}

const zones = ['UTC', 'Europe/Lisbon', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Apia'];

describe('time zones: wall clock of an instant', () => {
  it('matches Intl for every zone across two years of daylight-saving changes', () => {
    const start = Date.UTC(2010, 11, 20);
    const end = Date.UTC(2012, 11, 31);
    // 197 minutes apart: lands on every hour and quarter of the day over the range, transitions included.
    for (const zone of zones) {
      const wrong: string[] = [];
      for (let at = start; at < end; at += 197 * 60_000) {
        const zoned = toZoned(new Date(at), zone);
        const expected = reference(at, zone);
        if (`${zoned.date}T${zoned.time}` !== expected) wrong.push(`${new Date(at).toISOString()}: ${zoned.date}T${zoned.time}, Intl ${expected}`);
      }
      expect(wrong, zone).to.deep.equal([]);
    }
  });

  it('matches Intl on each side of a change of offset, to the minute', () => {
    // Lisbon springs forward at 01:00 UTC on 29 March 2026; Lord Howe moves by half an hour on 5 April 2026 (15:00 UTC).
    for (const [zone, change] of [
      ['Europe/Lisbon', Date.UTC(2026, 2, 29, 1)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
      ['America/New_York', Date.UTC(2026, 10, 1, 6)],
    ] as const) {
      for (let at = change - 90 * 60_000; at <= change + 90 * 60_000; at += 60_000) {
        const zoned = toZoned(new Date(at).toISOString(), zone);
        expect(`${zoned.date}T${zoned.time}`, `${new Date(at).toISOString()} in ${zone}`).to.equal(reference(at, zone));
      }
    }
  });

  it('keeps far-away years, instants with offsets, and the way back with fromZoned', () => {
    expect(toZoned('1850-06-01T12:00:00Z', 'Europe/Lisbon')).to.deep.equal({ date: reference(Date.UTC(1850, 5, 1, 12), 'Europe/Lisbon').slice(0, 10), time: reference(Date.UTC(1850, 5, 1, 12), 'Europe/Lisbon').slice(11) });
    expect(zonedDateOf('2026-03-31T23:30:00-02:00', 'Europe/Lisbon')).to.equal('2026-04-01');
    expect(toZoned(fromZoned('2026-03-29', '02:30', 'Europe/Lisbon'), 'Europe/Lisbon')).to.deep.equal({ date: '2026-03-29', time: '02:30' });
    expect(() => toZoned('not a date', 'Europe/Lisbon')).to.throw();
  });
});
