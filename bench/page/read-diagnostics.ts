// Diagnostics of the storage read for `node bench/run-once.mjs` (not in the bench's table): where a child's
// contacts read through the adapter's layout spend their time, against the plain store of the raw baseline.
import * as z from 'zod/mini';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { checkRecord, defaultSchemas, readyToCheck } from '../../src/storage/validate.js';
import { checkingSchema } from '../../src/storage/compiled-check.js';
import { matchesQuery } from '../../src/storage/matches.js';
import { checkValueLimits, DEFAULT_VALUE_LIMITS, type ValueLimits } from '../../src/model/value-limits.js';
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

/**
 * DIAGNOSTIC (issue 18, round 11): the adapter's own work on a read, without IndexedDB. `count` contacts are
 * written by the adapter and read raw once (its rows, by its child index); then each way of checking every
 * row is timed `rounds` times, the ways alternated round by round, and the median of each is returned (ms for
 * all the rows). Pure main-thread CPU: the storage process is out of it.
 */
export async function readCheckParts(count: number, rounds: number, run: number): Promise<Record<string, number>> {
  const name = `bench-read-checks-${run}`;
  const adapter = new DexieStorageAdapter({ databaseName: name });
  await adapter.transaction(manyContacts(count).map((record) => ({ kind: 'contact', record })));
  await adapter.close();
  const database = await openRawDatabase(name);
  const rows = (await read(database, 'records', IDBKeyRange.bound(['contact', 'child-1', -Infinity], ['contact', 'child-1', [[]]]), '[kind+childId+at]')) as { record: unknown }[];
  database.close();
  await readyToCheck(defaultSchemas, 'contact', rows.length);
  const schema = defaultSchemas['contact']!;
  const compiled = checkingSchema(schema);
  if (compiled === schema) throw new Error('the contact schema is not compiled');
  const query = { childId: 'child-1' };
  const ways: Record<string, () => number> = {
    'checkRecord + matchesQuery (the list loop)': () => {
      let kept = 0;
      for (const row of rows) {
        const checked = checkRecord(defaultSchemas, 'contact', row.record);
        if (checked.ok && matchesQuery(checked.record, query)) kept += 1;
      }
      return kept;
    },
    'limits alone': () => rows.filter((row) => checkValueLimits(row.record) === undefined).length,
    'limits, the walk before round 11': () => rows.filter((row) => limitsWalkBefore(row.record, DEFAULT_VALUE_LIMITS) === undefined).length,
    'z.safeParse(compiled) alone': () => rows.filter((row) => z.safeParse(compiled, row.record).success).length,
    'compiled.safeParse alone': () => rows.filter((row) => compiled.safeParse(row.record).success).length,
    'z.validate(compiled) alone (no output)': () => rows.filter((row) => z.validate(compiled, row.record)).length,
  };
  const times: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const [label, way] of Object.entries(ways)) {
      const started = performance.now();
      const kept = way();
      (times[label] ??= []).push(performance.now() - started);
      if (kept !== count) throw new Error(`${label}: ${kept} of ${count}`);
    }
  }
  await deleteNamed(name);
  return Object.fromEntries(Object.entries(times).map(([label, all]) => [label, Math.round(median(all) * 10) / 10]));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function deleteNamed(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error ?? new Error('delete failed'));
  });
}

type LimitCode = 'value.too-deep' | 'value.too-big';

/** DIAGNOSTIC: firstLimitPassed as it was before round 11 (two explicit stacks), kept to compare with in the same run. */
function limitsWalkBefore(value: unknown, limits: ValueLimits): LimitCode | undefined {
  const items: unknown[] = [value];
  const depths: number[] = [0];
  let size = 0;
  while (items.length > 0) {
    const item = items.pop();
    const depth = depths.pop()!;
    if (typeof item === 'string') size += item.length;
    else if (typeof item !== 'object' || item === null) size += 8;
    else {
      if (depth >= limits.maxDepth) return 'value.too-deep';
      if (Array.isArray(item)) {
        for (let index = 0; index < item.length; index += 1) {
          size += 8;
          items.push(item[index]);
          depths.push(depth + 1);
        }
      } else {
        for (const key of Object.keys(item)) {
          size += key.length;
          items.push((item as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    }
    if (size > limits.maxSize) return 'value.too-big';
  }
  return undefined;
}
