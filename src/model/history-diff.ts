import type { FieldChange } from './history.js';

/** Fields every write changes; the history says who and when apart, so they are not listed as changes. */
const bookkeepingFields = new Set(['version', 'updatedAt', 'updatedBy']);

/**
 * At most this many changes are recorded per write, to bound history size: the rest are left out (the
 * record's digest still binds the whole version; history-versions treats a write with as many as cut short).
 */
const maxChanges = 500;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Two leaves (anything but two objects or two arrays) are the same value: NaN is NaN, 0 is -0, as in JSON. */
function sameLeaf(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * The fields that differ between two versions of a record, each with its dotted path
 * (`subGoals.1.title`) and the values before and after. `before` undefined means the record is new.
 *
 * One walk over both records, each value visited once: a subtree that did not change adds nothing, so
 * there is no need to compare it whole first (a JSON.stringify at every level walked a 1 000-item plan
 * once per level it is deep). Two objects or two arrays are compared field by field (key order does not
 * matter; only own fields count, never one inherited, such as `toString`); anything else (a text, a number, an object where there was an array, a field added or
 * removed) is one change holding both values.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  // The path of the value being compared, one segment per level: joined only for a change found.
  const at: string[] = [];
  const walk = (a: unknown, b: unknown): void => {
    if (a === b || changes.length >= maxChanges) return;
    const bothObjects = isPlainObject(a) && isPlainObject(b);
    const bothArrays = Array.isArray(a) && Array.isArray(b);
    if (bothObjects || bothArrays) {
      const first = a as Record<string, unknown>;
      const second = b as Record<string, unknown>;
      const root = at.length === 0;
      for (const key of Object.keys(first)) {
        if (root && bookkeepingFields.has(key)) continue;
        at.push(key);
        walk(first[key], Object.hasOwn(second, key) ? second[key] : undefined);
        at.pop();
      }
      for (const key of Object.keys(second)) {
        if (Object.hasOwn(first, key) || (root && bookkeepingFields.has(key))) continue;
        at.push(key);
        walk(undefined, second[key]);
        at.pop();
      }
      return;
    }
    if (sameLeaf(a, b)) return;
    const change: FieldChange = { path: at.join('.') };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    changes.push(change);
  };
  if (before === undefined) {
    if (!isPlainObject(after)) return changes;
    // Keys, not Object.entries: a first write of 10 000 records would make a [key, value] pair per field.
    for (const key of Object.keys(after)) {
      const value = after[key];
      if (!bookkeepingFields.has(key) && value !== undefined) changes.push({ path: key, after: value });
    }
    return changes;
  }
  walk(before, after);
  return changes;
}
