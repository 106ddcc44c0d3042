import Dexie from 'dexie';
import { forgetDatabases, rememberedDatabases } from './database-registry.js';
import { clearMemoryStores } from './memory-adapter.js';

/**
 * Removes every database this SDK created on this origin, for sign-out on a shared computer, and empties
 * the records kept in memory on this page (the memory fallback). Adapters still open on those databases
 * are closed by the deletion. Returns the names of the databases removed.
 */
export async function clearLocalData(): Promise<string[]> {
  clearMemoryStores();
  // No IndexedDB here (disabled, private mode): nothing was stored in it; the memory is already empty.
  if (typeof indexedDB === 'undefined') {
    forgetDatabases();
    return [];
  }
  const names = new Set(rememberedDatabases());
  if (typeof indexedDB.databases === 'function') {
    const found = await indexedDB.databases().catch(() => []);
    for (const info of found) if (info.name?.startsWith('caseplan-elements')) names.add(info.name);
  }
  for (const name of names) await Dexie.delete(name);
  forgetDatabases();
  return [...names];
}
