// Faults a caseworker's browser meets, injected one after another into real IndexedDB: the disk full and
// writes cut off at random points of multi-record saves, IndexedDB unavailable, blocked or from a newer
// release, an adapter that hangs or throws, a damaged record, a wrong encryption key. Each is survived:
// a typed error (or a warned memory fallback), and the last committed state intact.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { verifyHistory } from '../../src/model/history-chain.js';
import type { StoredRecord } from '../../src/model/record.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import type { StorageAdapter, WriteRequest } from '../../src/storage/adapter.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { currentSchemaVersion } from '../../src/storage/dexie-schema.js';
import { encryptedEnvelopeSchemas } from '../../src/storage/encrypted-envelope.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { StorageError } from '../../src/storage/errors.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { openDefaultStorage } from '../../src/storage/open-default.js';
import { withTimeout } from '../../src/storage/with-timeout.js';
import { draftContact, freshDatabaseName } from '../storage/fixtures.js';
import { pick, seededRandom } from './support/random.js';
import { reportFigures } from './support/report.js';

type AddMethod = IDBObjectStore['add'];
type PutMethod = IDBObjectStore['put'];
const originalAdd: AddMethod = IDBObjectStore.prototype.add;
const originalPut: PutMethod = IDBObjectStore.prototype.put;

/** Makes the `nth` row written from now on fail: the disk is full, or the transaction is cut off there. */
function failAtWrite(nth: number, how: 'quota' | 'abort'): void {
  let count = 0;
  const fail = (store: IDBObjectStore): void => {
    count += 1;
    if (count !== nth) return;
    restoreWrites();
    if (how === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    store.transaction.abort();
  };
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<AddMethod>) {
    fail(this);
    return originalAdd.apply(this, args);
  };
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<PutMethod>) {
    fail(this);
    return originalPut.apply(this, args);
  };
}

function restoreWrites(): void {
  IDBObjectStore.prototype.add = originalAdd;
  IDBObjectStore.prototype.put = originalPut;
}

async function everything(storage: StorageAdapter): Promise<string> {
  const contacts = (await storage.list<Contact>('contact', { includeArchived: true })).records.sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify(contacts);
}

