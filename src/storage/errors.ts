import type { StoredRecord } from '../model/record.js';
import type { Violation } from '../model/shared/violation.js';
import type { RecordKind } from './adapter.js';

export type StorageFailure =
  | 'quota-exceeded'
  | 'aborted'
  | 'unavailable'
  | 'blocked'
  | 'timeout'
  | 'newer-schema'
  /** An encrypted record could not be decrypted: the key is not the one it was written with, or it was altered. */
  | 'decrypt-failed'
  /** Local data was cleared (sign-out, in this tab or another): this adapter's database is gone. */
  | 'cleared'
  | 'unknown';

/** A write or read that the store could not carry out. Nothing partial is stored. */
export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  readonly failure: StorageFailure;
  /** Localizable code: 'storage.quota-exceeded', 'storage.aborted'... */
  readonly code: string;
  constructor(failure: StorageFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.failure = failure;
    this.code = `storage.${failure}`;
  }
}

/** A write carried a version older than the stored one: someone else saved first. */
export class ConflictError<T extends StoredRecord = StoredRecord> extends StorageError {
  override readonly name = 'ConflictError';
  override readonly code = 'storage.conflict';
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    /** What the caller tried to write (its version is the one it read at). */
    readonly attempted: T,
    /** What is stored now; undefined when the caller thought it existed and it does not. */
    readonly current: T | undefined,
  ) {
    super('unknown', `Conflict writing ${kind} ${id}: read at version ${attempted.version}, stored ${current?.version ?? 'none'}`);
  }
}

/** A stored record no longer matches its schema. The raw record stays in the database untouched. */
export class CorruptRecordError extends StorageError {
  override readonly name = 'CorruptRecordError';
  override readonly code = 'storage.corrupt-record';
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    readonly violations: Violation[],
  ) {
    super('unknown', `Stored ${kind} ${id} is not valid (${violations.length} problem(s))`);
  }
}

/** A record offered for writing is malformed; nothing was written. */
export class InvalidRecordError extends StorageError {
  override readonly name = 'InvalidRecordError';
  override readonly code = 'storage.invalid-record';
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    readonly violations: Violation[],
  ) {
    super('unknown', `Refused to store an invalid ${kind} ${id} (${violations.length} problem(s))`);
  }
}
