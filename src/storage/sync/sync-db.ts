import Dexie, { type Table } from 'dexie';
import type { FieldConflict } from '../../model/shared/three-way-merge.js';
import type { StoredRecord } from '../../model/record.js';
import type { Violation } from '../../model/shared/violation.js';

/**
 * One local write waiting for the server, in the order it was made. Written as an 'intent' before the
 * local write and made 'ready' after it, so a write is never in the store without its outbox entry
 * (an intent left by a closed tab is checked against the local history and kept or dropped).
 */
export interface OutboxEntry {
  order?: number;
  /** The idempotency key: the server applies this write once, however often it is sent. */
  key: string;
  kind: string;
  id: string;
  /** The record as stored locally by this write. */
  record: StoredRecord;
  /** The local version this write produced. */
  localVersion: number;
  action: string;
  comment?: string;
  state: 'intent' | 'ready' | 'rejected';
  createdAt: number;
  /** Why the server refused it (state 'rejected'): kept, never dropped, shown as an error. */
  rejection?: { code: string; violations: Violation[] };
}

/** The record as the server last had it, by this browser's knowledge: the base of every merge. */
export interface ShadowRow {
  kind: string;
  id: string;
  serverVersion: number;
  base: StoredRecord;
  headHash: string;
}

/** A record changed here and on the server in the same field: waits for a person. */
export interface ConflictRow {
  kind: string;
  id: string;
  /** The server's record (at serverVersion). */
  theirs: StoredRecord;
  serverVersion: number;
  headHash: string;
  /** The local version holding mine when the conflict was found. */
  localVersion: number;
  /** What a ConflictError shows as `current`: theirs with my other changes merged in, at localVersion + 1. */
  offered: StoredRecord;
  fields: FieldConflict[];
}

interface MetaRow {
  key: string;
  value: number;
}

/** The sync adapter's own IndexedDB database, beside the records' (`<name>-sync`). */
export class SyncDatabase extends Dexie {
  outbox!: Table<OutboxEntry, number>;
  shadows!: Table<ShadowRow, [string, string]>;
  conflicts!: Table<ConflictRow, [string, string]>;
  meta!: Table<MetaRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      outbox: '++order, [kind+id], state',
      shadows: '[kind+id]',
      conflicts: '[kind+id]',
      meta: 'key',
    });
  }

  async checkpoint(): Promise<number> {
    return (await this.meta.get('checkpoint'))?.value ?? 0;
  }
}
