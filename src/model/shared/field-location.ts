import type { FieldPath } from './three-way-merge.js';

/** One entry of an id list on the way to a field: the list's name and what the entry is called. */
export interface EntryStep {
  list: string;
  /** The entry's title, name or text as the user typed it; undefined when it has none (never its raw id). */
  name: string | undefined;
}

/** Where a merge path points, in terms a label can be made from (see `threeWayMerge` for how paths go through lists by id). */
export interface FieldLocation {
  entries: EntryStep[];
  /** The record field (the last key that is not an entry id); undefined for a whole entry. */
  field: string | undefined;
  /** The object key just above `field` when it is nested in a plain object (`goal` for `goal.title`). */
  group: string | undefined;
}

const nameKeys = ['title', 'name', 'text', 'description'] as const;

function entryName(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  for (const key of nameKeys) {
    const value = (entry as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

/**
 * Reads a merge path against the records it came from (the first that has each step is used, so an
 * entry one side removed is still named from the other): which entries it goes through and which field.
 */
export function locateField(path: FieldPath, ...records: unknown[]): FieldLocation {
  const entries: EntryStep[] = [];
  let field: string | undefined;
  let group: string | undefined;
  let current: unknown[] = records;
  let lastKey: string | undefined;
  for (const segment of path) {
    const lists = current.filter(Array.isArray);
    if (lists.length > 0) {
      const found = lists.map((list) => (list as { id?: unknown }[]).find((entry) => entry?.id === segment)).filter((entry) => entry !== undefined);
      entries.push({ list: lastKey ?? '', name: found.map(entryName).find((name) => name !== undefined) });
      current = found;
      field = undefined;
      group = undefined;
    } else {
      group = field;
      field = String(segment);
      current = current
        .filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, segment))
        .map((value) => value[segment as string]);
    }
    lastKey = String(segment);
  }
  return { entries, field, group };
}
