import { expect } from '@open-wc/testing';
import { rebaseBatch } from '../../../src/model/shared/rebase-batch.js';
import { threeWayMerge } from '../../../src/model/shared/three-way-merge.js';

interface Goal { title: string; description: string; notes: { id: string; text: string }[] }
const base: Goal = { title: 'Base title', description: 'Base description', notes: [{ id: 'n1', text: 'Base note' }] };

describe('rebaseBatch: an earlier author\'s batch moved onto a save made elsewhere', () => {
  it('merges cleanly: the batch on theirs, both kept', () => {
    const batch = { ...base, description: 'Batch description' };
    const theirs = { ...base, title: 'Their title' };
    expect(rebaseBatch(base, batch, theirs, [])?.merged).to.deep.equal({ ...base, title: 'Their title', description: 'Batch description' });
  });

  it('a field the plan as it stands took back (no conflict there now): the batch keeps theirs, and its other changes', () => {
    const batch = { ...base, title: 'Batch title', description: 'Batch description' };
    const theirs = { ...base, title: 'Their title' };
    const latest = { ...batch, title: 'Base title' }; // a later user put the title back
    const latestConflicts = threeWayMerge(base, latest, theirs).conflicts;
    expect(latestConflicts).to.deep.equal([]);
    expect(rebaseBatch(base, batch, theirs, latestConflicts)?.merged).to.deep.equal({ ...base, title: 'Their title', description: 'Batch description' });
  });

  it('a field the plan as it stands still conflicts on: undefined (a person decides)', () => {
    const batch = { ...base, title: 'Batch title' };
    const theirs = { ...base, title: 'Their title' };
    expect(rebaseBatch(base, batch, theirs, threeWayMerge(base, batch, theirs).conflicts)).to.equal(undefined);
  });

  it('the plan as it stands conflicts inside an entry the batch conflicts on as a whole (paths overlap): undefined', () => {
    const batch = { ...base, notes: [] };
    const theirs = { ...base, notes: [{ id: 'n1', text: 'Their note' }] };
    const latest = { ...base, notes: [{ id: 'n1', text: 'Latest note' }] };
    const latestConflicts = threeWayMerge(base, latest, theirs).conflicts;
    expect(latestConflicts.length).to.be.greaterThan(0);
    expect(threeWayMerge(base, batch, theirs).conflicts.length, 'the batch conflicts too').to.be.greaterThan(0);
    expect(rebaseBatch(base, batch, theirs, latestConflicts)).to.equal(undefined);
  });
});
