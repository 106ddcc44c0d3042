import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { restoreChanges, restoreSetAside, setAsideOf, SetAsideVersionSchema, type ConflictResolution } from '../../src/model/set-aside.js';
import { threeWayMerge, pathKey } from '../../src/model/shared/three-way-merge.js';

interface Note {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  childId: string;
  place: string;
  notes: string;
  status: string;
  items: { id: string; name: string }[];
}

const base: Note = {
  id: 'plan-1',
  version: 3,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  updatedBy: 'worker-1',
  childId: 'child-1',
  place: 'Family centre',
  notes: 'Bring the photo album.',
  status: 'active',
  items: [{ id: 'i-1', name: 'Snack' }],
};
// I changed the place and the item's name; they changed the place too, and the notes.
const mine: Note = { ...base, place: 'Library', items: [{ id: 'i-1', name: 'Lunch' }] };
const theirs: Note = { ...base, version: 4, updatedAt: '2026-03-02T10:00:00.000Z', updatedBy: 'worker-2', place: 'Park', notes: 'Bring a ball.', items: [{ id: 'i-1', name: 'Fruit' }] };

function conflictOf(choices: Record<string, 'mine' | 'theirs'> = {}) {
  return { mine, theirs, base, fields: threeWayMerge(base, mine, theirs).conflicts, choices };
}

function setAside(resolution: ConflictResolution, choices: Record<string, 'mine' | 'theirs'> = {}) {
  return setAsideOf({ id: 'sa-1', recordKind: 'visitationPlan', conflict: conflictOf(choices), resolution, by: 'worker-1', at: '2026-03-02T11:00:00.000Z' })!;
}

describe('versions set aside in a conflict', () => {
  it('taking theirs sets my values aside, field by field, with who and whose saved version it was against', () => {
    const version = setAside('take-theirs');
    expect(z.safeParse(SetAsideVersionSchema, version).success).to.equal(true);
    expect(version.fields.map((field) => [field.path, field.side, field.value, field.kept])).to.deep.equal([
      [['place'], 'mine', 'Library', 'Park'],
      [['items', 'i-1', 'name'], 'mine', 'Lunch', 'Fruit'],
    ]);
    expect(version).to.include({ recordId: 'plan-1', recordKind: 'visitationPlan', childId: 'child-1', theirsVersion: 4, theirsBy: 'worker-2', updatedBy: 'worker-1', version: 0 });
    expect((version.written as Note).place).to.equal('Park');
    expect((version.setAside as Note).place).to.equal('Library');
    // Their one-sided change is in both: restoring never undoes it.
    expect((version.setAside as Note).notes).to.equal('Bring a ball.');
  });

  it('keeping mine sets theirs aside; combining sets aside the side not chosen for each field', () => {
    expect(setAside('keep-mine').fields.map((field) => [field.side, field.value])).to.deep.equal([
      ['theirs', 'Park'],
      ['theirs', 'Fruit'],
    ]);
    const combined = setAside('chosen', { [pathKey(['place'])]: 'theirs', [pathKey(['items', 'i-1', 'name'])]: 'mine' });
    expect(combined.fields.map((field) => [field.side, field.value])).to.deep.equal([
      ['mine', 'Library'],
      ['theirs', 'Fruit'],
    ]);
  });

  it('without a base (a status step), the whole version not kept is set aside; nothing when nothing is lost', () => {
    const step = setAsideOf({ id: 'sa-2', recordKind: 'visitationPlan', conflict: { mine: { ...base, status: 'ended' }, theirs, base: undefined, fields: [], choices: {} }, resolution: 'take-theirs', by: 'worker-1', at: '2026-03-02T11:00:00.000Z' })!;
    expect(step.fields).to.deep.equal([]);
    expect((step.setAside as Note).status).to.equal('ended');
    // Theirs is gone and I keep mine: nothing of theirs to keep.
    expect(setAsideOf({ id: 'sa-3', recordKind: 'contact', conflict: { mine, theirs: undefined, base, fields: [], choices: {} }, resolution: 'keep-mine', by: 'w', at: '2026-03-02T11:00:00.000Z' })).to.equal(undefined);
    // Both sides already the same content.
    expect(setAsideOf({ id: 'sa-4', recordKind: 'contact', conflict: { mine: { ...theirs, version: 3 }, theirs, base: undefined, fields: [], choices: {} }, resolution: 'take-theirs', by: 'w', at: '2026-03-02T11:00:00.000Z' })).to.equal(undefined);
  });

  it('restoring brings the set-aside values back and keeps what changed since on other fields and the current version', () => {
    const version = setAside('take-theirs');
    const current: Note = { ...(version.written as Note), version: 6, updatedBy: 'worker-3', notes: 'Bring a ball and a coat.' };
    const restored = restoreSetAside(current, version);
    expect(restored.place).to.equal('Library');
    expect(restored.items).to.deep.equal([{ id: 'i-1', name: 'Lunch' }]);
    expect(restored.notes).to.equal('Bring a ball and a coat.');
    expect(restored.version).to.equal(6);
    expect(restoreChanges(current, version)).to.equal(true);
    expect(restoreChanges(restored, version)).to.equal(false);
  });
});
