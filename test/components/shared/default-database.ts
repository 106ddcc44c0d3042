import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';

/** The database an element opens when no storage is given (DexieStorageAdapter's default name). */
export const DEFAULT_DATABASE = 'caseplan-elements';

/**
 * Whether any row of any table of the default database holds `text`, read with Dexie directly (not
 * through the adapter under test). Other tests may have left records there: look for a unique token.
 */
export async function defaultDatabaseHolds(text: string): Promise<boolean> {
  if (!(await Dexie.exists(DEFAULT_DATABASE))) return false;
  const database = new Dexie(DEFAULT_DATABASE);
  try {
    await database.open();
    for (const table of database.tables) {
      if (JSON.stringify(await table.toArray()).includes(text)) return true;
    }
    return false;
  } finally {
    database.close();
  }
}

/** Opens and closes the default database once, so an element opens it quickly (as on a second visit). */
export async function warmDefaultDatabase(): Promise<void> {
  const storage = new DexieStorageAdapter();
  await storage.open();
  await storage.close();
}
