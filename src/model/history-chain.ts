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

/** Keyed entries' hashes start with this; an unkeyed (SHA-256) hash is 64 hex digits, as the first releases wrote it. */
export const KEYED_HASH_PREFIX = 'hmac-sha256:';

/**
 * The key that makes a history tamper-evident against someone who can write the browser's database: an
 * HMAC-SHA-256 CryptoKey the host supplies (never stored by the SDK). Without it, a chain detects
 * accidents (a lost, edited or reordered entry) but anyone can recompute it.
 */
export type HistoryKey = CryptoKey;

/** Imports raw secret bytes (at least 32) as a history key: HMAC-SHA-256, not extractable, sign and verify only. */
export function importHistoryKey(secret: BufferSource): Promise<HistoryKey> {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** What the hash of an entry covers: every field but the hash, with the changes and comment as stored. */
function hashedContent(entry: Omit<HistoryEntry, 'hash'> | HistoryEntry): Uint8Array<ArrayBuffer> {
  const { hash: _ignored, sealedChanges, sealedComment, ...content } = entry as HistoryEntry;
  const stored = { ...content, ...(sealedChanges ? { changes: sealedChanges } : {}), ...(sealedComment !== undefined ? { comment: sealedComment } : {}) };
  return encoder.encode(canonicalJson(stored));
}

/**
 * The hash of the entry without its own hash: covers `prevHash`, so entries form a chain, and every other
 * field (who, when, action, comment, changes, the record digest). With a key it is an HMAC-SHA-256
 * (`hmac-sha256:` and 64 hex digits), which nobody without the key can recompute; without one a SHA-256.
 * It covers the changes as stored: the sealed ones when an encrypting adapter shows them decrypted.
 */
export async function hashHistoryEntry(entry: Omit<HistoryEntry, 'hash'> | HistoryEntry, key?: HistoryKey): Promise<string> {
  const bytes = hashedContent(entry);
  if (key) return `${KEYED_HASH_PREFIX}${toHex(await crypto.subtle.sign('HMAC', key, bytes))}`;
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/** Short names for the same functions. */
export const hashEntry = hashHistoryEntry;

/** SHA-256 of a record as stored (canonical JSON): a history entry carries it so the row is bound to its head. */
export async function digestRecord(record: unknown): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(canonicalJson(record))));
}

/** Completes an entry: links it to the previous one and computes its hash (an HMAC under the key, if given). */
export async function chainHistoryEntry(entry: Omit<HistoryEntry, 'hash' | 'prevHash'>, previous: HistoryEntry | undefined, key?: HistoryKey): Promise<HistoryEntry> {
  const linked = { ...entry, prevHash: previous?.hash ?? null };
  return { ...linked, hash: await hashHistoryEntry(linked, key) };
}

export const chainEntry = chainHistoryEntry;

/**
 * Completes many entries at once, each linked to its own previous entry (entries of different records,
 * as one transaction writes them): the digests run side by side and are awaited together, so a batch
 * of 10 000 writes waits for its hashes once instead of 10 000 times in a row. Same entries, same order,
 * as chaining each one on its own.
 */
export function chainHistoryEntries(items: readonly { entry: Omit<HistoryEntry, 'hash' | 'prevHash'>; previous: HistoryEntry | undefined }[], key?: HistoryKey): Promise<HistoryEntry[]> {
  return Promise.all(items.map(({ entry, previous }) => chainHistoryEntry(entry, previous, key)));
}

/** Why a history does not verify; `brokenAt` names the first entry at fault (entries.length: the record). */
export type HistoryBreak =
  /** The entry's hash is not the hash of its content: it was edited (or forged without the key). */
  | 'hash-mismatch'
  /** The entry does not point at the hash of the one before it: an entry before it was replaced or removed. */
  | 'broken-link'
  /** A sequence number is skipped or repeated, or the record's version is past the last entry. */
  | 'missing-entry'
  /** The chain starts after version 1 without saying it began at a migration: its start was cut off. */
  | 'late-genesis'
  /** The entry belongs to another record. */
  | 'other-record'
  /** A key was given and the entry has a plain SHA-256 after a keyed one: written by someone without the key. */
  | 'unkeyed-entry'
  /** The entry is keyed and no key was given: it cannot be checked. */
  | 'key-required'
  /** The stored record is not the one the last entry wrote (edited, or an older one put back). */
  | 'record-mismatch';

/**
 * What a verification proves. 'forgery': every entry is an HMAC under the key given, so nobody without
 * the key made or changed one. 'accidents': some or all entries are plain SHA-256 (no key, or written
 * before the key was used, from `keyedFrom` on they are keyed): a lost, edited or reordered entry shows,
 * but someone who can write the database could have rewritten the whole chain.
 */
export type HistoryAssurance = 'forgery' | 'accidents';

