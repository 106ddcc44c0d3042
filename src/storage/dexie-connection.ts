import type Dexie from 'dexie';

/**
 * Connection handling of the IndexedDB adapter, kept apart from its read and write paths.
 *
 * Another tab that upgrades the database, or `clearLocalData()` deleting it, sends this connection a
 * `versionchange`: it must close, or the other tab waits (blocked) for good. Closed, every later call
 * would fail (`DatabaseClosedError`) until the page is reloaded. So the connection closes on
 * `versionchange` and the adapter forgets it was open: the next call opens it again, and a call that
 * was caught by the close is run once more on the new connection.
 */
export function closeOnVersionChange(db: Dexie, forget: () => void): void {
  db.on('versionchange', () => {
    db.close();
    forget();
    return false; // closed here: Dexie's own handler need not run
  });
  // Closed any other way (the browser ended the connection): open again on the next call.
  db.on('close', forget);
}

const closedNames = new Set(['DatabaseClosedError']);

/** Whether a failure came from the connection being closed under the call (not from the data). */
export function isClosedConnection(error: unknown, db: Dexie): boolean {
  if (!db.isOpen()) return true;
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string' && closedNames.has(name)) return true;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs `work`; if the connection was closed under it, opens again (`reopen`) and runs it once more.
 * Safe for writes: a transaction caught by the close was rolled back, and if it had committed, the
 * second run is refused by the version check (its history entry already exists).
 */
export async function retryOnceOnClosedConnection<R>(db: Dexie, work: () => Promise<R>, reopen: () => Promise<void>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (!isClosedConnection(error, db)) throw error;
    await reopen();
    return work();
  }
}
