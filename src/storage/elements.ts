import type { DefaultStorage, DefaultStorageOptions } from './open-default.js';

/**
 * Storage as the elements (src/components) see it: their one way in, lint refuses deeper paths. The
 * types of the public entry, the few helpers the elements use, and the default storage opened on demand.
 * It carries no adapter implementation: `loadDefaultStorage` loads the default (the IndexedDB adapter with
 * Dexie, about 30 kB gzipped, or the memory fallback) with a dynamic import only when an element uses it,
 * so a host that passes its own storage never downloads it.
 */
export type * from './index.js';
export type { SyncState } from './sync/state.js';
export { withTimeout } from './with-timeout.js';
export { carrySyncStatus, hasSyncStatus } from './sync/state.js';
export { onLocalDataCleared } from './local-data-cleared.js';

/** Opens the elements' default storage (`openDefaultStorage`), loading its code only now. */
export async function loadDefaultStorage(options: DefaultStorageOptions = {}): Promise<DefaultStorage> {
  const { openDefaultStorage } = await import('./open-default.js');
  return openDefaultStorage(options);
}
