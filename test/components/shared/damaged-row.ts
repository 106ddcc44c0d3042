import Dexie from 'dexie';

/**
 * Damages a stored record in IndexedDB, bypassing the adapter (as a forged or half-migrated row would be):
 * the row of `kind`/`id` keeps its layout, and its record gets `fields` (one of the wrong type makes it fail
 * the schema). The adapter then reports it only by kind and id.
 */
export async function damageStoredRecord(databaseName: string, kind: string, id: string, fields: Record<string, unknown>): Promise<void> {
  const raw = new Dexie(databaseName);
  await raw.open();
  try {
    const row = (await raw.table('records').get([kind, id])) as { record: Record<string, unknown> } | undefined;
    if (!row) throw new Error(`no stored ${kind} ${id} to damage`);
    await raw.table('records').put({ ...row, record: { ...row.record, ...fields } });
  } finally {
    raw.close();
  }
}
