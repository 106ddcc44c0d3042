import type { StorageAdapter } from './adapter.js';
import type { DexieStorageAdapter, DexieStorageOptions } from './dexie-adapter.js';
import { StorageError } from './errors.js';
import { toStorageError } from './map-error.js';
import { MemoryStorageAdapter } from './memory-adapter.js';
import { writeSettingsOf } from './write-plan.js';

export interface DefaultStorageOptions extends DexieStorageOptions {
  /** How long to wait for IndexedDB to open (another tab may block an upgrade) before falling back. */
  openTimeoutMs?: number;
}

/** Why the elements are keeping records in memory only; undefined when IndexedDB is in use. */
export type FallbackReason = StorageError;

export interface DefaultStorage {
  storage: StorageAdapter;
  /** Set when IndexedDB could not be used: the records live in memory and the user must be warned. */
  fallbackReason?: FallbackReason;
}

/**
 * The elements' default storage: IndexedDB when it opens, otherwise (private mode, disabled, blocked by
 * another tab, a database from a newer SDK) memory, with the reason so the UI can warn that nothing is kept.
 * This is the one place that chooses it. The IndexedDB adapter (and Dexie with it, about 30 kB gzipped) is
 * loaded by a dynamic import only when an element has no storage from its host: a host that passes its own
 * adapter never downloads it.
 */
export async function openDefaultStorage(options: DefaultStorageOptions = {}): Promise<DefaultStorage> {
  const timeoutMs = options.openTimeoutMs ?? 5000;
  let adapter: DexieStorageAdapter | undefined;
  try {
    const { DexieStorageAdapter } = await import('./dexie-adapter.js');
    adapter = new DexieStorageAdapter(options);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageError('blocked', `IndexedDB did not open within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([adapter.open(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return { storage: adapter };
  } catch (error) {
    void adapter?.close().catch(() => undefined);
    const reason = toStorageError(error, 'Opening IndexedDB');
    return { storage: new MemoryStorageAdapter({ ...writeSettingsOf(options), name: `fallback:${options.databaseName ?? 'caseplan-elements'}`, persistent: false }), fallbackReason: reason };
  }
}
