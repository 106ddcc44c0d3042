/**
 * The one conflict type of every machine, and the steps every machine takes with it: a stored record
 * someone else changed while I was changing it, both versions kept, nothing overwritten. The merge
 * itself is the model's (`threeWayMerge`); this is only how machines hold and resolve it.
 */
import { mergeWithChoices, pathKey, sameValue, threeWayMerge, unchosenConflicts, type ConflictChoice, type FieldConflict, type MergeResult } from '../../model/shared/three-way-merge.js';
import type { StoredRecord } from '../../model/record.js';

export interface RecordConflict<T extends StoredRecord> {
  /** What I tried to write. */
  mine: T;
  /** What is stored now (undefined if it is gone). */
  theirs: T | undefined;
  /** The version both sides started from: the merge's base (undefined for a new record or a lifecycle step). */
  base?: T | undefined;
  /**
   * The stored version a resolution is written over: theirs, unless set apart (the editor, for a
   * field changed while the user typed it, writes over the last saved version).
   */
  stored?: T | undefined;
  /** The fields both changed differently, with before, mine and theirs (empty without a base). */
  fields: FieldConflict[];
  /** The side chosen per field, by `pathKey(path)`: "Combine" writes nothing until each field has one. */
  choices: Record<string, ConflictChoice>;
  /** The version of a newer save of theirs storage announced and not yet read: a resolution now would be chosen on a version not seen. */
  unread?: number;
}

export type RecordResolution = 'keep-mine' | 'take-theirs' | 'chosen';

/** A conflict between mine and theirs, field by field from the version both started at. */
export function recordConflict<T extends StoredRecord>(mine: T, theirs: T | undefined, base: T | undefined, stored: T | undefined = theirs): RecordConflict<T> {
  const fields = base && theirs ? threeWayMerge(base, mine, theirs).conflicts : [];
  return { mine, theirs, base, stored, fields, choices: {} };
}

/**
 * The open conflict met by a newer save of theirs: the same mine and base against it, never resolved onto an earlier
 * theirs. A side chosen for a field stays chosen only where their value there is still the one it was chosen against.
 */
export function renewedConflict<T extends StoredRecord>(conflict: RecordConflict<T>, theirs: T | undefined): RecordConflict<T> {
  const renewed = recordConflict(conflict.mine, theirs, conflict.base);
  const theirsBefore = new Map(conflict.fields.map((field) => [pathKey(field.path), field.theirs]));
  const stillSeen = renewed.fields.filter((field) => theirsBefore.has(pathKey(field.path)) && sameValue(theirsBefore.get(pathKey(field.path)), field.theirs));
  const choices = Object.fromEntries(stillSeen.map((field) => pathKey(field.path)).filter((key) => key in conflict.choices).map((key) => [key, conflict.choices[key]!]));
  // A save announced after this one is still to be read.
  const unread = conflict.unread !== undefined && conflict.unread > (theirs?.version ?? 0) ? { unread: conflict.unread } : {};
  return { ...renewed, choices, ...unread };
}

/** Whether `version` of the conflict's record (`id`) is a save of theirs newer than the one the conflict shows. */
export function savedAgain<T extends StoredRecord>(conflict: RecordConflict<T> | undefined, id: string, version: number): boolean {
  return conflict !== undefined && conflict.mine.id === id && version > conflictStoredVersion(conflict);
}

/** The conflict told that storage holds a newer save of theirs (`version`), not read yet: resolutions wait for it (`unread`). */
export function theirsAnnounced<T extends StoredRecord>(conflict: RecordConflict<T>, version: number): RecordConflict<T> {
  return { ...conflict, unread: Math.max(version, conflict.unread ?? 0) };
}

/**
 * Whether a person still has something to decide: a field both changed differently. A conflict without a base (a
 * lifecycle step, a new record) or without theirs (gone) is about the whole record, so it remains. A conflict renewed
 * against their newest save may have none left: they took their change back, or now saved what I did.
 */
export function clashRemains<T extends StoredRecord>(conflict: RecordConflict<T>): boolean {
  return conflict.base === undefined || conflict.theirs === undefined || conflict.fields.length > 0;
}

/** The conflict no longer waiting for an announced save of theirs (its read failed, or found nothing newer). */
export function withoutUnread<T extends StoredRecord>(conflict: RecordConflict<T>): RecordConflict<T> {
  const { unread: _unread, ...rest } = conflict;
  return rest;
}

/** The version a resolution of the conflict would be written over (what a newer save elsewhere is newer than). */
export function conflictStoredVersion<T extends StoredRecord>(conflict: RecordConflict<T>): number {
  return conflict.stored?.version ?? conflict.theirs?.version ?? 0;
}

/** What a storage conflict error says is stored now (`ConflictError.current`). */
export function theirsOf<T extends StoredRecord>(error: unknown): T | undefined {
  return (error as { current?: T } | null)?.current;
}

/** My change merged with theirs when no field was changed on both sides (from the version I started at). */
export function cleanMerge<T extends StoredRecord>(base: T | undefined, mine: T | undefined, theirs: T | undefined): MergeResult<T> | undefined {
  if (!base || !mine || !theirs) return undefined;
  const result = threeWayMerge(base, mine, theirs);
  return result.conflicts.length === 0 ? result : undefined;
}

/**
 * What a resolution gives: what only one side changed is kept; where both changed a field, mine,
 * theirs, or the side chosen for it. Undefined without a base or without theirs.
 */
export function resolvedMerge<T extends StoredRecord>(conflict: RecordConflict<T>, resolution: RecordResolution): MergeResult<T> | undefined {
  const { base, mine, theirs } = conflict;
  if (!base || !theirs) return undefined;
  const all = (choice: ConflictChoice) => new Map(conflict.fields.map((field) => [pathKey(field.path), choice]));
  const choices = resolution === 'keep-mine' ? all('mine') : resolution === 'take-theirs' ? all('theirs') : new Map(Object.entries(conflict.choices));
  return mergeWithChoices(base, mine, theirs, choices);
}

/** Two versions of a record hold the same content (bookkeeping aside). */
export function sameRecordContent(a: StoredRecord | undefined, b: StoredRecord | undefined): boolean {
  const content = (record: StoredRecord | undefined) => {
    if (!record) return undefined;
    const { version: _v, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = record;
    return rest;
  };
  return sameValue(content(a), content(b));
}

/** Every field both changed has a chosen side (and there is a base and a theirs to combine). */
export function everyFieldChosen<T extends StoredRecord>(conflict: RecordConflict<T> | undefined): boolean {
  return conflict?.base !== undefined && conflict.theirs !== undefined && unchosenConflicts(conflict.fields, conflict.choices).length === 0;
}

/** The conflict with one more field's side chosen (a path that is not in conflict changes nothing). */
export function withChoice<T extends StoredRecord>(conflict: RecordConflict<T> | undefined, path: string, choice: ConflictChoice): RecordConflict<T> | undefined {
  if (!conflict || !conflict.fields.some((field) => pathKey(field.path) === path)) return conflict;
  return { ...conflict, choices: { ...conflict.choices, [path]: choice } };
}
