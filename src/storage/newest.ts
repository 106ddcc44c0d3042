import type { StoredRecord } from '../model/record.js';

/**
 * When a record took place, in milliseconds since 1970, for `ListQuery.newest`: its `occurredAt` (a
 * contact), else its `createdAt`. Offsets are resolved (`…T10:00+02:00` is before `…T09:00Z`), which
 * comparing the strings would not do. 0 when neither is a readable instant, so it is always a valid key.
 */
export function instantOf(record: unknown): number {
  const { occurredAt, createdAt, encryption, boundedByCreation } = (record ?? {}) as { occurredAt?: unknown; createdAt?: unknown; encryption?: unknown; boundedByCreation?: unknown };
  // An encrypted envelope's own time is sealed: its clear `createdAt` stands for it where the envelope says
  // the record took place no later than that (see EncryptingStorageAdapter.list); any other sorts first.
  if (encryption !== undefined && boundedByCreation !== true) return SEALED_TIME_FIRST;
  const at = Date.parse(typeof occurredAt === 'string' ? occurredAt : typeof createdAt === 'string' ? createdAt : '');
  return Number.isFinite(at) ? at : 0;
}

/** Where an envelope whose sealed time is not bounded by its creation sorts: after every real instant. */
const SEALED_TIME_FIRST = Number.MAX_SAFE_INTEGER;

/**
 * The `count` records that took place last, newest first, and every other record of the same instant as
 * the last of them: so the result is all records from some instant on, whatever order ties are in, and a
 * list sorted by time shows the same first rows from it as from every record.
 */
export function newestOf<T extends StoredRecord>(records: readonly T[], count: number): T[] {
  const dated = records.map((record) => ({ record, at: instantOf(record) })).sort((a, b) => b.at - a.at);
  if (dated.length <= count) return dated.map((entry) => entry.record);
  const from = count > 0 ? dated[count - 1]!.at : Infinity;
  return dated.filter((entry) => entry.at >= from).map((entry) => entry.record);
}
