import type { HistoryEntry } from './history.js';

/**
 * JSON with object keys sorted at every depth, so the same entry always hashes the same. Built in one
 * pass into one string (no intermediate entry arrays): it runs for every history entry written and
 * verified. Its output is fixed (stored hashes depend on it): properties whose value is undefined are
 * left out, undefined array items written as null, holes of a sparse array as nothing.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let json = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) json += ',';
      if (index in value) json += canonicalJson(value[index] === undefined ? null : value[index]);
    }
    return `${json}]`;
  }
  const object = value as Record<string, unknown>;
  let json = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    if (json.length > 1) json += ',';
    json += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${json}}`;
}

const encoder = new TextEncoder();
const hexDigits = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += hexDigits[byte]!;
  return hex;
}

/**
 * SHA-256 (WebCrypto) of the entry without its own hash: covers `prevHash`, so entries form a chain.
 * It covers the changes as stored: the sealed ones when an encrypting adapter shows them decrypted.
 */
export async function hashHistoryEntry(entry: Omit<HistoryEntry, 'hash'> | HistoryEntry): Promise<string> {
  const { hash: _ignored, sealedChanges, sealedComment, ...content } = entry as HistoryEntry;
  const stored = { ...content, ...(sealedChanges ? { changes: sealedChanges } : {}), ...(sealedComment !== undefined ? { comment: sealedComment } : {}) };
  const bytes = encoder.encode(canonicalJson(stored));
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/** Short names for the same functions. */
export const hashEntry = hashHistoryEntry;

/** Completes an entry: links it to the previous one and computes its hash. */
export async function chainHistoryEntry(entry: Omit<HistoryEntry, 'hash' | 'prevHash'>, previous: HistoryEntry | undefined): Promise<HistoryEntry> {
  const linked = { ...entry, prevHash: previous?.hash ?? null };
  return { ...linked, hash: await hashHistoryEntry(linked) };
}

export const chainEntry = chainHistoryEntry;

/**
 * Completes many entries at once, each linked to its own previous entry (entries of different records,
 * as one transaction writes them): the digests run side by side and are awaited together, so a batch
 * of 10 000 writes waits for its hashes once instead of 10 000 times in a row. Same entries, same order,
 * as chaining each one on its own.
 */
export function chainHistoryEntries(items: readonly { entry: Omit<HistoryEntry, 'hash' | 'prevHash'>; previous: HistoryEntry | undefined }[]): Promise<HistoryEntry[]> {
  return Promise.all(items.map(({ entry, previous }) => chainHistoryEntry(entry, previous)));
}

export type HistoryVerdict =
  | { valid: true; entries: number }
  | { valid: false; entries: number; brokenAt: number; reason: 'hash-mismatch' | 'broken-link' | 'missing-entry' };

/**
 * Checks a record's history, oldest first: every hash matches its entry, every entry points at the one
 * before it (the first at none, so removing leading entries shows), and the sequence has no gap. With the
 * record's current version, removing trailing entries shows too. A broken entry is reported by index.
 * (A record migrated from a layout without history starts its chain at its first write after migration.)
 */
export async function verifyHistory(entries: readonly HistoryEntry[], currentVersion?: number): Promise<HistoryVerdict> {
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    const previous = index > 0 ? entries[index - 1] : undefined;
    const expectedSeq = previous ? previous.seq + 1 : entry.seq;
    if (entry.seq !== expectedSeq) return { valid: false, entries: entries.length, brokenAt: index, reason: 'missing-entry' };
    if (entry.prevHash !== (previous?.hash ?? null)) return { valid: false, entries: entries.length, brokenAt: index, reason: 'broken-link' };
    if ((await hashHistoryEntry(entry)) !== entry.hash) return { valid: false, entries: entries.length, brokenAt: index, reason: 'hash-mismatch' };
  }
  if (currentVersion !== undefined && (entries.at(-1)?.seq ?? 0) !== currentVersion) {
    return { valid: false, entries: entries.length, brokenAt: entries.length, reason: 'missing-entry' };
  }
  return { valid: true, entries: entries.length };
}
