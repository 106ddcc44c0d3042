import type { StoredRecord } from '../model/record.js';
import type { StorageAdapter, WriteRequest } from './adapter.js';
import { ConflictError } from './errors.js';

/** Stamped by each write: not part of what the user wrote. */
const stamps = new Set(['version', 'createdAt', 'updatedAt', 'updatedBy']);

function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((entry, index) => sameContent(entry, b[index]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameContent((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

/** The stored record is this very write, landed: the version it would produce, with its content. */
export function isLandedWrite(attempted: StoredRecord, stored: StoredRecord | undefined): boolean {
  if (!stored || stored.version !== attempted.version + 1) return false;
  const content = (record: StoredRecord) => Object.fromEntries(Object.entries(record).filter(([key]) => !stamps.has(key)));
  return sameContent(content(attempted), content(stored));
}

/**
 * A write refused as stale because an earlier attempt of it landed late (after its time limit, or
 * after the connection dropped) is recognised by reading the version back: the stored record is
 * returned as the result, and the user sees it saved instead of a failure or a conflict with themselves.
 */
export async function recognizeLandedWrites(adapter: Pick<StorageAdapter, 'get'>, writes: readonly WriteRequest[], error: unknown): Promise<StoredRecord[]> {
  if (!(error instanceof ConflictError)) throw error;
  const stored = await Promise.all(writes.map((write) => adapter.get(write.kind, write.record.id)));
  if (!writes.every((write, index) => isLandedWrite(write.record, stored[index]))) throw error;
  return stored as StoredRecord[];
}
