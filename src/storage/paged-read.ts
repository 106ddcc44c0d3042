/**
 * Reading a long range of rows in pages, so the page's own work on the rows (checking each record) runs
 * while IndexedDB reads the next page, instead of after one `getAll` of everything (whose rows the
 * browser reads, then hands over and deserializes, all before the first row can be checked).
 *
 * Every page is read in one read-only transaction: one snapshot, as a single `getAll` would see. Each
 * next request is made in the previous one's success callback (the only time the transaction takes
 * requests), before that page is handed on; the consumer may take its time and yield to the page.
 */

/** Where rows are read: a store's primary key or one of its indexes, between two keys (both included). */
export interface PagedRange {
  store: string;
  /** An index name; without one, the store's primary key. */
  index?: string;
  lower: IDBValidKey;
  upper: IDBValidKey;
}

/**
 * Rows of the first page; each next page is twice as large (10 000 rows: four requests). A first page soon
 * in starts the checks early; larger pages after it keep the round trips few (each waits on the browser's
 * storage process, slow on a loaded machine), and each takes longer to read than the page before takes
 * to check, so the checks stay hidden behind the reads.
 */
export const FIRST_PAGE_ROWS = 1000;

/**
 * Every row of the range, in key order (ties of an index in primary-key order, as `getAll` gives them),
 * page by page. `keyOf` gives a row's key in what is read: its index key, or its primary key.
 *
 * An index key is not unique: a page may end inside a run of rows of one key. So a page whose last key is
 * also in it earlier is cut before that run, and the next page starts at that key (included); a page that
 * is all one key is read whole by that key, and the next starts after it. No row twice, none left out.
 */
export async function* readInPages<Row>(database: IDBDatabase, keys: PagedKeys, range: PagedRange, keyOf: (row: Row) => IDBValidKey, firstPageRows = FIRST_PAGE_ROWS): AsyncGenerator<Row[]> {
  let pageRows = firstPageRows;
  const transaction = database.transaction(range.store, 'readonly');
  const source: IDBObjectStore | IDBIndex = range.index ? transaction.objectStore(range.store).index(range.index) : transaction.objectStore(range.store);
  const unique = range.index === undefined;
  const { keyRange, cmp } = keys;

  const pages: Row[][] = [];
  let failure: unknown;
  let finished = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const fail = (error: unknown) => {
    failure = error ?? new Error('IndexedDB read failed');
    notify();
  };

  const request = (query: IDBKeyRange, count: number | undefined, then: (rows: Row[]) => void) => {
    const pending = source.getAll(query, count);
    pending.onsuccess = () => {
      try {
        then(pending.result as Row[]);
      } catch (error) {
        fail(error);
      }
    };
    pending.onerror = () => fail(pending.error);
  };

  // Each page arrives, the next is asked for at once, then the page goes to the consumer.
  const readFrom = (lower: IDBValidKey, lowerOpen: boolean) => {
    const asked = pageRows;
    pageRows *= 2;
    request(keyRange.bound(lower, range.upper, lowerOpen, false), asked, (rows) => {
      if (rows.length < asked) return deliver(rows, true);
      const lastKey = keyOf(rows.at(-1)!);
      if (unique) {
        readFrom(lastKey, true);
        return deliver(rows, false);
      }
      let runStart = rows.length - 1;
      while (runStart > 0 && cmp(keyOf(rows[runStart - 1]!), lastKey) === 0) runStart -= 1;
      if (runStart > 0) {
        readFrom(lastKey, false);
        return deliver(rows.slice(0, runStart), false);
      }
      // The whole page is one key: that key's every row, then what follows it.
      request(keyRange.bound(lastKey, lastKey), undefined, (run) => {
        readFrom(lastKey, true);
        deliver(run, false);
      });
    });
  };

  const deliver = (rows: Row[], last: boolean) => {
    if (rows.length > 0) pages.push(rows);
    if (last) finished = true;
    notify();
  };

  readFrom(range.lower, false);
  try {
    while (true) {
      // A failed request fails the whole read, even with pages already in: they would be a part taken for all.
      if (failure !== undefined) throw failure;
      if (pages.length > 0) yield pages.shift()!;
      else if (finished) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Left early (the consumer stopped, or a failure): read no further.
    if (!finished && failure === undefined) abortQuietly(transaction);
  }
}

/** The key range constructor and key order of the IndexedDB implementation read (a test may inject its own). */
export interface PagedKeys {
  keyRange: typeof IDBKeyRange;
  cmp: (a: IDBValidKey, b: IDBValidKey) => number;
}

function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already finished.
  }
}
