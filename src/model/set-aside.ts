import * as z from 'zod/mini';
import { IdSchema, InstantSchema, RecordMetaSchema, type StoredRecord } from './record.js';
import { mergeWithChoices, pathKey, recordContent, sameValue, threeWayMerge, type ConflictChoice, type FieldConflict, type FieldPath } from './shared/three-way-merge.js';

/**
 * The record kind of versions set aside when a conflict was resolved. A conflict's losing side (my
 * unsaved change when I take theirs, their saved change when I keep mine, either per field when I
 * combine) is never thrown away: it is stored as one of these, readable in the record's history and
 * restorable. Stored through the adapter like any record, so it has a history of its own and is
 * encrypted, synced and exported like the rest.
 */
export const SET_ASIDE_KIND = 'setAsideVersion';

export const conflictResolutions = ['keep-mine', 'take-theirs', 'chosen'] as const;
export type ConflictResolution = (typeof conflictResolutions)[number];
/** Why a version was set aside: a conflict's resolution, or a plan's revision abandoned (its working copy). */
export const setAsideReasons = [...conflictResolutions, 'revision-abandoned'] as const;
export type SetAsideReason = (typeof setAsideReasons)[number];

/** One field both sides changed, with the value the resolution set aside and the value it kept. */
export const SetAsideFieldSchema = z.object({
  /** The merge path (through lists by entry id: `['subGoals', 'sg-1', 'title']`). */
  path: z.array(z.union([z.string().check(z.maxLength(200)), z.number()])).check(z.maxLength(64)),
  /** Whose value was set aside: mine (the person resolving) or theirs (the saved version). */
  side: z.enum(['mine', 'theirs']),
  /** The value set aside (absent where that side had removed the field or entry). */
  value: z.optional(z.unknown()),
  /** The value the resolution kept there. */
  kept: z.optional(z.unknown()),
});
export type SetAsideField = z.infer<typeof SetAsideFieldSchema>;

export const SetAsideVersionSchema = z.extend(RecordMetaSchema, {
  /** Copied from the record, so the versions set aside list with the case's or child's records. */
  caseId: z.optional(IdSchema),
  childId: z.optional(IdSchema),
  recordKind: z.string().check(z.minLength(1), z.maxLength(100)),
  recordId: IdSchema,
  resolution: z.enum(setAsideReasons),
  /** The saved version the conflict was with (theirs), who saved it and when; absent when it was gone. */
  theirsVersion: z.optional(z.number().check(z.int(), z.minimum(0))),
  theirsBy: z.optional(IdSchema),
  theirsAt: z.optional(InstantSchema),
  /** The fields whose value was set aside (empty when a whole version was: a status step, a removed record). */
  fields: z.array(SetAsideFieldSchema),
  /** The record as the resolution wrote (or left) it. */
  written: z.unknown(),
  /** The same record with the set-aside values in place of the kept ones: what a restore brings back. */
  setAside: z.unknown(),
});
export type SetAsideVersion = z.infer<typeof SetAsideVersionSchema>;

/** A conflict as every machine holds it: my version, theirs (if still stored), the version both started from. */
export interface ResolvedConflict<T extends StoredRecord> {
  mine: T;
  theirs: T | undefined;
  base?: T | undefined;
  fields: readonly FieldConflict[];
  choices: Readonly<Record<string, ConflictChoice>>;
}

export interface SetAsideInput<T extends StoredRecord> {
  id: string;
  recordKind: string;
  conflict: ResolvedConflict<T>;
  resolution: ConflictResolution;
  /** Who resolved it, and when (an ISO instant). */
  by: string;
  at: string;
}

const flip = (choice: ConflictChoice): ConflictChoice => (choice === 'mine' ? 'theirs' : 'mine');

function choiceFor(resolution: ConflictResolution, choices: Readonly<Record<string, ConflictChoice>>, path: FieldPath): ConflictChoice {
  if (resolution === 'keep-mine') return 'mine';
  if (resolution === 'take-theirs') return 'theirs';
  // Combining writes nothing until every field has a side; a field without one kept mine.
  return choices[pathKey(path)] ?? 'mine';
}

/**
 * What a conflict's resolution sets aside, as a record to store; undefined when nothing is lost (both
 * sides hold the same content, or theirs is gone and I keep mine). Where both changed a field, the side
 * not chosen is set aside field by field; without a base (a status step, a new record) the whole
 * version not kept is.
 */
