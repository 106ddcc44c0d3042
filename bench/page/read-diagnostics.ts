// Diagnostics of the storage read for `node bench/run-once.mjs` (not in the bench's table): where a child's
// contacts read through the adapter's layout spend their time, against the plain store of the raw baseline.
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { manyContacts } from './plan-data.js';
import { openRawDatabase, openRawLayout, rawGetAll, rawPutRows } from './raw-indexeddb.js';

function read(database: IDBDatabase, store: string, query: IDBKeyRange | null, index?: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const objects = database.transaction(store, 'readonly').objectStore(store);
    const request = index ? objects.index(index).getAll(query) : objects.getAll(query);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

/**
 * `count` contacts written by the adapter, then read raw four ways: the adapter's rows by its child index,
 * the same rows by a range of the primary key, the records alone in a plain store, and the same rows in a
 * store keyed by kind, child, time and id (a child's contacts one range of the primary key).
 */
export async function readLayoutParts(count: number, run: number): Promise<Record<string, number>> {
  const name = `bench-read-parts-${run}`;
  const adapter = new DexieStorageAdapter({ databaseName: name });
  await adapter.transaction(manyContacts(count).map((record) => ({ kind: 'contact', record })));
  await adapter.close();
  const source = await openRawDatabase(name);
  const rows = (await rawGetAll(source, 'records')) as { kind: string; id: string; childId: string; at: number; record: object }[];
  const plain = await openRawLayout(`${name}-plain`, [{ name: 'contacts', keyPath: 'id' }]);
  await rawPutRows(plain, { contacts: rows.map((row) => row.record) });
  const keyed = await openRawLayout(`${name}-keyed`, [{ name: 'records', keyPath: ['kind', 'childId', 'at', 'id'] }]);
  await rawPutRows(keyed, { records: rows });
  const flat = await openRawLayout(`${name}-flat`, [{ name: 'records', keyPath: ['kind', 'id'], indexes: [['kind', 'caseId', 'at'], ['kind', 'childId', 'at'], ['kind', 'planId', 'at']] }]);
  await rawPutRows(flat, { records: rows.map((row) => ({ ...row.record, kind: row.kind, at: row.at })) });
  const json = await openRawLayout(`${name}-json`, [{ name: 'records', keyPath: ['kind', 'id'], indexes: [['kind', 'caseId', 'at'], ['kind', 'childId', 'at'], ['kind', 'planId', 'at']] }]);
  await rawPutRows(json, { records: rows.map(({ record, ...row }) => ({ ...row, json: JSON.stringify(record) })) });
  const times: Record<string, number> = {};
  const time = async (label: string, reading: () => Promise<unknown[]>) => {
    const started = performance.now();
    const found = await reading();
    times[label] = Math.min(times[label] ?? Infinity, Math.round(performance.now() - started));
    if (found.length !== count) throw new Error(`${label}: ${found.length} of ${count}`);
  };
  for (let round = 0; round < 10; round += 1) {
    await time('json rows by child index, parsed', async () => {
      const found = (await read(json, 'records', IDBKeyRange.bound(['contact', 'child-1', -Infinity], ['contact', 'child-1', [[]]]), 'kind+childId+at')) as { json: string }[];
      return found.map((row) => JSON.parse(row.json) as unknown);
    });
    await time('flat rows by child index', () => read(flat, 'records', IDBKeyRange.bound(['contact', 'child-1', -Infinity], ['contact', 'child-1', [[]]]), 'kind+childId+at'));
    await time('by child index', () => read(source, 'records', IDBKeyRange.bound(['contact', 'child-1', -Infinity], ['contact', 'child-1', [[]]]), '[kind+childId+at]'));
    await time('by primary range [kind+id]', () => read(source, 'records', IDBKeyRange.bound(['contact', ''], ['contact', [[]]])));
    await time('plain store', () => read(plain, 'contacts', null));
    await time('keyed [kind+childId+at+id]', () => read(keyed, 'records', IDBKeyRange.bound(['contact', 'child-1', -Infinity], ['contact', 'child-1', [[]]])));
  }
  for (const database of [source, plain, keyed, flat, json]) database.close();
  return times;
}
