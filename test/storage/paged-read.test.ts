// A long list is read in pages (issue 18, round 7): every row of the range once, in the order one getAll
// gives, whatever runs of equal index keys fall across the pages' edges.
import { expect } from '@open-wc/testing';
import { readInPages } from '../../src/storage/paged-read.js';
import { freshDatabaseName } from './fixtures.js';

interface Row {
  id: string;
  group: string;
  at: number;
}

const keys = { keyRange: IDBKeyRange, cmp: (a: IDBValidKey, b: IDBValidKey) => indexedDB.cmp(a, b) };

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A store of rows keyed by id, with an index by group and time (not unique, as the adapter's list indexes). */
async function databaseWith(rows: readonly Row[]): Promise<IDBDatabase> {
  const opening = indexedDB.open(freshDatabaseName('paged-read'), 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('rows', { keyPath: 'id' }).createIndex('[group+at]', ['group', 'at']);
  const database = await done(opening);
  const writing = database.transaction('rows', 'readwrite');
  for (const row of rows) writing.objectStore('rows').put(row);
  await new Promise((resolve) => (writing.oncomplete = resolve));
  return database;
}

async function allPages(database: IDBDatabase, index: string | undefined, firstPageRows: number): Promise<Row[][]> {
  const range = index ? { store: 'rows', index, lower: ['g', -Infinity], upper: ['g', [[]]] } : { store: 'rows', lower: '', upper: '\uffff' };
  const keyOf = index ? (row: Row) => [row.group, row.at] : (row: Row) => row.id;
  const pages: Row[][] = [];
  for await (const page of readInPages<Row>(database, keys, range, keyOf, firstPageRows)) pages.push(page);
  return pages;
}

function oneGetAll(database: IDBDatabase, index: string | undefined): Promise<Row[]> {
  const store = database.transaction('rows', 'readonly').objectStore('rows');
  return done((index ? store.index(index) : store).getAll(index ? IDBKeyRange.bound(['g', -Infinity], ['g', [[]]]) : undefined)) as Promise<Row[]>;
}

/** Rows of group `g` in runs of one time: run lengths as given (ids not in time order), and a row of another group. */
function rowsInRuns(runs: readonly number[]): Row[] {
  const rows: Row[] = [{ id: 'other', group: 'h', at: 1 }];
  runs.forEach((length, at) => {
    for (let index = 0; index < length; index += 1) rows.push({ id: `r${String((at * 7919 + index * 104729) % 100000).padStart(5, '0')}-${at}-${index}`, group: 'g', at });
  });
  return rows;
}

describe('readInPages', () => {
  it('reads every row of an index once, in getAll order, with runs of one key across page edges', async () => {
    // First page 4, then 8, 16...: runs of 3 fall across the edges, a run of 20 is longer than a page.
    const database = await databaseWith(rowsInRuns([1, 3, 3, 3, 20, 2, 1, 5, 3, 3, 3, 3, 9, 1]));
    const expected = await oneGetAll(database, '[group+at]');
    for (const first of [1, 2, 3, 4, 5, 64]) {
      const pages = await allPages(database, '[group+at]', first);
      expect(pages.flat().map((row) => row.id), `first page ${first}`).to.deep.equal(expected.map((row) => row.id));
    }
    database.close();
  });

  it('reads a run of one key longer than every page whole', async () => {
    const database = await databaseWith(rowsInRuns([50]));
    const pages = await allPages(database, '[group+at]', 2);
    expect(pages.flat().map((row) => row.id)).to.deep.equal((await oneGetAll(database, '[group+at]')).map((row) => row.id));
    database.close();
  });

  it('reads a primary key range page by page, and an empty range as no page', async () => {
    const database = await databaseWith(rowsInRuns([3, 4, 5, 6, 7]));
    const pages = await allPages(database, undefined, 2);
    expect(pages.length).to.be.greaterThan(2);
    expect(pages.flat().map((row) => row.id)).to.deep.equal((await oneGetAll(database, undefined)).map((row) => row.id));
    const empty: Row[][] = [];
    for await (const page of readInPages<Row>(database, keys, { store: 'rows', lower: 'x', upper: 'y' }, (row) => row.id, 2)) empty.push(page);
    expect(empty).to.deep.equal([]);
    database.close();
  });

  it('fails the whole read when a page fails, even with pages already handed on', async () => {
    const database = await databaseWith(rowsInRuns([2, 2, 2, 2, 2, 2]));
    let calls = 0;
    const failing = (row: Row) => {
      calls += 1;
      if (calls > 2) throw new Error('page failed');
      return [row.group, row.at];
    };
    const seen: Row[] = [];
    let error: unknown;
    try {
      for await (const page of readInPages<Row>(database, keys, { store: 'rows', index: '[group+at]', lower: ['g', -Infinity], upper: ['g', [[]]] }, failing, 2)) seen.push(...page);
    } catch (caught) {
      error = caught;
    }
    expect((error as Error | undefined)?.message).to.equal('page failed');
    expect(seen.length).to.be.lessThan(12);
    database.close();
  });
});
