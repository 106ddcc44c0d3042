import { fromCallback } from 'xstate';
import type { StoredRecord } from '../../model/record.js';
import { SET_ASIDE_KIND, setAsideOf, type ConflictResolution, type ResolvedConflict, type SetAsideVersion } from '../../model/set-aside.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { historyActions } from '../../model/history-actions.js';

/** The history action of the write that stores a version set aside. */
const SET_ASIDE_ACTION = historyActions.setAsideVersion.recorded;

/** Reported back when the version set aside could not be stored: the machine shows it as an error. */
export interface SetAsideFailedEvent {
  type: 'SET_ASIDE_FAILED';
  error: unknown;
}

/**
 * Stores a version set aside by a conflict's resolution, beside the resolution's own write (spawned, so
 * a take-theirs that writes nothing still stores what it set aside). A failure is reported back.
 */
export const writeSetAside = fromCallback<{ type: 'NONE' }, { storage: StorageAdapter; version: SetAsideVersion }, SetAsideFailedEvent>(({ input, sendBack }) => {
  input.storage.put(SET_ASIDE_KIND, input.version, { action: SET_ASIDE_ACTION }).catch((error: unknown) => sendBack({ type: 'SET_ASIDE_FAILED', error }));
});

/** What the machines know when a conflict is resolved. */
export interface SetAsideContext<T extends StoredRecord> {
  storage: StorageAdapter;
  conflict: ResolvedConflict<T> | undefined;
  currentUser: { id: string };
  now: () => Date;
  createId: () => string;
}

/** The spawn input for `writeSetAside`, or undefined when the resolution sets nothing aside. */
export function setAsideInput<T extends StoredRecord>(context: SetAsideContext<T>, recordKind: string, resolution: ConflictResolution): { storage: StorageAdapter; version: SetAsideVersion } | undefined {
  if (!context.conflict) return undefined;
  const version = setAsideOf({ id: context.createId(), recordKind, conflict: context.conflict, resolution, by: context.currentUser.id, at: context.now().toISOString() });
  return version ? { storage: context.storage, version } : undefined;
}
