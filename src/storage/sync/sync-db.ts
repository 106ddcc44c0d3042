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
  /**
   * 'out-of-scope': a record a resync offered back to the server, refused as forbidden because this token may
   * not see its case (now): kept, not counted as refused, offered again once at each pass (the case may come
   * back to this caseworker's caseload), counted in `SyncState.outOfScope`. A later write of the same record
   * refused as forbidden while that one waits waits too, and is sent after it, in order.
   */
  state: 'intent' | 'ready' | 'rejected' | 'out-of-scope';
  createdAt: number;
  /** Why the server refused it (state 'rejected'): kept, never dropped, shown as an error. */
  rejection?: { code: string; violations: Violation[] };
  /** The server's receipt of who created the record, sent with a record the server lost (pushed back as new). */
  authorship?: string;
}

/**
 * The server's receipt of who created a record (`authorId`), as it gave it: opaque here, sent back with the
 * record if the server loses it (a restore), so a colleague's record is taken again with its author.
 */
export interface AuthorshipRow {
  kind: string;
  id: string;
  authorId: string;
  receipt: string;
}

/** The receipts the server gave with these changes or results (those of records that have an author). */
export function authorshipRows(given: readonly { kind: string; record: { id: string; authorId?: unknown }; authorship?: string | undefined }[]): AuthorshipRow[] {
  return given.flatMap(({ kind, record, authorship }) => (authorship !== undefined && typeof record.authorId === 'string' ? [{ kind, id: record.id, authorId: record.authorId, receipt: authorship }] : []));
}

/** The record as the server last had it, by this browser's knowledge: the base of every merge. */
export interface ShadowRow {
  kind: string;
  id: string;
  serverVersion: number;
  base: StoredRecord;
  headHash: string;
  /**
   * The server's head hashes of this record this browser has seen (the latest last, at most
   * KNOWN_HEADS_KEPT): after a server restore, a version the server holds again is known to be an
   * older state of this record's chain (this browser's edits go on top of it) only if its hash is here.
   */
  heads?: string[];
}

/** How many of a record's server head hashes a shadow remembers. */
// A version restored from a backup older than this many server versions of the record is not recognized as
// an ancestor: it is then shown as a conflict on the fields that differ (never overwritten). 32 hashes: ~2 kB.
export const KNOWN_HEADS_KEPT = 32;

/** The head hashes a shadow keeps after the server's record got `headHash`. */
export function knownHeads(previous: ShadowRow | undefined, headHash: string): string[] {
  const heads = (previous?.heads ?? []).filter((hash) => hash !== headHash);
  if (headHash) heads.push(headHash);
  return heads.slice(-KNOWN_HEADS_KEPT);
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

/**
 * The sync's own bookkeeping, durable across reloads:
 * - checkpoint: the server sequence pulled up to; checkpointChange: the change it was taken at (kind:version:id),
 *   which the server checks its log still holds there;
 * - log: the id of the server's change log the checkpoint belongs to (the server's `log`);
 * - resync: present while a resync with the server is due or under way (the server's log started over):
 *   it is done again from the start after a reload, and removed when done;
 * - author: who made the last write in this browser (a record the server lost is pushed again in their name).
 */
type MetaRow =
  | { key: 'checkpoint'; value: number }
  | { key: 'checkpointChange'; value: string }
  | { key: 'log'; value: string }
  | { key: 'resync'; value: { reason: string; at: number } }
  | { key: 'author'; value: string };

/** The sync adapter's own IndexedDB database, beside the records' (`<name>-sync`). */
export class SyncDatabase extends Dexie {
  outbox!: Table<OutboxEntry, number>;
  shadows!: Table<ShadowRow, [string, string]>;
  conflicts!: Table<ConflictRow, [string, string]>;
  meta!: Table<MetaRow, MetaRow['key']>;
  authorship!: Table<AuthorshipRow, [string, string]>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      outbox: '++order, [kind+id], state',
      shadows: '[kind+id]',
      conflicts: '[kind+id]',
      meta: 'key',
    });
    this.version(2).stores({ authorship: '[kind+id]' });
  }

  /** Keeps the server's receipts of who created these records (the latest per record). */
  async keepAuthorship(rows: readonly AuthorshipRow[]): Promise<void> {
    if (rows.length > 0) await this.authorship.bulkPut([...rows]);
  }

  /** The server's receipt that `authorId` created this record, if this browser was given one. */
  async authorshipOf(kind: string, id: string, authorId: unknown): Promise<string | undefined> {
    const row = await this.authorship.get([kind, id]);
    return row !== undefined && row.authorId === authorId ? row.receipt : undefined;
  }

  async checkpoint(): Promise<number> {
    const row = await this.meta.get('checkpoint');
    return row?.key === 'checkpoint' ? row.value : 0;
  }

  async checkpointChange(): Promise<string | undefined> {
    const row = await this.meta.get('checkpointChange');
    return row?.key === 'checkpointChange' ? row.value : undefined;
  }

  /** The id of the server's log the checkpoint belongs to; undefined before the first pull (or from a server without ids). */
  async logId(): Promise<string | undefined> {
    const row = await this.meta.get('log');
    return row?.key === 'log' ? row.value : undefined;
  }

  async lastAuthor(): Promise<string | undefined> {
    const row = await this.meta.get('author');
    return row?.key === 'author' ? row.value : undefined;
  }

  async resyncDue(): Promise<boolean> {
    return (await this.meta.get('resync')) !== undefined;
  }
}
