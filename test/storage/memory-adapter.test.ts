import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { CorruptRecordError } from '../../src/storage/errors.js';
import { runAdapterContract } from './adapter-contract.js';
import { draftPlan, freshDatabaseName } from './fixtures.js';

runAdapterContract('MemoryStorageAdapter', async () => {
  const name = freshDatabaseName('memory');
  const first = new MemoryStorageAdapter({ name });
  const second = new MemoryStorageAdapter({ name });
  return { first, second, dispose: async () => Promise.all([first.close(), second.close()]).then(() => undefined) };
});

describe('MemoryStorageAdapter', () => {
  it('says records are not kept across a reload, so the elements can warn', () => {
    expect(new MemoryStorageAdapter().persistent).to.equal(false);
  });

  it('reports a corrupt record by name while the rest of the list loads', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('servicePlan', draftPlan('good'));
    storage.seedRaw('servicePlan', { ...draftPlan('bad'), version: 1, status: 'lost-in-time' } as never);
    const { records, corrupt } = await storage.list('servicePlan');
    expect(records.map((record) => record.id)).to.deep.equal(['good']);
    expect(corrupt.map((error) => error.id)).to.deep.equal(['bad']);
    expect(await storage.get('servicePlan', 'bad').catch((caught: unknown) => caught)).to.be.instanceOf(CorruptRecordError);
  });
});
