// Faults a caseworker's browser really meets, each simulated: the store is full, a write is cut off,
// IndexedDB is unavailable or blocked by another tab, an adapter hangs. Nothing partial is ever stored.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { StorageError } from '../../src/storage/errors.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { openDefaultStorage } from '../../src/storage/open-default.js';
import { withTimeout } from '../../src/storage/with-timeout.js';
import { verifyHistory } from '../../src/model/history-chain.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

type AddMethod = IDBObjectStore['add'];
const originalAdd: AddMethod = IDBObjectStore.prototype.add;

/** Makes the next write into the history table fail the way the browser would. */
function failNextHistoryWrite(how: 'quota' | 'abort'): void {
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<AddMethod>) {
    if (this.name !== 'history') return originalAdd.apply(this, args);
    IDBObjectStore.prototype.add = originalAdd;
    if (how === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.transaction.abort();
    return originalAdd.apply(this, args);
  };
}

describe('storage faults', () => {
  let databaseName: string;
  beforeEach(() => {
    databaseName = freshDatabaseName('faults');
  });
  afterEach(async () => {
    IDBObjectStore.prototype.add = originalAdd;
    await Dexie.delete(databaseName);
  });

  it('a full store raises StorageError quota-exceeded; the earlier version stays and the caller keeps its edit', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    const saved = await storage.put('servicePlan', { ...draftPlan('plan-q'), goal: { title: 'Saved goal', description: '' } });
    const edit = { ...saved, goal: { title: 'Unsaved edit', description: '' } };
    failNextHistoryWrite('quota');
    const error = await storage.put('servicePlan', edit).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).failure).to.equal('quota-exceeded');
    expect((error as StorageError).code).to.equal('storage.quota-exceeded');
    expect(edit.goal.title).to.equal('Unsaved edit');
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-q'))!;
    expect([stored.version, stored.goal.title]).to.deep.equal([1, 'Saved goal']);
    expect(await storage.history('servicePlan', 'plan-q')).to.have.length(1);
    await storage.close();
  });

  it('a multi-record write aborted midway (as when the page closes) stores nothing; reopening finds the last committed state', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    const plan = await storage.put('servicePlan', draftPlan('plan-r'));
    failNextHistoryWrite('abort');
    const halfWritten: ServicePlan = { ...plan, goal: { title: 'half written', description: '' } };
    const error = await storage
      .transaction([
        { kind: 'servicePlan', record: halfWritten },
        { kind: 'contact', record: draftContact('contact-r') },
      ])
      .catch((caught: unknown) => caught);
    expect((error as StorageError).failure).to.equal('aborted');
    await storage.close();

    const reopened = new DexieStorageAdapter({ databaseName });
    const stored = (await reopened.get<ServicePlan>('servicePlan', 'plan-r'))!;
    expect([stored.version, stored.goal.title]).to.deep.equal([1, '']);
    expect(await reopened.get('contact', 'contact-r')).to.equal(undefined);
    expect(await verifyHistory(await reopened.history('servicePlan', 'plan-r'), stored.version)).to.deep.include({ valid: true, entries: 1 });
    await reopened.close();
  });

  it('falls back to memory, saying why, when IndexedDB is unavailable (private mode, disabled by policy)', async () => {
    const unavailable = {
      open() {
        throw new DOMException('IndexedDB is disabled', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const { storage, fallbackReason } = await openDefaultStorage({ databaseName, indexedDB: unavailable });
    expect(storage).to.be.instanceOf(MemoryStorageAdapter);
    expect(storage.persistent).to.equal(false);
    expect(fallbackReason?.failure).to.equal('unavailable');
    const stored = await storage.put('contact', draftContact('contact-m'));
    expect(stored.version).to.equal(1);
  });

  it('falls back to memory when another tab blocks the database upgrade, instead of waiting forever', async () => {
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    holder.onversionchange = () => undefined; // an old tab that ignores the request to close
    try {
      const { storage, fallbackReason } = await openDefaultStorage({ databaseName, openTimeoutMs: 300 });
      expect(storage.persistent).to.equal(false);
      expect(fallbackReason?.failure).to.equal('blocked');
    } finally {
      holder.close();
    }
  });

  it('uses IndexedDB when it opens', async () => {
    const { storage, fallbackReason } = await openDefaultStorage({ databaseName });
    expect(storage).to.be.instanceOf(DexieStorageAdapter);
    expect(fallbackReason).to.equal(undefined);
    await storage.close();
  });

  it('an adapter that hangs gives a timeout error instead of a save that never ends', async () => {
    const memory = new MemoryStorageAdapter();
    const hanging: StorageAdapter = {
      name: 'hanging',
      persistent: true,
      get: (kind, id) => memory.get(kind, id),
      list: (kind, query) => memory.list(kind, query),
      put: () => new Promise(() => undefined),
      archive: (kind, record) => memory.archive(kind, record),
      transaction: (writes) => memory.transaction(writes),
      history: (kind, id) => memory.history(kind, id),
      watch: (listener) => memory.watch(listener),
      close: () => memory.close(),
    };
    const bounded = withTimeout(hanging, 100);
    const error = await bounded.put('servicePlan', draftPlan('plan-t')).catch((caught: unknown) => caught);
    expect((error as StorageError).failure).to.equal('timeout');
  });
});
