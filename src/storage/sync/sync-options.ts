import type { StorageAdapter } from '../adapter.js';
import type { BackoffOptions } from './backoff.js';
import type { TokenSource } from './http-client.js';

/** How a SyncStorageAdapter reaches the agency's server and which local store it keeps. */
export interface SyncStorageOptions {
  /** The sync server's base URL (the protocol's paths are under /v1). */
  url: string;
  /** Gives the bearer token for each request; the adapter never keeps it. */
  token: TokenSource;
  /** The local IndexedDB database (default 'caseplan-elements'); the outbox lives in `<name>-sync`. */
  databaseName?: string;
  /** The local store (default: a DexieStorageAdapter on databaseName). */
  local?: StorageAdapter;
  /** Listen to the server's event stream for changes (default true); otherwise poll. */
  live?: boolean;
  /** Pull even without events this often (default 60 s). */
  pollIntervalMs?: number;
  /** Records per pull page (default 500) and writes per push (default 100). */
  pageSize?: number;
  pushBatchSize?: number;
  backoff?: BackoffOptions;
  /**
   * The id of the person signed in (as in `updatedBy`). A record the server lost is pushed again in their
   * name (history action `sync.restored`); default: the author of the last write made in this browser.
   */
  user?: () => string | undefined;
  /** For tests: the fetch to use, and the source of jitter. */
  fetch?: typeof fetch;
  random?: () => number;
}
