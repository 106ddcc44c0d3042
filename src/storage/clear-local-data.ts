import Dexie from 'dexie';
import { forgetDatabases, rememberedDatabases } from './database-registry.js';

/**
 * Removes every database this SDK created on this origin, for sign-out on a shared computer.
 * Adapters still open on those databases are closed by the deletion. Returns the names removed.
 */
export async function clearLocalData(): Promise<string[]> {
  const names = new Set(rememberedDatabases());
  if (typeof indexedDB.databases === 'function') {
    for (const info of await indexedDB.databases()) if (info.name?.startsWith('caseplan-elements')) names.add(info.name);
  }
  for (const name of names) await Dexie.delete(name);
  forgetDatabases();
  return [...names];
}
