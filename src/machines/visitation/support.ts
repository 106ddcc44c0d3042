/**
 * What both visitation machines share: the user and error shapes, writing one record (put or
 * archive, with its history action), reading a record's history, and watching storage for changes
 * to plans and contacts made elsewhere (another element, adapter instance or tab).
 */
import { mergeWithChoices, pathKey, unchosenConflicts, sameValue, threeWayMerge, type ConflictChoice, type FieldConflict } from '../../model/shared/three-way-merge.js';
import { fromCallback, fromPromise } from 'xstate';
import type { StorageAdapter } from '../../storage/adapter.js';
import { ConflictError, CorruptRecordError, StorageError } from '../../storage/errors.js';
import type { StoredRecord } from '../../model/record.js';
import type { HistoryEntry } from '../../model/history.js';

export interface CurrentUser {
  id: string;
  name: string;
}

/** A failure the UI can localize by its code (storage.quota-exceeded, visitation.plan.not-found...). */
export interface MachineError {
  code: string;
  message: string;
}

export function toMachineError(error: unknown): MachineError {
  if (error instanceof StorageError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return { code, message: error instanceof Error ? error.message : code };
  return { code: 'storage.unknown', message: error instanceof Error ? error.message : String(error) };
}

/** By class, or by code when the error comes from another copy of the SDK or a wrapping adapter. */
export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof ConflictError || (error as { code?: unknown } | null)?.code === 'storage.conflict';
}

/** A stored record someone else changed while I was changing it: both versions, nothing overwritten. */
export interface RecordConflict<T extends StoredRecord> {
  /** What I tried to write. */
  mine: T;
  /** What is stored now (undefined if it is gone). */
  theirs: T | undefined;
  /** The version my change started from (undefined for a new record or a lifecycle step). */
  base?: T | undefined;
  /** The fields both changed differently, with before, mine and theirs (empty without a base). */
  fields: FieldConflict[];
  /** The side chosen per field, by `pathKey(path)`. */
  choices: Record<string, ConflictChoice>;
}

export function conflictOf<T extends StoredRecord>(error: unknown, mine: T, base?: T): RecordConflict<T> {
  const theirs = (error as { current?: T }).current;
  const fields = base && theirs ? threeWayMerge(base, mine, theirs).conflicts : [];
  return { mine, theirs, base, fields, choices: {} };
}

/** My change merged with theirs when no field was changed on both sides (from the version I started at). */
export function cleanRecordMerge<T extends StoredRecord>(error: unknown, mine: T, base: T | undefined): T | undefined {
  const theirs = (error as { current?: T }).current;
  if (!base || !theirs) return undefined;
  const result = threeWayMerge(base, mine, theirs);
  return result.conflicts.length === 0 ? result.merged : undefined;
}

export type RecordResolution = 'keep-mine' | 'take-theirs' | 'chosen';

/**
 * The record a resolution writes: what only one side changed is kept; where both changed a field,
 * mine, theirs, or the side chosen for it. Undefined without a base (a lifecycle step, a new record).
 */
export function resolvedRecord<T extends StoredRecord>(conflict: RecordConflict<T>, resolution: RecordResolution): T | undefined {
  const { base, mine, theirs } = conflict;
  if (!base || !theirs) return undefined;
  const all = (choice: ConflictChoice) => new Map(conflict.fields.map((field) => [pathKey(field.path), choice]));
  const choices = resolution === 'keep-mine' ? all('mine') : resolution === 'take-theirs' ? all('theirs') : new Map(Object.entries(conflict.choices));
  return mergeWithChoices(base, mine, theirs, choices).merged;
}

/** Two versions of a record hold the same content (bookkeeping aside). */
export function sameRecordContent(a: StoredRecord, b: StoredRecord): boolean {
  const content = ({ version: _v, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest }: StoredRecord) => rest;
  return sameValue(content(a), content(b));
}

/** Every field both changed has a chosen side. */
export function everyFieldChosen<T extends StoredRecord>(conflict: RecordConflict<T> | undefined): boolean {
  return conflict?.base !== undefined && conflict.theirs !== undefined && unchosenConflicts(conflict.fields, conflict.choices).length === 0;
}

