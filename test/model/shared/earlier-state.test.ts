import { expect } from '@open-wc/testing';
import { diffRecords } from '../../../src/model/history-diff.js';
import type { HistoryEntry } from '../../../src/model/history.js';
import { isEarlierState } from '../../../src/model/shared/earlier-state.js';

type Note = { id: string; version: number; updatedAt: string; updatedBy: string; createdAt: string; notes: string; minutes: number };

/** A record written once per state, with the history those writes leave (hashes do not matter here). */
function written(...states: { notes: string; minutes: number }[]): { record: Note; history: HistoryEntry[] } {
  const history: HistoryEntry[] = [];
  let record: Note | undefined;
  for (const [index, state] of states.entries()) {
    const next: Note = { id: 'c-1', version: index + 1, updatedAt: `2026-03-0${index + 1}T09:00:00.000Z`, updatedBy: 'worker-1', createdAt: '2026-03-01T09:00:00.000Z', ...state };
    history.push({ id: `contact.c-1.${index + 1}`, recordKind: 'contact', recordId: 'c-1', seq: index + 1, at: next.updatedAt, by: 'worker-1', action: index === 0 ? 'record.created' : 'record.updated', changes: diffRecords(record, next), prevHash: index === 0 ? null : `h${index}`, hash: `h${index + 1}` });
    record = next;
  }
  return { record: record!, history };
}

describe('isEarlierState (a restored version this browser had and changed since)', () => {
  const { record, history } = written({ notes: 'First visit', minutes: 30 }, { notes: 'First visit, mother late', minutes: 30 }, { notes: 'First visit, mother late', minutes: 45 });

  it('a version holding the words of any earlier state is one; bookkeeping (version, who, when) does not matter', () => {
    for (const words of [{ notes: 'First visit', minutes: 30 }, { notes: 'First visit, mother late', minutes: 30 }]) {
      expect(isEarlierState(record, history, { ...record, ...words, version: 1, updatedBy: 'someone-else', updatedAt: '2027-01-01T00:00:00.000Z' }), JSON.stringify(words)).to.equal(true);
    }
  });

  it('a version with any word this browser never had is not (a colleague’s, shown to a person)', () => {
    expect(isEarlierState(record, history, { ...record, notes: 'First visit', minutes: 45, version: 1 }), 'a mix of two states').to.equal(false);
    expect(isEarlierState(record, history, { ...record, notes: 'Written by a colleague after the restore', version: 2 })).to.equal(false);
  });
});
