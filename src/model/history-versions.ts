import type { HistoryEntry } from './history.js';
import { threeWayMerge, type FieldPath } from './shared/three-way-merge.js';

/** One field a write changed, by its merge path (through lists by entry id), with the values before and after. */
export interface RecordChange {
  path: FieldPath;
  before?: unknown;
  after?: unknown;
}

/** One write of a record's history with the record as it stood before and after it, where known. */
export interface HistoryStep {
  entry: HistoryEntry;
  /** The record before this write; undefined for its first write, or when it cannot be rebuilt. */
  before: unknown;
  /** The record as this write left it; undefined when it cannot be rebuilt. */
  after: unknown;
  /** What this write changed, as a person reads it (a first write lists nothing: it created the record). */
  changes: RecordChange[];
}

/** The history stores at most this many changes per write (see history-diff.ts); a write with as many is cut short. */
const recordedChangesLimit = 500;

const isIndex = (segment: string) => /^(0|[1-9]\d*)$/.test(segment);

type Container = Record<string, unknown> | unknown[];

/** The record with one write undone: every stored change put back to its value before. */
function undoWrite(after: unknown, entry: HistoryEntry): unknown {
  const root = { value: structuredClone(after) as unknown } as Record<string, unknown>;
  const removals = new Map<unknown[], number[]>();
  for (const change of entry.changes) {
    const segments = ['value', ...change.path.split('.')];
    let container: Container = root;
    for (let index = 0; index < segments.length - 1; index += 1) {
      const segment = segments[index]!;
      const key = Array.isArray(container) && isIndex(segment) ? Number(segment) : segment;
      let next = (container as Record<string | number, unknown>)[key];
      if (typeof next !== 'object' || next === null) {
        next = isIndex(segments[index + 1]!) ? [] : {};
        (container as Record<string | number, unknown>)[key] = next;
      }
      container = next as Container;
    }
    const last = segments.at(-1)!;
    if (Array.isArray(container) && isIndex(last)) {
      if (change.before === undefined) removals.set(container, [...(removals.get(container) ?? []), Number(last)]);
      else container[Number(last)] = structuredClone(change.before);
    } else if (change.before === undefined) {
      delete (container as Record<string, unknown>)[last];
    } else {
      (container as Record<string, unknown>)[last] = structuredClone(change.before);
    }
  }
  // Entries the write added come off the end of their lists, highest index first.
  for (const [list, indexes] of removals) for (const index of indexes.sort((a, b) => b - a)) list.splice(index, 1);
  return root['value'];
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a merge path: object keys by name, list entries by their id. */
export function valueAtPath(record: unknown, path: FieldPath): unknown {
  let current = record;
  for (const segment of path) {
    if (Array.isArray(current)) current = current.find((entry) => isPlain(entry) && entry['id'] === segment);
    else if (isPlain(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/**
 * What changed from one version of a record to the next, field by field, by the merge's paths (so a
 * change inside a list names its entry, whatever its position). Storage bookkeeping (and the archived
 * flag, which the save's action says) is left out.
 */
export function changesBetween(before: unknown, after: unknown): RecordChange[] {
  // Archiving is said by the save's action; the flag is storage's, like the version.
  const paths = threeWayMerge(before, before, after).fromTheirs.filter((path) => !(path.length === 1 && path[0] === 'archived'));
  return paths.map((path) => {
    const change: RecordChange = { path };
    const was = valueAtPath(before, path);
    const now = valueAtPath(after, path);
    if (was !== undefined) change.before = was;
    if (now !== undefined) change.after = now;
    return change;
  });
}

/** A stored change by its dotted path, when the versions around it cannot be rebuilt. */
function recordedChange(change: HistoryEntry['changes'][number]): RecordChange {
  const path = change.path.split('.').map((segment) => (isIndex(segment) ? Number(segment) : segment));
  return { path, ...(change.before !== undefined ? { before: change.before } : {}), ...(change.after !== undefined ? { after: change.after } : {}) };
}

/**
 * Every write of a record, oldest first, with the record as it stood before and after it: rebuilt from
 * the record as stored now by undoing each write's recorded changes, newest first. Where that cannot be
 * done (no current record, a write whose changes were cut short) the older steps list the changes as
 * recorded instead.
 */
export function historySteps(current: unknown, entries: readonly HistoryEntry[]): HistoryStep[] {
  const steps: HistoryStep[] = [];
  let after: unknown = current;
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]!;
    const first = index === 0 || entry.seq === 1;
    const known = after !== undefined && entry.changes.length < recordedChangesLimit;
    const before = known && !first ? undoWrite(after, entry) : undefined;
    const changes = first ? [] : known ? changesBetween(before, after) : entry.changes.map(recordedChange);
    steps.unshift({ entry, before, after, changes });
    after = before;
  }
  return steps;
}
