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
