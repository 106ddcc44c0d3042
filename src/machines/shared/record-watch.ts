/** Watching storage for changes made elsewhere (another element, adapter instance or tab). */
import { fromCallback } from 'xstate';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { StoredRecord } from '../../model/record.js';
import { toMachineError, type MachineError } from './machine-error.js';

/** A record changed in storage, as read back (or the reason it could not be read). */
export type RecordChangedEvent =
  /** Told before the record is read back: a newer version (`version`) is stored. */
  | { type: 'RECORD_ANNOUNCED'; kind: string; id: string; version: number }
  | { type: 'RECORD_CHANGED'; kind: string; id: string; record: StoredRecord | undefined }
  | { type: 'RECORD_UNREADABLE'; kind: string; id: string; error: MachineError };

/**
 * Reports each change to records of `kinds`, read back from storage so the machine can place it
 * (the change itself carries only kind, id and version).
 */
export const watchRecords = fromCallback<{ type: 'NONE' }, { storage: StorageAdapter; kinds: readonly string[] }, RecordChangedEvent>(({ input, sendBack }) =>
  input.storage.watch((change) => {
    if (!input.kinds.includes(change.kind)) return;
    sendBack({ type: 'RECORD_ANNOUNCED', kind: change.kind, id: change.id, version: change.version });
    input.storage.get(change.kind, change.id).then(
      (record) => sendBack({ type: 'RECORD_CHANGED', kind: change.kind, id: change.id, record }),
      (error: unknown) => sendBack({ type: 'RECORD_UNREADABLE', kind: change.kind, id: change.id, error: toMachineError(error) }),
    );
  }),
);

/** Reports the new version of one record each time it is changed elsewhere (the editor reads it back itself). */
export const watchRecordVersion = fromCallback<{ type: 'NONE' }, { storage: StorageAdapter; kind: string; id: string }, { type: 'REMOTE_CHANGE'; version: number }>(({ input, sendBack }) =>
  input.storage.watch((change) => {
    if (change.kind === input.kind && change.id === input.id) sendBack({ type: 'REMOTE_CHANGE', version: change.version });
  }),
);
