import type { Unsubscribe } from '../adapter.js';

/**
 * Where a SyncStorageAdapter stands, for the sync indicator each element shows and for the host.
 * - connection: 'online' (everything pushed that can be, listening), 'syncing' (pushing or pulling now),
 *   'offline' (the server cannot be reached: edits are kept and wait), 'error' (the server refused
 *   something or failed: `error` says what; the adapter keeps retrying).
 * - pending: local writes not yet accepted by the server (in this browser, every tab).
 * - conflicts: records where the same field was changed here and on the server: a person must choose.
 * - rejected: writes the server refused as invalid or forbidden; kept locally, never dropped.
 * - outOfScope: records this browser holds that the server lost (a restore), offered back and refused because
 *   their case is not (now) one this token may see: kept locally, untouched, and sent when it is again.
 */
export interface SyncState {
  connection: 'online' | 'offline' | 'syncing' | 'error';
  pending: number;
  conflicts: number;
  rejected: number;
  /** Absent in a status source from before it (read it as 0). */
  outOfScope?: number;
  /** A stable code ('sync.unauthorized', 'sync.server-error', 'sync.rejected'...) when connection is 'error'. */
  error?: string;
  /** When this browser last finished a push and pull with the server (ISO instant). */
  lastSyncedAt?: string;
}

/** What the sync indicator needs of a storage adapter; the elements never import the adapter itself. */
export interface SyncStatusSource {
  readonly syncState: SyncState;
  onSyncState(listener: (state: SyncState) => void): Unsubscribe;
}

export function hasSyncStatus(storage: unknown): storage is SyncStatusSource {
  return typeof storage === 'object' && storage !== null && 'syncState' in storage && typeof (storage as { onSyncState?: unknown }).onSyncState === 'function';
}

/**
 * Makes a wrapper of `source` (a timeout, the elements' input check) show the source's live sync state,
 * so the sync indicator still sees it. A source whose properties throw is simply not a syncing one.
 */
export function carrySyncStatus<T extends object>(source: unknown, wrapper: T): T {
  let syncing: boolean;
  try {
    syncing = hasSyncStatus(source);
  } catch {
    return wrapper;
  }
  if (!syncing) return wrapper;
  const sync = source as SyncStatusSource;
  Object.defineProperties(wrapper, {
    syncState: { get: () => sync.syncState, enumerable: true },
    onSyncState: { value: sync.onSyncState.bind(sync) },
  });
  return wrapper;
}
