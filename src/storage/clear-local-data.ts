import Dexie from 'dexie';
import { forgetDatabases, rememberedDatabases } from './database-registry.js';
import { announceLocalDataCleared } from './local-data-cleared.js';
import { clearMemoryStores } from './memory-adapter.js';

export interface ClearLocalDataOptions {
  /** How long to wait for the databases to be removed (another tab may hold one open). Default 10 000 ms. */
  timeoutMs?: number;
}

export interface ClearLocalDataResult {
  /** The databases removed. */
  removed: string[];
  /**
   * The databases not removed within the time limit (a connection that would not close held them). Their
   * deletion stays queued in the browser and completes once that connection closes; they stay listed for
   * the next clearLocalData().
   */
  notRemoved: string[];
}

/**
 * Removes every database this SDK created on this origin, for sign-out on a shared computer, and empties
 * the records kept in memory on this page (the memory fallback). Every tab of the origin is told first:
 * its adapters close their connections (so nothing blocks the deletion) and its elements say local data
 * was cleared. Settles within `timeoutMs` whatever another tab does, reporting what it could not remove.
 */
export async function clearLocalData(options: ClearLocalDataOptions = {}): Promise<ClearLocalDataResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  clearMemoryStores();
  announceLocalDataCleared();
  // No IndexedDB here (disabled, private mode): nothing was stored in it; the memory is already empty.
  if (typeof indexedDB === 'undefined') {
    forgetDatabases();
    return { removed: [], notRemoved: [] };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    const names = await Promise.race([databaseNames(), deadline]);
    if (names === 'late') return { removed: [], notRemoved: rememberedDatabases() };
    const outcomes = await Promise.all(names.map((name) => Promise.race([Dexie.delete(name).then(() => 'removed' as const, () => 'late' as const), deadline])));
    const removed = names.filter((_, index) => outcomes[index] === 'removed');
    const notRemoved = names.filter((_, index) => outcomes[index] !== 'removed');
    forgetDatabases(notRemoved);
    return { removed, notRemoved };
  } finally {
    clearTimeout(timer);
  }
}

/** Every database name this SDK created here: the registry, and what indexedDB.databases() finds. */
async function databaseNames(): Promise<string[]> {
  const names = new Set(rememberedDatabases());
  if (typeof indexedDB.databases === 'function') {
    const found = await indexedDB.databases().catch(() => []);
    for (const info of found) if (info.name?.startsWith('caseplan-elements')) names.add(info.name);
  }
  return [...names];
}
