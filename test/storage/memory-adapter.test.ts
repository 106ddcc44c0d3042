import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { CorruptRecordError } from '../../src/storage/errors.js';
import { runAdapterContract } from './adapter-contract.js';
import { clearLocalData } from '../../src/storage/clear-local-data.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

runAdapterContract('MemoryStorageAdapter', async (limits = {}) => {
  const name = freshDatabaseName('memory');
  const first = new MemoryStorageAdapter({ name, ...(limits.first ? { limits: limits.first } : {}) });
  const second = new MemoryStorageAdapter({ name, ...(limits.second ? { limits: limits.second } : {}) });
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

describe('sign-out with records kept in memory', () => {
  const registryKey = 'caseplan-elements:databases';
  const realDatabases = indexedDB.databases.bind(indexedDB);
  const realGetItem = Storage.prototype.getItem;
  const realRemoveItem = Storage.prototype.removeItem;
  afterEach(() => {
    Object.defineProperty(indexedDB, 'databases', { configurable: true, value: realDatabases });
    Storage.prototype.getItem = realGetItem;
    Storage.prototype.removeItem = realRemoveItem;
  });

  it('clearLocalData() also empties the memory fallback, so nothing of the session outlives sign-out', async () => {
    // Other test files share this origin: let clearLocalData see no database of theirs, only this page's memory.
    Object.defineProperty(indexedDB, 'databases', { configurable: true, value: async () => [] });
    Storage.prototype.getItem = function (this: Storage, key: string) {
      return key === registryKey ? null : realGetItem.call(this, key);
    };
    Storage.prototype.removeItem = function (this: Storage, key: string) {
      if (key !== registryKey) realRemoveItem.call(this, key);
    };
    const name = freshDatabaseName('fallback');
    const fallback = new MemoryStorageAdapter({ name });
    const other = new MemoryStorageAdapter();
    await fallback.put('contact', { ...draftContact('contact-s'), notes: 'Sensitive note' });
    await other.put('servicePlan', draftPlan('plan-s'));
    expect(await clearLocalData()).to.deep.equal({ removed: [], notRemoved: [], unsent: [] });
    expect(await fallback.get('contact', 'contact-s')).to.equal(undefined);
    expect(await fallback.history('contact', 'contact-s')).to.deep.equal([]);
    expect(await new MemoryStorageAdapter({ name }).get('contact', 'contact-s')).to.equal(undefined);
    expect((await other.list('servicePlan')).records).to.deep.equal([]);
    // Still usable after sign-out, for the next person.
    expect((await fallback.put('contact', draftContact('contact-t'))).version).to.equal(1);
  });
});