export function setAsideOf<T extends StoredRecord>(input: SetAsideInput<T>): SetAsideVersion | undefined {
  const { conflict, resolution } = input;
  const { base, mine, theirs } = conflict;
  let written: unknown;
  let setAside: unknown;
  let fields: SetAsideField[] = [];
  if (base && theirs) {
    const chosen = new Map(conflict.fields.map((field) => [pathKey(field.path), choiceFor(resolution, conflict.choices, field.path)]));
    const flipped = new Map([...chosen].map(([key, choice]) => [key, flip(choice)]));
    written = mergeWithChoices(base, mine, theirs, chosen).merged;
    setAside = mergeWithChoices(base, mine, theirs, flipped).merged;
    fields = conflict.fields.map((field) => {
      const kept = chosen.get(pathKey(field.path))!;
      const side = flip(kept);
      const entry: SetAsideField = { path: [...field.path], side };
      const value = side === 'mine' ? field.mine : field.theirs;
      const keptValue = kept === 'mine' ? field.mine : field.theirs;
      if (value !== undefined) entry.value = value;
      if (keptValue !== undefined) entry.kept = keptValue;
      return entry;
    });
  } else {
    if (!theirs && resolution !== 'take-theirs') return undefined;
    written = resolution === 'take-theirs' ? theirs : mine;
    setAside = resolution === 'take-theirs' ? mine : theirs;
  }
  if (setAside === undefined || sameValue(recordContent(written), recordContent(setAside))) return undefined;
  return {
    ...setAsideEnvelope(input, (theirs ?? mine) as StoredRecord, mine.id),
    resolution,
    ...(theirs ? { theirsVersion: theirs.version, theirsBy: theirs.updatedBy, theirsAt: theirs.updatedAt } : {}),
    fields,
    written,
    setAside,
  };
}

/**
 * A whole version set aside without a conflict (a plan's revision abandoned: its working copy), as a
 * record to store. `written` is what was written instead (the version active before).
 */
export function setAsideWhole<T extends StoredRecord>(input: { id: string; recordKind: string; reason: SetAsideReason; setAside: T; written: T; by: string; at: string }): SetAsideVersion {
  const record = input.setAside as StoredRecord;
  return {
    ...setAsideEnvelope(input, record, record.id),
    resolution: input.reason,
    fields: [],
    written: input.written,
    setAside: input.setAside,
  };
}

/**
 * The current record with a set-aside version brought back: where the set-aside version differs from
 * what the resolution wrote, its values replace the current ones; every change made since on other
 * fields is kept. Storage bookkeeping (version, who, when) stays the current record's, so the write
 * carries the version it was read at.
 */
export function restoreSetAside<T extends StoredRecord>(current: T, version: SetAsideVersion): T {
  return threeWayMerge(version.written as T, version.setAside as T, current, { resolve: () => 'mine' }).merged;
}

/**
 * The version with these fields as the resolution wrote them, so restoring it leaves them as they are
 * now: a record's lifecycle (status, the days its steps were taken) moves only through its steps.
 */
export function keepingFields(version: SetAsideVersion, fields: readonly string[]): SetAsideVersion {
  const written = (version.written ?? {}) as Record<string, unknown>;
  const setAside = { ...(version.setAside as Record<string, unknown>) };
  for (const field of fields) {
    if (field in written) setAside[field] = written[field];
    else delete setAside[field];
  }
  return { ...version, setAside };
}

/** True when restoring would change the current record (the set-aside values are not already there). */
export function restoreChanges<T extends StoredRecord>(current: T, version: SetAsideVersion): boolean {
  return !sameValue(recordContent(restoreSetAside(current, version)), recordContent(current));
}

/** What every version set aside is stored as: a new record (version 0) of its own, filed under the record's case and child. */
function setAsideEnvelope(input: { id: string; recordKind: string; by: string; at: string }, record: StoredRecord, recordId: string) {
  return {
    id: input.id,
    version: 0,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.by,
    ...(record.caseId !== undefined ? { caseId: record.caseId } : {}),
    ...(record.childId !== undefined ? { childId: record.childId } : {}),
    recordKind: input.recordKind,
    recordId,
  };
}
