import type { StoredRecord } from '../model/record.js';

/** The kind of a record names its table: 'servicePlan', 'visitationPlan', 'contact', 'history'... */
export type RecordKind = string;

export interface ListQuery {
  caseId?: string;
  childId?: string;
  planId?: string;
  /** Archived records are left out unless asked for. */
  includeArchived?: boolean;
  /**
   * Only the records that took place last: the `newest` most recent by `occurredAt` (a contact's), else
   * `createdAt`, plus any of the same instant as the last of them; newest first. A first page to show
   * while the rest loads: an adapter that ignores it returns every record, which is still correct.
   */
  newest?: number;
}

/** A list always loads: records that fail validation are reported apart, untouched in the database. */
export interface ListResult<T extends StoredRecord> {
  records: T[];
  corrupt: import('./errors.js').CorruptRecordError[];
}

/** What a write says about itself for the history: the domain action ('plan.submitted') and a comment. */
export interface WriteOptions {
  action?: string;
  comment?: string;
  /** Set by an import: the head hash of the history the file carried, kept in the entry (its lineage). */
  importedHead?: string;
}

/** One record to write. `record.version` is the version it was read at (0 for a new record). */
export interface WriteRequest<T extends StoredRecord = StoredRecord> extends WriteOptions {
  kind: RecordKind;
  record: T;
}

export interface StorageChange {
  kind: RecordKind;
  id: string;
  /** The version now stored. */
  version: number;
  archived: boolean;
  /** 'local' when this adapter instance wrote it; 'remote' for another instance or another tab. */
  origin: 'local' | 'remote';
}

export type ChangeListener = (change: StorageChange) => void;
export type Unsubscribe = () => void;

/**
 * Where records live. Every implementation passes the same contract suite
 * (test/storage/adapter-contract.ts). Writes are optimistic: a write carries the version it was read
 * at; if the stored version differs the write raises a ConflictError carrying both, and nothing is written.
 */
export interface StorageAdapter {
  /** A short name for messages and diagnostics, e.g. 'indexeddb' or 'memory'. */
  readonly name: string;
  /** True when records survive a reload (a memory fallback says false so the UI can warn). */
  readonly persistent: boolean;

  /** The record, or undefined. A stored record that fails validation raises CorruptRecordError. */
  get<T extends StoredRecord>(kind: RecordKind, id: string): Promise<T | undefined>;

  list<T extends StoredRecord>(kind: RecordKind, query?: ListQuery): Promise<ListResult<T>>;

  /**
   * Validates and writes one record; returns it as stored, with `version` one above the version it
   * was read at. Raises ConflictError on a stale version, InvalidRecordError on a malformed record,
   * StorageError when the write fails (quota, aborted); the caller's value is never altered.
   */
  put<T extends StoredRecord>(kind: RecordKind, record: T, options?: WriteOptions): Promise<T>;

  /** Marks a record archived (kept, never hard-deleted), with the same version check as put. */
  archive<T extends StoredRecord>(kind: RecordKind, record: T, options?: WriteOptions): Promise<T>;

  /** Writes several records all or nothing: one conflict or failure and none is stored. */
  transaction(writes: WriteRequest[]): Promise<StoredRecord[]>;

  /**
   * The record's history, oldest first: every write appended in the same transaction as the write
   * itself (who, when, action, which fields changed with before and after), chained by hash.
   */
  history(kind: RecordKind, id: string): Promise<import('../model/history.js').HistoryEntry[]>;

  /**
   * Checks the record's history as stored (hashes, links, one genesis; HMACs under the adapter's history
   * key) and the stored row against the history's head (version and record digest): names the first
   * entry at fault and why. Adapters that keep a history implement it.
   */
  verifyHistory?(kind: RecordKind, id: string): Promise<import('../model/history-chain.js').HistoryVerdict>;

  /** Reports every change, including those another tab of the same origin makes. */
  watch(listener: ChangeListener): Unsubscribe;

  close(): Promise<void>;
}
