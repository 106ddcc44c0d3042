import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import * as z from 'zod/mini';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { currentSchemaVersion } from '../../src/storage/dexie-schema.js';
import { CorruptRecordError, StorageError } from '../../src/storage/errors.js';
import { runAdapterContract } from './adapter-contract.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

runAdapterContract('DexieStorageAdapter', async (limits = {}) => {
  const databaseName = freshDatabaseName('dexie');
  const first = new DexieStorageAdapter({ databaseName, ...(limits.first ? { limits: limits.first } : {}) });
  const second = new DexieStorageAdapter({ databaseName, ...(limits.second ? { limits: limits.second } : {}) });
  return {
    first,
    second,
    dispose: async () => {
      await first.close();
      await second.close();
      await Dexie.delete(databaseName);
    },
  };
});

/** Writes straight into IndexedDB, bypassing the adapter, as a bug or another program might. */
async function writeRawRow(databaseName: string, row: unknown): Promise<void> {
  const raw = new Dexie(databaseName);
  await raw.open();
  await raw.table('records').put(row);
  raw.close();
}

async function readRawRow(databaseName: string, key: [string, string]): Promise<unknown> {
  const raw = new Dexie(databaseName);
  await raw.open();
  const row = await raw.table('records').get(key);
  raw.close();
  return row;
}

describe('DexieStorageAdapter', () => {
  let databaseName: string;
  beforeEach(() => {
    databaseName = freshDatabaseName('dexie-only');
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('keeps records across a new adapter instance (a reload)', async () => {
    const before = new DexieStorageAdapter({ databaseName });
    const stored = await before.put('servicePlan', { ...draftPlan('kept'), goal: { title: 'Kept', description: '' } });
    await before.close();
    const after = new DexieStorageAdapter({ databaseName });
    expect(await after.get('servicePlan', 'kept')).to.deep.equal(stored);
    await after.close();
  });

  it('reports a corrupt record by name, loads the rest, and leaves the raw record untouched', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    await storage.put('servicePlan', draftPlan('fine'));
    const badRecord = { ...draftPlan('broken'), version: 3, status: 'not-a-status' };
    // A row as the adapter lays it out (indexed fields and `at` beside the record), with a damaged record.
    await writeRawRow(databaseName, { kind: 'servicePlan', id: 'broken', caseId: 'case-1', at: Date.parse(badRecord.createdAt), record: badRecord });
    const { records, corrupt } = await storage.list('servicePlan', { caseId: 'case-1' });
    expect(records.map((record) => record.id)).to.deep.equal(['fine']);
    expect(corrupt).to.have.length(1);
    expect(corrupt[0]).to.be.instanceOf(CorruptRecordError);
    expect(corrupt[0]!.id).to.equal('broken');
    expect(corrupt[0]!.violations.map((violation) => violation.path.join('.'))).to.include('status');
    expect(await storage.get('servicePlan', 'broken').catch((caught: unknown) => caught)).to.be.instanceOf(CorruptRecordError);
    expect(((await readRawRow(databaseName, ['servicePlan', 'broken'])) as { record: unknown }).record).to.deep.equal(badRecord);
    await storage.close();
  });

  it('lets the page run between slices of a long list\'s validation, and lists every record', async () => {
    const writer = new DexieStorageAdapter({ databaseName });
    await writer.transaction(Array.from({ length: 60 }, (_, index) => ({ kind: 'contact', record: draftContact(`slow-${index}`) })));
    await writer.close();
    // Each record takes a millisecond to check: the whole list is far longer than one slice.
    let checkedCount = 0;
    let checkedWhenPageRan: number | undefined;
    const slowCheck = z.custom<unknown>(() => {
      checkedCount += 1;
      if (checkedCount === 1) setTimeout(() => (checkedWhenPageRan = checkedCount), 0);
      for (const until = performance.now() + 1; performance.now() < until; );
      return true;
    });
    const storage = new DexieStorageAdapter({ databaseName, schemas: { contact: slowCheck } });
    const { records } = await storage.list('contact', { childId: 'child-1' });
    expect(records).to.have.length(60);
    expect(checkedWhenPageRan, 'a task queued during the validation ran before it ended').to.be.a('number').and.to.be.below(60);
    await storage.close();
  });

  it('refuses to open a database written by a newer version of the SDK instead of opening it silently', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    await storage.open();
    await storage.close();
    const raw = new Dexie(databaseName);
    await raw.open();
    await raw.table('meta').put({ key: 'schemaVersion', value: 99 });
    raw.close();
    const again = new DexieStorageAdapter({ databaseName });
    const error = await again.open().catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).failure).to.equal('newer-schema');
  });

  // The schema marker is read beside a page's first reads, not before them (issue 18): what they read must
  // still never be handed out from a database a newer SDK wrote.
  it('refuses the first reads on a database written by a newer SDK, whatever they read, and writes nothing', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    await storage.put('servicePlan', draftPlan('plan-newer'));
    await storage.put('contact', draftContact('contact-newer'));
    await storage.close();
    await setMarker(databaseName, 99);
    const reads: [string, (adapter: DexieStorageAdapter) => Promise<unknown>][] = [
      ['get', (adapter) => adapter.get('servicePlan', 'plan-newer')],
      ['list', (adapter) => adapter.list('contact', { childId: 'child-1' })],
      ['history', (adapter) => adapter.history('servicePlan', 'plan-newer')],
      ['verifyHistory', (adapter) => adapter.verifyHistory('servicePlan', 'plan-newer')],
      ['put', (adapter) => adapter.put('contact', draftContact('contact-written'))],
    ];
    for (const [name, call] of reads) {
      const again = new DexieStorageAdapter({ databaseName });
      const outcome = await call(again).then(
        (value) => ({ answered: value }),
        (caught: unknown) => ({ refused: caught }),
      );
      await again.close();
      expect(outcome, `${name} on a newer database`).to.have.property('refused');
      const refused = (outcome as { refused: unknown }).refused;
      expect(refused, name).to.be.instanceOf(StorageError);
      expect((refused as StorageError).failure, name).to.equal('newer-schema');
    }
    expect(await rawKeys(databaseName), 'rows after the refused calls').to.deep.equal([
      ['contact', 'contact-newer'],
      ['servicePlan', 'plan-newer'],
    ]);
  });

  it('raises an older database\'s schema marker at its first read', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    await storage.put('servicePlan', draftPlan('plan-older'));
    await storage.close();
    await setMarker(databaseName, 2);
    const again = new DexieStorageAdapter({ databaseName });
    expect((await again.get('servicePlan', 'plan-older'))?.id).to.equal('plan-older');
    await again.close();
    const raw = new Dexie(databaseName);
    await raw.open();
    const marker = (await raw.table('meta').get('schemaVersion')) as { value: number } | undefined;
    raw.close();
    expect(marker?.value).to.equal(currentSchemaVersion);
  });
});

