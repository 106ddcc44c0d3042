import type { FieldChange } from './history.js';

/** Fields every write changes; the history says who and when apart, so they are not listed as changes. */
const bookkeepingFields = new Set(['version', 'updatedAt', 'updatedBy']);

/** Above this many changed leaves the rest of a subtree is recorded as one change, to bound history size. */
const maxChanges = 500;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between two versions of a record, each with its dotted path
 * (`subGoals.1.title`) and the values before and after. `before` undefined means the record is new.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (path: string, a: unknown, b: unknown): void => {
    if (sameValue(a, b)) return;
    if (changes.length >= maxChanges) return;
    const bothObjects = isPlainObject(a) && isPlainObject(b);
    const bothArrays = Array.isArray(a) && Array.isArray(b);
    if (bothObjects || bothArrays) {
      const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
      for (const key of keys) {
        if (path === '' && bookkeepingFields.has(key)) continue;
        walk(path === '' ? key : `${path}.${key}`, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
      }
      return;
    }
    const change: FieldChange = { path };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    changes.push(change);
  };
  if (before === undefined) {
    for (const [key, value] of Object.entries(isPlainObject(after) ? after : {})) {
      if (!bookkeepingFields.has(key) && value !== undefined) changes.push({ path: key, after: value });
    }
    return changes;
  }
  walk('', before, after);
  return changes;
}
