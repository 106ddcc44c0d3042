import { expect } from '@open-wc/testing';
import { threeWayMerge } from '../../../src/model/shared/three-way-merge.js';
import { unknownBase } from '../../../src/model/shared/unknown-base.js';

const record = (fields: Record<string, unknown>): Record<string, unknown> => ({ id: 'c-1', version: 3, updatedAt: '2026-03-02T09:00:00.000Z', updatedBy: 'worker-1', createdAt: '2026-03-01T09:00:00.000Z', ...fields });

describe('unknownBase (a merge base when the common ancestor is unknown)', () => {
  it('every field the two versions disagree on is a conflict; fields they agree on merge quietly', () => {
    const mine = record({ notes: 'Mother attended, child calm', location: 'Office', minutes: 60 });
    const theirs = { ...record({ notes: 'Mother did not attend', location: 'Office', minutes: 45 }), version: 4, updatedBy: 'worker-2' };
    const { merged, conflicts } = threeWayMerge(unknownBase(mine, theirs), mine, theirs);
    expect(conflicts.map((conflict) => conflict.path)).to.deep.equal([['notes'], ['minutes']]);
    expect(merged.notes, 'mine held at a conflict, never theirs silently').to.equal('Mother attended, child calm');
    expect(merged.location).to.equal('Office');
    expect(merged.version, 'bookkeeping from theirs').to.equal(4);
  });

  it('a field only one side has is kept from that side: no words are lost, and nothing to choose', () => {
    const mine = record({ notes: 'Typed here' });
    const theirs = record({ location: 'Their office' });
    const { merged, conflicts } = threeWayMerge(unknownBase(mine, theirs), mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect([merged.notes, merged.location]).to.deep.equal(['Typed here', 'Their office']);
  });

  it('two equal versions merge with no conflict and leave the inputs as they were', () => {
    const mine = record({ notes: 'Same', tags: ['a'] });
    const theirs = structuredClone(mine);
    const base = unknownBase(mine, theirs);
    (base.tags as string[]).push('changed');
    expect(theirs.tags).to.deep.equal(['a']);
    expect(threeWayMerge(unknownBase(mine, theirs), mine, theirs).conflicts).to.deep.equal([]);
  });
});
