import type { Dexie, Transaction } from 'dexie';
import { instantOf } from './newest.js';

/**
 * Every layout the database has had, oldest first. A new layout is a new entry; earlier ones stay, so a
 * database written by any earlier release opens and is upgraded in place.
 */
export const databaseLayouts: { version: number; stores: Record<string, string | null> }[] = [
  // 1: records only, looked up by kind and case.
  { version: 1, stores: { records: '[kind+id], kind, [kind+caseId]' } },
  // 2: lists by child and by plan; history entries; the SDK's own schema marker.
  {
    version: 2,
    stores: {
      records: '[kind+id], kind, [kind+caseId], [kind+childId], [kind+planId]',
      history: 'id, [recordKind+recordId+seq]',
      meta: 'key',
    },
  },
  // 3: fewer index entries per write (each costs IndexedDB a write of its own). Records by kind alone
  // are the primary key's range ([kind+id] begins with kind), so the `kind` index goes; a record's
  // history is the primary key's range too (entry ids are `kind.id.version`), so its index goes.
  {
    version: 3,
    stores: {
      records: '[kind+id], [kind+caseId], [kind+childId], [kind+planId]',
      history: 'id',
      meta: 'key',
    },
  },
  // 4: the lists' indexes end with when the record took place (`at`), so a list by case, child or plan
  // reads its newest records first (a long contact log's first page) without reading the rest. Same
  // number of index entries per write: each index replaces the one it extends.
  {
    version: 4,
    stores: {
      records: '[kind+id], [kind+caseId+at], [kind+childId+at], [kind+planId+at]',
      history: 'id',
      meta: 'key',
    },
  },
  // 5: same stores; every row's `at` again, because an encrypted envelope's changed: an envelope not marked
  // `boundedByCreation` (all of earlier releases) sorts first, its time being sealed (see instantOf).
  {
    version: 5,
    stores: {
      records: '[kind+id], [kind+caseId+at], [kind+childId+at], [kind+planId+at]',
      history: 'id',
      meta: 'key',
    },
  },
];

/** The SDK's schema version. A database marked newer than this was written by a newer SDK: refuse it. */
export const currentSchemaVersion = databaseLayouts.at(-1)!.version;

export function declareLayouts(db: Dexie): void {
  db.version(1).stores(databaseLayouts[0]!.stores);
  // Layout 1 rows did not carry the child and plan ids beside the record: copy them out for the new indexes.
  db.version(2)
    .stores(databaseLayouts[1]!.stores)
    .upgrade((transaction) =>
      transaction
        .table('records')
        .toCollection()
        .modify((row: RecordRow) => {
          const record = row.record as { childId?: unknown; planId?: unknown } | null;
          if (typeof record?.childId === 'string') row.childId = record.childId;
          if (typeof record?.planId === 'string') row.planId = record.planId;
        }),
    );
  // Dropping two indexes: nothing to copy.
  db.version(3).stores(databaseLayouts[2]!.stores);
  // Every row gets the instant its indexes end with (a row without it would be in no list's index).
  db.version(4).stores(databaseLayouts[3]!.stores).upgrade(recomputeInstants);
  // Only envelopes' instants changed: other rows are read, not rewritten.
  db.version(5)
    .stores(databaseLayouts[4]!.stores)
    .upgrade((transaction) => recomputeInstants(transaction, (row) => typeof (row.record as { encryption?: unknown } | null)?.encryption === 'string'));
}

/**
 * Declares the current layout alone (issue 18: declaring all of them costs each new connection ~0.7 ms of
 * Dexie's schema work, the current one ~0.2). Right for a new database and for one already at this layout,
 * which is every open but the first after a release: IndexedDB asks for no upgrade then. An older database
 * does ask, and its upgrade needs every layout's steps since: the current layout's upgrade then refuses,
 * the upgrade is rolled back, and the connection opens again with every layout declared (needsEveryLayout).
 */
export function declareCurrentLayout(db: Dexie): void {
  db.version(currentSchemaVersion)
    .stores(databaseLayouts.at(-1)!.stores)
    .upgrade(() => {
      throw new OlderLayoutError();
    });
}

/** The database is older than the current layout: open it with every layout declared. */
class OlderLayoutError extends Error {
  override readonly name = 'OlderLayoutError';
}

/** Whether opening failed because a connection declaring the current layout alone met an older database. */
export function needsEveryLayout(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if ((current as { name?: unknown }).name === 'OlderLayoutError') return true;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Every row gets the instant its indexes end with, as this release computes it. */
function recomputeInstants(transaction: Transaction, which: (row: RecordRow) => boolean = () => true): Promise<number> {
  return transaction
    .table('records')
    .filter(which)
    .modify((row: RecordRow) => {
      row.at = instantOf(row.record);
    });
}

/** How a record sits in the records table: indexed fields beside the record itself. */
export interface RecordRow {
  kind: string;
  id: string;
  caseId?: string;
  childId?: string;
  planId?: string;
  /** When the record took place (`instantOf`): the last part of every list index. */
  at: number;
  record: unknown;
}
