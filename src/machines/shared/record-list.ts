/** Keeping a machine's list of records current as changes arrive, and noting the ones that cannot be read. */
import type { StoredRecord } from '../../model/record.js';
import type { CorruptRecordError } from '../../storage/errors.js';

/** A stored record that could not be read (kept untouched in storage), for a notice in the UI. */
export interface UnreadableRecord {
  kind: string;
  id: string;
  code: string;
}

export function unreadableFrom(errors: readonly CorruptRecordError[]): UnreadableRecord[] {
  return errors.map((error) => ({ kind: error.kind, id: error.id, code: error.code }));
}

/** The unreadable list with one record noted (once). */
export function withUnreadable(list: readonly UnreadableRecord[], entry: UnreadableRecord): UnreadableRecord[] {
  return [...list.filter((known) => known.id !== entry.id), entry];
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
