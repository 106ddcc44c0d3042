import Dexie from 'dexie';
import { forgetDatabases, rememberedDatabases } from './database-registry.js';
import { announceLocalDataCleared } from './local-data-cleared.js';
import { clearMemoryStores } from './memory-adapter.js';
import { unsentChanges, type UnsentChanges } from './sync/unsent-changes.js';

export type { UnsentChanges } from './sync/unsent-changes.js';

export interface ClearLocalDataOptions {
  /** How long to wait for the databases to be removed (another tab may hold one open). Default 10 000 ms. */
  timeoutMs?: number;
  /**
   * Remove the data even though some of it never reached the agency's server (the sync adapter's
   * unsent writes and unresolved conflicts): that work is then lost. Default false: nothing is removed
   * and `unsent` says what is waiting, so the host can sync first or ask the user.
   */
  discardUnsent?: boolean;
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
  /**
   * What was not removed because it never reached the server (with `discardUnsent`, what was removed
   * although it had not). Empty when nothing was waiting.
   */
  unsent: UnsentChanges[];
}

/**
 * Removes every database this SDK created on this origin, for sign-out on a shared computer, and empties
 * the records kept in memory on this page (the memory fallback). Every tab of the origin is told first:
 * its adapters close their connections (so nothing blocks the deletion) and its elements say local data
 * was cleared. Settles within `timeoutMs` whatever another tab does, reporting what it could not remove.
 *
 * Work that never reached the agency's server is never thrown away silently: when a sync database holds
 * unsent writes or unresolved conflicts, nothing at all is removed (no tab is told, the memory is kept)
 * and `unsent` says what waits, unless `discardUnsent` is set.
 */
export async function clearLocalData(options: ClearLocalDataOptions = {}): Promise<ClearLocalDataResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // No IndexedDB here (disabled, private mode): nothing was stored in it; only the memory to empty.
  if (typeof indexedDB === 'undefined') {
    clearMemoryStores();
    announceLocalDataCleared();
    forgetDatabases();
    return { removed: [], notRemoved: [], unsent: [] };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    const names = await Promise.race([databaseNames(), deadline]);
    if (names === 'late') return { removed: [], notRemoved: rememberedDatabases(), unsent: [] };
    const unsent = await Promise.race([Promise.all(names.map(unsentChanges)), deadline]);
    // Could not tell in time whether work is waiting: keep everything (sign-out can be tried again).
    if (unsent === 'late') return { removed: [], notRemoved: names, unsent: [] };
    const waiting = unsent.filter((found): found is UnsentChanges => found !== undefined);
    if (waiting.length > 0 && !options.discardUnsent) return { removed: [], notRemoved: names, unsent: waiting };
    clearMemoryStores();
    announceLocalDataCleared();
    const outcomes = await Promise.all(names.map((name) => Promise.race([Dexie.delete(name).then(() => 'removed' as const, () => 'late' as const), deadline])));
    const removed = names.filter((_, index) => outcomes[index] === 'removed');
    const notRemoved = names.filter((_, index) => outcomes[index] !== 'removed');
    forgetDatabases(notRemoved);
    return { removed, notRemoved, unsent: waiting };
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