describe('faults injected into real storage', () => {
  const names: string[] = [];
  let injected = 0;
  let survived = 0;
  const fresh = () => {
    const name = freshDatabaseName('fault');
    names.push(name);
    return name;
  };
  afterEach(async () => {
    restoreWrites();
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  after(() => {
    reportFigures({ scenario: 'faults injected into IndexedDB and adapters', faults: injected, survived });
  });

  it('disk full and writes cut off at random points of 30 multi-record saves: nothing partial, the last save intact', async function () {
    this.timeout(60000);
    const random = seededRandom(6);
    const storage = new DexieStorageAdapter({ databaseName: fresh() });
    const ids = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'];
    await storage.transaction(ids.map((id) => ({ kind: 'contact', record: { ...draftContact(id), notes: 'first save' } })));
    for (let round = 0; round < 30; round += 1) {
      const before = await everything(storage);
      const current = (await storage.list<Contact>('contact')).records;
      const chosen = current.filter(() => random() < 0.6);
      const writes: WriteRequest[] = (chosen.length > 0 ? chosen : current).map((record) => ({ kind: 'contact', record: { ...record, notes: `round ${round}` } }));
      // Each write stores a record row and a history row: fail somewhere among them.
      const how = pick(random, ['quota', 'abort'] as const);
      failAtWrite(1 + Math.floor(random() * writes.length * 2), how);
      injected += 1;
      const error = await storage.transaction(writes).catch((caught: unknown) => caught);
      restoreWrites();
      expect(error, `round ${round}`).to.be.instanceOf(StorageError);
      expect((error as StorageError).failure).to.equal(how === 'quota' ? 'quota-exceeded' : 'aborted');
      expect(await everything(storage), `round ${round}: nothing partial`).to.equal(before);
      // The next save goes through, and every history still verifies.
      await storage.transaction(writes);
      for (const id of ids) {
        const record = (await storage.get<Contact>('contact', id))!;
        expect((await verifyHistory(await storage.history('contact', id), record.version)).valid).to.equal(true);
      }
      survived += 1;
    }
    await storage.close();
  });

  it('IndexedDB unavailable, blocked by an old tab, or written by a newer release: memory fallback with the reason', async () => {
    const unavailable = {
      open() {
        throw new DOMException('IndexedDB is disabled', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const blockedName = fresh();
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(blockedName, 1);
      request.onsuccess = () => resolve(request.result);
    });
    holder.onversionchange = () => undefined;
    const newerName = fresh();
    // A later release's database: a newer layout and its schema marker.
    const newer = new Dexie(newerName);
    newer.version(30).stores({ records: '[kind+id], kind', history: 'id', meta: 'key', attachments: 'id' });
    await newer.open();
    await newer.table('meta').put({ key: 'schemaVersion', value: currentSchemaVersion + 1 });
    newer.close();
    const cases = [
      { options: { databaseName: fresh(), indexedDB: unavailable }, failure: 'unavailable' },
      { options: { databaseName: blockedName, openTimeoutMs: 300 }, failure: 'blocked' },
      { options: { databaseName: newerName }, failure: 'newer-schema' },
    ];
    try {
      for (const { options, failure } of cases) {
        injected += 1;
        const { storage, fallbackReason } = await openDefaultStorage(options);
        expect(fallbackReason?.failure, failure).to.equal(failure);
        expect(storage.persistent).to.equal(false);
        expect((await storage.put('contact', draftContact(`fallback-${failure}`))).version).to.equal(1);
        survived += 1;
        await storage.close();
      }
    } finally {
      holder.close();
    }
  });

  it('an adapter that hangs or throws: a timeout or typed error, the edit kept by the caller and saved on retry', async () => {
    const memory = new MemoryStorageAdapter();
    let mode: 'hang' | 'throw' | 'work' = 'hang';
    const flaky: StorageAdapter = {
      ...memory,
      name: 'flaky',
      persistent: true,
      get: (kind, id) => memory.get(kind, id),
      list: (kind, query) => memory.list(kind, query),
      archive: (kind, record) => memory.archive(kind, record),
      transaction: (writes) => memory.transaction(writes),
      history: (kind, id) => memory.history(kind, id),
      watch: (listener) => memory.watch(listener),
      close: () => memory.close(),
      put: <T extends StoredRecord>(kind: string, record: T) => {
        if (mode === 'hang') return new Promise<T>(() => undefined);
        if (mode === 'throw') return Promise.reject(new TypeError('network down'));
        return memory.put(kind, record);
      },
    };
    const storage = withTimeout(flaky, 150);
    const edit = { ...draftContact('contact-retry'), notes: 'typed before the outage' };
    for (const failing of ['hang', 'throw'] as const) {
      injected += 1;
      mode = failing;
      const error = await storage.put('contact', edit).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(Error);
      if (failing === 'hang') expect((error as StorageError).failure).to.equal('timeout');
      expect(edit.notes).to.equal('typed before the outage');
      expect(await storage.get('contact', 'contact-retry')).to.equal(undefined);
      survived += 1;
    }
    mode = 'work';
    expect((await storage.put('contact', edit)).notes).to.equal('typed before the outage');
  });

  it('a damaged record and a wrong encryption key: reported by name, the rest loads, nothing is rewritten', async () => {
    const name = fresh();
    const storage = new DexieStorageAdapter({ databaseName: name });
    await storage.put('contact', draftContact('good'));
    await storage.put('contact', draftContact('damaged'));
    const db = new Dexie(name);
    await db.open();
    const row = (await db.table('records').get(['contact', 'damaged'])) as { record: Record<string, unknown> };
    await db.table('records').put({ ...row, record: { ...row.record, durationMinutes: 'forever' } });
    db.close();
    injected += 1;
    const { records, corrupt } = await storage.list('contact');
    expect([records.map((record) => record.id), corrupt.map((error) => error.id)]).to.deep.equal([['good'], ['damaged']]);
    survived += 1;
    await storage.close();

    const encryptedName = fresh();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const writer = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName: encryptedName, schemas: encryptedEnvelopeSchemas }), { key });
    await writer.put('contact', draftContact('sealed'));
    await writer.close();
    injected += 1;
    const wrong = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName: encryptedName, schemas: encryptedEnvelopeSchemas }), { key: otherKey });
    expect(((await wrong.get('contact', 'sealed').catch((caught: unknown) => caught)) as StorageError).failure).to.equal('decrypt-failed');
    await wrong.close();
    const right = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName: encryptedName, schemas: encryptedEnvelopeSchemas }), { key });
    expect((await right.get('contact', 'sealed'))?.version).to.equal(1);
    survived += 1;
    await right.close();
  });
});