export type HistoryVerdict =
  | { valid: true; entries: number; protects: HistoryAssurance; keyedFrom?: number }
  | { valid: false; entries: number; brokenAt: number; entryId?: string; reason: HistoryBreak; protects: HistoryAssurance };

export interface VerifyHistoryOptions {
  /** The record's version now: removing trailing entries shows. */
  currentVersion?: number;
  /** The history key: keyed entries are checked with it; without it they cannot be. */
  key?: HistoryKey;
  /**
   * With a key, entries without one are refused ('unkeyed-entry'): anyone can write those. A host that
   * adopts a key over histories written before it sets this, and accepts unkeyed entries before the first
   * keyed one; the verdict then says 'accidents' and from which entry on the chain is keyed.
   */
  allowUnkeyedPrefix?: boolean;
  /**
   * The record exactly as stored (for an encrypting store: the envelope). Its version must be the last
   * entry's and, when that entry carries a record digest, its digest too: an edited row or an older
   * version put back shows.
   */
  record?: { version: number };
}

const isKeyed = (entry: HistoryEntry) => typeof entry?.hash === 'string' && entry.hash.startsWith(KEYED_HASH_PREFIX);

/** An entry with the fields the chain is checked on (anything may be given: a file, a tampered row). */
function isChainable(entry: unknown): entry is HistoryEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { hash, prevHash, seq } = entry as Record<string, unknown>;
  return typeof hash === 'string' && (prevHash === null || typeof prevHash === 'string') && typeof seq === 'number';
}

/** The hash an entry should have; undefined when it cannot even be computed (a value too deep to encode). */
async function expectedHash(entry: HistoryEntry, key: HistoryKey | undefined): Promise<string | undefined> {
  try {
    return await hashHistoryEntry(entry, key);
  } catch {
    return undefined;
  }
}

/**
 * Checks a record's history, oldest first, and names the first entry at fault and why: every hash matches
 * its entry (an HMAC under the key for keyed entries), every entry points at the one before it, the
 * sequence has no gap, the chain has one genesis (version 1, or a marked migration from a layout without
 * history), every entry is of the same record. With the record's current version (or the record as
 * stored), removing trailing entries shows; with the record, an edited or rolled back row shows.
 * With a key, every entry must be keyed (unless `allowUnkeyedPrefix`).
 * What it cannot see (the whole history and row rolled back together, keyed or not) needs the head hashes
 * kept outside the browser (a server).
 */
export async function verifyHistory(entries: readonly HistoryEntry[], options: number | VerifyHistoryOptions = {}): Promise<HistoryVerdict> {
  const { currentVersion, key, record, allowUnkeyedPrefix = false } = typeof options === 'number' ? { currentVersion: options } : options;
  const keyedFrom = entries.findIndex(isKeyed);
  const protects: HistoryAssurance = key && entries.length > 0 && keyedFrom === 0 ? 'forgery' : 'accidents';
  const broken = (index: number, reason: HistoryBreak): HistoryVerdict => ({
    valid: false,
    entries: entries.length,
    brokenAt: index,
    ...(typeof entries[index]?.id === 'string' ? { entryId: entries[index].id } : {}),
    reason,
    protects,
  });
  const first = entries[0];
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    if (!isChainable(entry)) return broken(index, 'hash-mismatch');
    const previous = index > 0 ? entries[index - 1] : undefined;
    if (entry.recordKind !== first!.recordKind || entry.recordId !== first!.recordId) return broken(index, 'other-record');
    if (!previous && entry.seq !== 1 && entry.genesis !== 'migrated' && isKeyed(entry)) return broken(index, 'late-genesis');
    const expectedSeq = previous ? previous.seq + 1 : entry.seq;
    if (entry.seq !== expectedSeq) return broken(index, 'missing-entry');
    if (entry.prevHash !== (previous?.hash ?? null)) return broken(index, 'broken-link');
    if (isKeyed(entry)) {
      if (!key) return broken(index, 'key-required');
      if ((await expectedHash(entry, key)) !== entry.hash) return broken(index, 'hash-mismatch');
    } else {
      if (key && (!allowUnkeyedPrefix || (keyedFrom !== -1 && index > keyedFrom))) return broken(index, 'unkeyed-entry');
      if ((await expectedHash(entry, undefined)) !== entry.hash) return broken(index, 'hash-mismatch');
    }
  }
  const head = entries.at(-1);
  const version = record?.version ?? currentVersion;
  if (version !== undefined && (head?.seq ?? 0) !== version) return broken(entries.length, head && (head.seq > version) ? 'record-mismatch' : 'missing-entry');
  if (record && head?.recordDigest !== undefined && (await digestRecord(record).catch(() => undefined)) !== head.recordDigest) return broken(entries.length, 'record-mismatch');
  return { valid: true, entries: entries.length, protects, ...(keyedFrom > 0 ? { keyedFrom } : {}) };
}
