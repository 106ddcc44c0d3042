// Diagnostics of the storage write for `node bench/run-once.mjs` and `bench/profile.mjs` (not in the bench's
// table): the CPU before a write alone, and what a layout packing the history entry into the record row costs.
import { prepareWrites } from '../../src/storage/write-plan.js';
import { defaultSchemas } from '../../src/storage/validate.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { manyContacts } from './plan-data.js';
import { openRawDatabase, openRawLayout, rawGetAll, rawPutRows, type RawStore } from './raw-indexeddb.js';

/** prepareWrites alone for `count` new contacts (checks, copies, history entries, hashes; no IndexedDB). */
export async function prepareOnly(count: number): Promise<number> {
  const writes = manyContacts(count).map((record) => ({ kind: 'contact', record }));
  const currents = writes.map(() => ({ record: undefined, lastEntry: undefined }));
  const started = performance.now();
  await prepareWrites(defaultSchemas, writes, currents);
  return performance.now() - started;
}

const listIndexes = [['kind', 'caseId', 'at'], ['kind', 'childId', 'at'], ['kind', 'planId', 'at']];

/**
 * The rows the adapter stores for `count` new contacts, written raw in four layouts, each into a new
 * database in one transaction: one plain row per contact with no index (the single-row baseline), the same
 * with the adapter's three list indexes, the history entry packed into the record row with no index, and
 * packed with the indexes (the bench's "packed" row). Says what a packed layout would cost, and why.
 */
export async function packedLayoutParts(count: number, run: number): Promise<Record<string, number>> {
  const adapter = new DexieStorageAdapter({ databaseName: `bench-packed-source-${run}` });
  await adapter.transaction(manyContacts(count).map((record) => ({ kind: 'contact', record })));
  await adapter.close();
  const source = await openRawDatabase(`bench-packed-source-${run}`);
  const rows = (await rawGetAll(source, 'records')) as { kind: string; id: string; record: object }[];
  const entries = (await rawGetAll(source, 'history')) as { recordKind: string; recordId: string }[];
  source.close();
  const entryOf = new Map(entries.map((entry) => [`${entry.recordKind}/${entry.recordId}`, entry]));
  const packed = rows.map((row) => ({ ...row, history: [entryOf.get(`${row.kind}/${row.id}`)] }));
  const plain = rows.map((row) => ({ ...row.record, kind: row.kind }));
  const layouts: [string, RawStore, object[]][] = [
    ['single row, no index', { name: 'rows', keyPath: ['kind', 'id'] }, plain],
    ['single row, 3 list indexes', { name: 'rows', keyPath: ['kind', 'id'], indexes: listIndexes }, rows],
    ['packed, no index', { name: 'rows', keyPath: ['kind', 'id'] }, packed],
    ['packed, 3 list indexes', { name: 'rows', keyPath: ['kind', 'id'], indexes: listIndexes }, packed],
  ];
  const times: Record<string, number> = {};
  for (const [name, store, values] of layouts) {
    const database = await openRawLayout(`bench-packed-${name.replace(/\W+/g, '-')}-${run}`, [store]);
    const started = performance.now();
    await rawPutRows(database, { rows: values });
    times[name] = Math.round(performance.now() - started);
    database.close();
  }
  return times;
}

let adapterRows: { records: object[]; history: object[] } | undefined;

/** The adapter's write of `count` new contacts alone, into a new database (then its rows kept for rawSameRows). */
export async function adapterWriteOnly(count: number, run: number): Promise<number> {
  const name = `bench-diag-adapter-${run}`;
  const adapter = new DexieStorageAdapter({ databaseName: name });
  await adapter.open();
  const writes = manyContacts(count).map((record) => ({ kind: 'contact', record }));
  const started = performance.now();
  await adapter.transaction(writes);
  const elapsed = performance.now() - started;
  await adapter.close();
  const source = await openRawDatabase(name);
  adapterRows = { records: (await rawGetAll(source, 'records')) as object[], history: (await rawGetAll(source, 'history')) as object[] };
  source.close();
  return elapsed;
}

/** Raw IndexedDB writing the rows the last adapterWriteOnly stored, in its layout, into a new database. */
export async function rawSameRowsOnly(run: number): Promise<number> {
  if (!adapterRows) throw new Error('call adapterWriteOnly first');
  const database = await openRawLayout(`bench-diag-raw-${run}`, [
    { name: 'records', keyPath: ['kind', 'id'], indexes: listIndexes },
    { name: 'history', keyPath: 'id' },
  ]);
  const started = performance.now();
  await rawPutRows(database, adapterRows);
  const elapsed = performance.now() - started;
  database.close();
  return elapsed;
}
