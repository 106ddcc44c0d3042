import { BOOKKEEPING_FIELDS, sameValue } from './three-way-merge.js';

/**
 * A merge base for two versions of a record whose common ancestor is unknown (a server restored from a
 * backup holds a version this browser never saw): `theirs` without the fields in which `mine` differs.
 * Merged with threeWayMerge(base, mine, theirs), every field the two disagree on is a conflict for a person
 * (neither side wins by default), and the fields they agree on merge quietly. Bookkeeping fields are kept.
 */
export function unknownBase<T extends object>(mine: T, theirs: T): Partial<T> {
  const [a, b] = [mine as Record<string, unknown>, theirs as Record<string, unknown>];
  const base: Record<string, unknown> = {};
  for (const key of Object.keys(b)) {
    if (BOOKKEEPING_FIELDS.includes(key) || sameValue(a[key], b[key])) base[key] = structuredClone(b[key]);
  }
  return base as Partial<T>;
}
