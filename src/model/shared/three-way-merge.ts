/**
 * A three-way, field-level merge of JSON-like records: `base` is the version both sides started from,
 * `mine` the unsaved edit, `theirs` what someone else saved meanwhile.
 *
 * - Plain objects merge key by key (a missing key counts as `undefined`; a merged `undefined` is left out).
 * - Arrays whose entries are all plain objects with a unique string or number `id` (on all three sides)
 *   merge entry by entry, and a path goes through them by id (`['subGoals', 'sg-1', 'title']`), never by
 *   index, so a path still names the same entry after the other side reorders or inserts:
 *   - added on one side: kept (added by them: reported in `fromTheirs`);
 *   - removed on one side and unchanged on the other: removed (removed by them: reported in `fromTheirs`);
 *   - removed on one side and changed on the other: a conflict on the whole entry;
 *   - added on both sides with the same id but different content: a conflict on the whole entry;
 *   - order: if only one side reordered the entries both kept, that order wins, else mine (a reorder is
 *     never a conflict); an entry only one side has is placed right after the entry that precedes it on
 *     that side (or first, if none does).
 * - Anything else (scalars, other arrays, a value whose kind changed) is one whole value.
 * - A value changed on one side only takes that side's value; changed on both sides to the same value
 *   takes it; changed on both sides differently is a conflict, reported with base, mine and theirs.
 *   The merged record holds mine at a conflict unless `resolve` answers `'theirs'` for it.
 * - Bookkeeping fields (`version`, `updatedAt`, `updatedBy`, `createdAt`), at any depth, are storage's,
 *   not the user's: they take theirs' value (the record the merge will be written over, so a write of
 *   the result carries the version it was really read at) and are never a conflict nor reported.
 *
 * Pure: the inputs are not modified; the result shares no object with them (values are cloned).
 */
export type FieldPath = readonly (string | number)[];

export interface FieldConflict {
  path: FieldPath;
  /** `undefined` where the field or entry did not exist (added or removed). */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  merged: T;
  /** Same field changed differently on both sides, in document order. */
  conflicts: FieldConflict[];
  /** Where the other person's change was taken automatically (changed, added or removed by them only). */
  fromTheirs: FieldPath[];
}

/** Which side a conflict takes; `undefined` means mine. */
export type ConflictChoice = 'mine' | 'theirs';

export interface MergeOptions {
  resolve?: (conflict: FieldConflict) => ConflictChoice | undefined;
}

export const BOOKKEEPING_FIELDS: readonly string[] = ['version', 'updatedAt', 'updatedBy', 'createdAt'];

/** A record without its storage bookkeeping: what a person wrote (to tell the same words from changed ones). */
export function recordContent(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of BOOKKEEPING_FIELDS) delete copy[field];
  return copy;
}

type Plain = Record<string, unknown>;
type Id = string | number;
type Keyed = Plain & { id: Id };

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Entries all plain objects with unique string/number ids: mergeable by id. */
function isKeyedList(value: unknown): value is Keyed[] {
  if (!Array.isArray(value)) return false;
  const seen = new Set<Id>();
  for (const entry of value) {
    if (!isPlain(entry) || !hasOwn(entry, 'id')) return false;
    const id = entry.id;
    if ((typeof id !== 'string' && typeof id !== 'number') || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** Deep equality of JSON-like values (key order does not matter; a missing key equals `undefined`). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((entry, index) => sameValue(entry, b[index]));
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** A copy with own properties defined (never assigned), so a `__proto__` key stays data. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry) => copy(entry) as unknown) as T;
  if (isPlain(value)) {
    const result: Plain = {};
    for (const key of Object.keys(value)) define(result, key, copy(value[key]));
    return result as T;
  }
  return value;
}