/** The conflict with one more field's side chosen. */
export function withChoice<T extends StoredRecord>(conflict: RecordConflict<T> | undefined, path: string, choice: ConflictChoice): RecordConflict<T> | undefined {
  if (!conflict || !conflict.fields.some((field) => pathKey(field.path) === path)) return conflict;
  return { ...conflict, choices: { ...conflict.choices, [path]: choice } };
}

/** One write waiting to happen or being retried: the record (carrying the version read) and its history action. */
export interface PendingWrite<T extends StoredRecord> {
  operation: 'put' | 'archive';
  kind: string;
  record: T;
  action: string;
  /** The stored version the change started from, for a three-way merge when someone else saved meanwhile. */
  base?: T | undefined;
}

/**
 * A new record id. `crypto.randomUUID` exists only in secure contexts (https, localhost); a host page
 * served over plain http on an intranet still gets random ids.
 */
export function newRecordId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
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

export const fetchHistory = fromPromise<HistoryEntry[], { storage: StorageAdapter; kind: string; id: string }>(({ input }) => input.storage.history(input.kind, input.id));

/** A record changed in storage, as read back (or the reason it could not be read). */
export type RecordChangedEvent =
  | { type: 'RECORD_CHANGED'; kind: string; id: string; record: StoredRecord | undefined }
  | { type: 'RECORD_UNREADABLE'; kind: string; id: string; error: MachineError };

/**
 * Reports each change to records of `kinds`, read back from storage so the machine can place it
 * (the change itself carries only kind, id and version).
 */
export const watchRecords = fromCallback<{ type: 'NONE' }, { storage: StorageAdapter; kinds: readonly string[] }, RecordChangedEvent>(({ input, sendBack }) =>
  input.storage.watch((change) => {
    if (!input.kinds.includes(change.kind)) return;
    input.storage.get(change.kind, change.id).then(
      (record) => sendBack({ type: 'RECORD_CHANGED', kind: change.kind, id: change.id, record }),
      (error: unknown) => sendBack({ type: 'RECORD_UNREADABLE', kind: change.kind, id: change.id, error: toMachineError(error) }),
    );
  }),
);

/** One message per field, the first found: an empty id is "required", not also "invalid". */
export function firstPerField<T extends { path: (string | number)[] }>(violations: readonly T[]): T[] {
  const seen = new Set<string>();
  return violations.filter((found) => {
    const key = found.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A stored record that could not be read (kept untouched in storage), for a notice in the UI. */
export interface UnreadableRecord {
  kind: string;
  id: string;
  code: string;
}

export function unreadableFrom(errors: readonly CorruptRecordError[]): UnreadableRecord[] {
  return errors.map((error) => ({ kind: error.kind, id: error.id, code: error.code }));
}

/**
 * The list with `record` put in place: added, replaced when newer, removed when archived or no
 * longer belonging here. An older version (a change read late) never replaces a newer one.
 */
export function placeRecord<T extends StoredRecord>(list: readonly T[], record: T, belongs: (record: T) => boolean, keepArchived = false): T[] {
  const index = list.findIndex((existing) => existing.id === record.id);
  const existing = index >= 0 ? list[index] : undefined;
  if (existing && existing.version >= record.version) return list as T[];
  const keep = belongs(record) && (keepArchived || record.archived !== true);
  if (index < 0) return keep ? [...list, record] : (list as T[]);
  return keep ? list.map((entry, position) => (position === index ? record : entry)) : list.filter((_, position) => position !== index);
}

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
  if (result.conflicts.length > 0) return { outcome: 'conflict', conflict: { mine: carried.draft, theirs, base, fields: result.conflicts, choices: {} } };
  const draft = { ...result.merged, version: theirs.version };
  if (sameRecordContent(draft, theirs)) return { outcome: 'nothing' };
  return { outcome: 'form', mode: 'edit', draft, base: theirs, absent: false };
}
