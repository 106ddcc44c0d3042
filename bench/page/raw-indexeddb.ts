// Plain IndexedDB calls, no library: the baseline the adapter and the editor are compared with.

function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens a database (creating `store` with an `id` key path when given and missing). */
export function openRawDatabase(name: string, store?: string): Promise<IDBDatabase> {
  const opening = store ? indexedDB.open(name, 1) : indexedDB.open(name);
  if (store) {
    opening.onupgradeneeded = () => {
      if (!opening.result.objectStoreNames.contains(store)) opening.result.createObjectStore(store, { keyPath: 'id' });
    };
  }
  return request(opening);
}

export function rawRecord<T>(database: IDBDatabase, store: string, key: IDBValidKey): Promise<T | undefined> {
  return request(database.transaction(store, 'readonly').objectStore(store).get(key)) as Promise<T | undefined>;
}

/** Every record in one readwrite transaction; resolves when it has committed. */
export function rawPutAll(database: IDBDatabase, store: string, records: readonly object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(store, 'readwrite');
    const objects = transaction.objectStore(store);
    for (const record of records) objects.put(record);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

export function rawGetAll(database: IDBDatabase, store: string): Promise<unknown[]> {
  return request(database.transaction(store, 'readonly').objectStore(store).getAll());
}

export interface RawStore {
  name: string;
  keyPath: string | string[];
  /** Compound indexes, each a list of fields. */
  indexes?: string[][];
}

/** Opens a new database with these stores and indexes (the layout the adapter uses, made by hand). */
export function openRawLayout(name: string, stores: readonly RawStore[]): Promise<IDBDatabase> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    for (const store of stores) {
      const created = opening.result.createObjectStore(store.name, { keyPath: store.keyPath });
      for (const fields of store.indexes ?? []) created.createIndex(fields.join('+'), fields);
    }
  };
  return request(opening);
}

/** Rows into several stores in one readwrite transaction; resolves when it has committed. */
export function rawPutRows(database: IDBDatabase, rows: Record<string, readonly object[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(Object.keys(rows), 'readwrite');
    for (const [store, values] of Object.entries(rows)) {
      const objects = transaction.objectStore(store);
      for (const value of values) objects.put(value);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}