function define(target: Plain, key: string, value: unknown): void {
  if (value === undefined) return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

interface Run {
  conflicts: FieldConflict[];
  fromTheirs: FieldPath[];
  resolve: (conflict: FieldConflict) => ConflictChoice | undefined;
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: FieldPath, run: Run): unknown {
  if (isPlain(base) && isPlain(mine) && isPlain(theirs)) return mergeObject(base, mine, theirs, path, run);
  if (isKeyedList(base) && isKeyedList(mine) && isKeyedList(theirs)) return mergeKeyedList(base, mine, theirs, path, run);
  return mergeWhole(base, mine, theirs, path, run);
}

function mergeWhole(base: unknown, mine: unknown, theirs: unknown, path: FieldPath, run: Run): unknown {
  const mineChanged = !sameValue(mine, base);
  const theirsChanged = !sameValue(theirs, base);
  if (!theirsChanged || sameValue(mine, theirs)) return copy(mine);
  if (!mineChanged) {
    run.fromTheirs.push(path);
    return copy(theirs);
  }
  const conflict: FieldConflict = { path, base: copy(base), mine: copy(mine), theirs: copy(theirs) };
  run.conflicts.push(conflict);
  return copy(run.resolve(conflict) === 'theirs' ? theirs : mine);
}

function mergeObject(base: Plain, mine: Plain, theirs: Plain, path: FieldPath, run: Run): Plain {
  const result: Plain = {};
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])];
  for (const key of keys) {
    if (BOOKKEEPING_FIELDS.includes(key)) {
      define(result, key, copy(hasOwn(theirs, key) ? theirs[key] : mine[key]));
      continue;
    }
    const at = (side: Plain) => (hasOwn(side, key) ? side[key] : undefined);
    define(result, key, mergeValue(at(base), at(mine), at(theirs), [...path, key], run));
  }
  return result;
}

function mergeKeyedList(base: Keyed[], mine: Keyed[], theirs: Keyed[], path: FieldPath, run: Run): Keyed[] {
  const byId = (list: Keyed[]) => new Map(list.map((entry) => [entry.id, entry]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const kept = new Map<Id, Keyed>();
  // Visit ids in a stable order (mine, then theirs, then base) so conflicts come in document order.
  const ids = [...new Set([...mineById.keys(), ...theirsById.keys(), ...baseById.keys()])];
  for (const id of ids) {
    const value = mergeValue(baseById.get(id), mineById.get(id), theirsById.get(id), [...path, id], run);
    if (value !== undefined) kept.set(id, value as Keyed);
  }
  return orderEntries(base, mine, theirs, kept);
}

function commonOrder(list: Keyed[], inBoth: (id: Id) => boolean): Id[] {
  return list.map((entry) => entry.id).filter(inBoth);
}

function orderEntries(base: Keyed[], mine: Keyed[], theirs: Keyed[], kept: Map<Id, Keyed>): Keyed[] {
  const baseIds = new Set(base.map((entry) => entry.id));
  const mineIds = new Set(mine.map((entry) => entry.id));
  const theirsIds = new Set(theirs.map((entry) => entry.id));
  const shared = (id: Id) => baseIds.has(id) && mineIds.has(id) && theirsIds.has(id);
  const baseOrder = commonOrder(base, shared);
  const mineReordered = !sameValue(commonOrder(mine, shared), baseOrder);
  const theirsReordered = !sameValue(commonOrder(theirs, shared), baseOrder);
  const [leading, other] = theirsReordered && !mineReordered ? [theirs, mine] : [mine, theirs];
  const order: Id[] = leading.map((entry) => entry.id).filter((id) => kept.has(id));
  const placed = new Set(order);
  // Entries only the other side (or only base, for a kept conflict) has: after their predecessor there.
  for (const list of [other, base]) {
    list.forEach((entry, index) => {
      if (placed.has(entry.id) || !kept.has(entry.id)) return;
      let at = 0;
      for (let before = index - 1; before >= 0; before -= 1) {
        const position = order.indexOf(list[before]!.id);
        if (position >= 0) {
          at = position + 1;
          break;
        }
      }
      order.splice(at, 0, entry.id);
      placed.add(entry.id);
    });
  }
  return order.map((id) => kept.get(id)!);
}

/** Merges `mine` and `theirs` from their common `base`; see the module comment for the rules. */
export function threeWayMerge<T>(base: T, mine: T, theirs: T, options: MergeOptions = {}): MergeResult<T> {
  const run: Run = { conflicts: [], fromTheirs: [], resolve: options.resolve ?? (() => undefined) };
  const merged = mergeValue(base, mine, theirs, [], run) as T;
  return { merged, conflicts: run.conflicts, fromTheirs: run.fromTheirs };
}

/** A stable text key for a path (to index per-field choices). */
export function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}

/**
 * The conflicts no side has been chosen for yet, in the order shown: a merge by choices writes nothing
 * until this is empty.
 */
export function unchosenConflicts(conflicts: readonly FieldConflict[], choices: Readonly<Record<string, ConflictChoice>>): FieldConflict[] {
  return conflicts.filter((conflict) => choices[pathKey(conflict.path)] === undefined);
}

/** Merges with one choice per conflict path (by `pathKey`); a conflict without a choice keeps mine. */
export function mergeWithChoices<T>(base: T, mine: T, theirs: T, choices: ReadonlyMap<string, ConflictChoice>): MergeResult<T> {
  return threeWayMerge(base, mine, theirs, { resolve: (conflict) => choices.get(pathKey(conflict.path)) });
}