async function setMarker(databaseName: string, value: number): Promise<void> {
  const raw = new Dexie(databaseName);
  await raw.open();
  await raw.table('meta').put({ key: 'schemaVersion', value });
  raw.close();
}

async function rawKeys(databaseName: string): Promise<unknown[]> {
  const raw = new Dexie(databaseName);
  await raw.open();
  const keys = await raw.table('records').toCollection().primaryKeys();
  raw.close();
  return keys;
}

describe('DexieStorageAdapter: closed during a write (review R10s)', () => {
  it('a write whose adapters are closed while its transaction runs (the element removed, a sign-out mid-save) still settles, and what it says is so', async () => {
    const databaseName = freshDatabaseName('dexie-close-mid-write');
    const first = new DexieStorageAdapter({ databaseName });
    const second = new DexieStorageAdapter({ databaseName });
    await first.put('contact', draftContact('seed'));
    const add = IDBObjectStore.prototype.add;
    let closed = false;
    // At the write's first history entry, every adapter on the connection closes, as the page lets go of them.
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'history' && !closed) {
        closed = true;
        void first.close();
        void second.close();
      }
      return add.apply(this, args);
    };
    const written = Array.from({ length: 2000 }, (_, index) => ({ kind: 'contact' as const, record: draftContact(`closing-${index}`) }));
    const never = Symbol('never settled');
    let outcome: unknown;
    try {
      outcome = await Promise.race([first.transaction(written).then(() => 'saved', (error: unknown) => error), new Promise((resolve) => setTimeout(() => resolve(never), 8000))]);
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(outcome, 'the save neither resolved nor rejected').not.to.equal(never);
    if (outcome === 'saved') {
      const reader = new DexieStorageAdapter({ databaseName });
      expect((await reader.list('contact')).records.length, 'said saved: every contact written is there').to.equal(written.length + 1);
      await reader.close();
    } else {
      expect(outcome).to.be.instanceOf(StorageError);
    }
    await Dexie.delete(databaseName);
  });
});
