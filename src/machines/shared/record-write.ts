/** Writing one record with its history action, and stamping who changed it and when. */
import { fromPromise } from 'xstate';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { StoredRecord } from '../../model/record.js';
import type { CurrentUser } from './current-user.js';

/** One write waiting to happen or being retried: the record (carrying the version read) and its history action. */
export interface PendingWrite<T extends StoredRecord> {
  operation: 'put' | 'archive';
  kind: string;
  record: T;
  action: string;
  /** The stored version the change started from, for a three-way merge when someone else saved meanwhile. */
  base?: T | undefined;
}

/** The record with who changed it and when (and when it was created, for a new one). */
export function stamp<T extends StoredRecord>(record: T, user: CurrentUser, now: Date): T {
  const at = now.toISOString();
  return record.version === 0 ? { ...record, createdAt: at, updatedAt: at, updatedBy: user.id } : { ...record, updatedAt: at, updatedBy: user.id };
}

export const writeRecord = fromPromise<StoredRecord, { storage: StorageAdapter; write: PendingWrite<StoredRecord> }>(async ({ input }) => {
  const { storage, write } = input;
  return write.operation === 'archive'
    ? storage.archive(write.kind, write.record, { action: write.action })
    : storage.put(write.kind, write.record, { action: write.action });
});
