/** Local work a sync database holds that the agency's server does not have yet. */
export interface UnsentChanges {
  /** The sync database (`<name>-sync`). */
  database: string;
  /** Writes waiting to be pushed, and writes the server refused (kept until someone acts on them). */
  writes: number;
  /** Records changed here and on the server in the same field, waiting for a person to choose. */
  conflicts: number;
}

/**
 * Counts what the sync database `name` holds that never reached the server, reading it with plain
 * IndexedDB (no Dexie instance, no schema of its own): a database that is not a sync database, or does
 * not exist, holds nothing unsent and is not created by looking.
 */
export function unsentChanges(name: string): Promise<UnsentChanges | undefined> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    // Not there: opening would create it. Abort the creation; nothing is unsent.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      const stores = ['outbox', 'conflicts'].filter((store) => db.objectStoreNames.contains(store));
      if (stores.length < 2) {
        db.close();
        resolve(undefined);
        return;
      }
      const transaction = db.transaction(stores, 'readonly');
      const writes = transaction.objectStore('outbox').count();
      const conflicts = transaction.objectStore('conflicts').count();
      transaction.oncomplete = () => {
        db.close();
        const found = { database: name, writes: writes.result, conflicts: conflicts.result };
        resolve(found.writes + found.conflicts > 0 ? found : undefined);
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        resolve(undefined);
      };
    };
  });
}
