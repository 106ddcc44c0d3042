import { expect } from '@open-wc/testing';
import * as model from '../../src/model/index.js';

describe('the history chain on the public model entry', () => {
  it('gives hosts the chaining that copies their entry, not the storage-internal one that sets hashes on it', async () => {
    expect('sealHistoryEntry' in model, 'sealHistoryEntry on the model entry').to.equal(false);
    const entry = { id: 'goal-1:1', recordKind: 'servicePlan', recordId: 'goal-1', seq: 1, at: '2026-12-02T10:00:00.000Z', by: 'worker-1', action: 'record.created', changes: [{ path: 'title', after: 'Safe at home' }] };
    const chained = await model.chainHistoryEntry(entry, undefined);
    expect(chained.hash).to.be.a('string');
    // The host's object is left as it was: no hash or link written into it.
    expect(entry).not.to.have.property('hash');
    expect(entry).not.to.have.property('prevHash');
  });
});
