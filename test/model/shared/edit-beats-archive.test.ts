import { expect } from '@open-wc/testing';
import { editBeatsArchive, unarchived } from '../../../src/model/shared/edit-beats-archive.js';

// A contact as both devices had it, then as each changed it offline.
const base = { id: 'visit-3', version: 2, updatedAt: '2026-03-03T16:00:00.000Z', updatedBy: 'worker-1', notes: 'Good visit.' };
const archivedThere = { ...base, version: 3, updatedAt: '2026-03-04T09:00:00.000Z', archived: true };
const editedHere = { ...base, version: 3, updatedBy: 'worker-2', notes: 'Good visit. Safety concern: bruise on the left arm.' };

describe('editBeatsArchive: archived on one side, changed on the other, the record stays in sight', () => {
  it('keeps it in sight whichever side archived, when the other changed what it says', () => {
    expect(editBeatsArchive(base, editedHere, archivedThere), 'theirs archived, mine edited').to.equal(true);
    expect(editBeatsArchive(base, archivedThere, editedHere), 'mine archived, theirs edited').to.equal(true);
    expect(editBeatsArchive(base, { ...archivedThere, notes: 'Shorter.' }, editedHere), 'the archiving side edited too').to.equal(true);
  });

  it('lets an archive stand when nothing was written on the other side, or both archived, or it was archived before', () => {
    const onlyBookkeeping = { ...base, version: 3, updatedAt: '2026-03-05T10:00:00.000Z', updatedBy: 'worker-2' };
    expect(editBeatsArchive(base, onlyBookkeeping, archivedThere), 'only storage bookkeeping changed').to.equal(false);
    expect(editBeatsArchive(base, base, archivedThere), 'unchanged').to.equal(false);
    expect(editBeatsArchive(base, { ...editedHere, archived: true }, archivedThere), 'both archived').to.equal(false);
    expect(editBeatsArchive({ ...base, archived: true }, editedHere, archivedThere), 'archived already at the base').to.equal(false);
    expect(editBeatsArchive(undefined, editedHere, archivedThere), 'no base: nothing is known to be new').to.equal(false);
    expect(editBeatsArchive(base, editedHere, { ...editedHere, notes: 'Other words.' }), 'no archive at all').to.equal(false);
  });

  it('unarchived keeps every word and drops only the archive', () => {
    expect(unarchived({ ...editedHere, archived: true })).to.deep.equal(editedHere);
  });
});
