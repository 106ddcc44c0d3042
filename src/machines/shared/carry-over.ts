/**
 * Carrying an unsaved form from one storage to another (the host changed `storage` on a running
 * planner or contact log): the form is re-applied on the new storage's record through the model's
 * three-way merge, never overwriting either side.
 */
import { threeWayMerge } from '../../model/shared/three-way-merge.js';
import type { StoredRecord } from '../../model/record.js';
import { recordConflict, sameRecordContent, type RecordConflict } from './record-conflict.js';

/**
 * An unsaved form handed from one storage to another (the host changed `storage`): what was typed, and
 * the version it started from in the old storage (none for a new record).
 */
export interface CarriedEdit<T extends StoredRecord> {
  kind: string;
  mode: 'create' | 'edit';
  draft: T;
  base: T | undefined;
}

export type CarryOutcome<T extends StoredRecord> =
  /** The new storage already holds everything the form held. */
  | { outcome: 'nothing' }
  /** The form opens again on the new storage; `absent`: the record is not there, it will be written there as new. */
  | { outcome: 'form'; mode: 'create' | 'edit'; draft: T; base: T | undefined; absent: boolean }
  /** The new storage's record differs from the old one on a field the form changed too: shown field by field. */
  | { outcome: 'conflict'; conflict: RecordConflict<T> };

/**
 * A carried form re-applied on the new storage's record (`theirs`) through the three-way merge from the
 * version it started at: what only the form changed is applied to theirs, what only theirs differs in is
 * kept, a field both changed is a conflict. Never an overwrite of either side.
 */
export function carryOver<T extends StoredRecord>(carried: CarriedEdit<T>, theirs: T | undefined): CarryOutcome<T> {
  if (!theirs) return { outcome: 'form', mode: 'create', draft: { ...carried.draft, version: 0 }, base: undefined, absent: carried.mode === 'edit' };
  const base = carried.base ?? theirs;
  const result = threeWayMerge(base, carried.draft, theirs);
  if (result.conflicts.length > 0) return { outcome: 'conflict', conflict: recordConflict(carried.draft, theirs, base) };
  const draft = { ...result.merged, version: theirs.version };
  if (sameRecordContent(draft, theirs)) return { outcome: 'nothing' };
  return { outcome: 'form', mode: 'edit', draft, base: theirs, absent: false };
}
