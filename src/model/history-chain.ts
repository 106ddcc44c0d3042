import { canonicalCopy } from './canonical-copy.js';
import type { HistoryEntry } from './history.js';

/**
 * JSON with object keys sorted at every depth, so the same entry always hashes the same. Its output is fixed
 * (stored hashes depend on it): properties whose value is undefined are left out, undefined array items
 * written as null, holes of a sparse array as nothing. It runs for every history entry written and verified:
 * plain JSON data (nearly everything hashed) is copied with its keys sorted and written by the engine's own
 * JSON.stringify (canonicalCopy: the same text, tested against the first release's), anything else walked.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const sorted = canonicalCopy(value);
    if (sorted) return sorted.json;
  }
  return walkedJson(value);
}

/** canonicalJson built in one pass into one string (no intermediate entry arrays), for any value. */
function walkedJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let json = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) json += ',';
      if (index in value) json += walkedJson(value[index] === undefined ? null : value[index]);
    }
    return `${json}]`;
  }
  const object = value as Record<string, unknown>;
  let json = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    if (json.length > 1) json += ',';
    json += `${JSON.stringify(key)}:${walkedJson(item)}`;
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
 * How an entry's hash covers it. 1 (every release before this one, and every later write of a record):
 * the canonical JSON of every field but the hash, changes included, and the record's digest
 * (`recordDigest`, a hash of its own). 2 (a record's first write, from this release on): the canonical
 * JSON of every field but the hash and the changes, then the record the write stored, as canonical JSON.
 * A first write's changes are that record's fields, so verification rebuilds the record from them (see
 * firstWriteRecordJson) and the one hash covers the changes, the record and the entry together: format 1
 * serialized and hashed the record twice (its digest, then the changes repeating it), in two hashes.
 * The format is named in the hash (`sha256:2:` or `hmac-sha256:2:` before the 64 hex digits), and format
 * 2's hashed bytes begin with a tag that no format 1 content begins with: neither passes for the other.
 */
export type HistoryEntryFormat = 1 | 2;

const FORMAT_2_TAG = '2:';
const UNKEYED_FORMAT_2_PREFIX = `sha256:${FORMAT_2_TAG}`;
const FORMAT_2_BYTES_TAG = 'caseplan-history/2\n';

/** The format an entry's hash says it is in (see HistoryEntryFormat). */
function entryFormatOf(hash: string): HistoryEntryFormat {
  return hash.startsWith(UNKEYED_FORMAT_2_PREFIX) || hash.startsWith(`${KEYED_HASH_PREFIX}${FORMAT_2_TAG}`) ? 2 : 1;
}

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

/** The changes as stored: the sealed ones when an encrypting adapter shows them decrypted. */
function storedChanges(entry: Omit<HistoryEntry, 'hash'>): unknown {
  return entry.sealedChanges ? entry.sealedChanges : entry.changes;
}

/**
 * What the hash of an entry covers: every field but the hash, with the changes and comment as stored; in
 * format 2 the changes give way to the record they make (`recordJson`, its canonical JSON), after a newline
 * (canonical JSON has none outside its strings' escapes, so the entry's end is unambiguous).
 * The fields left out or replaced are overridden in the one copy canonicalJson makes (a property whose
 * value is undefined is left out of canonical JSON), not removed in copies of their own first.
 */
function hashedContent(entry: Omit<HistoryEntry, 'hash'> | HistoryEntry, format: HistoryEntryFormat, recordJson?: string): Uint8Array<ArrayBuffer> {
  const { sealedComment } = entry as HistoryEntry;
  const overrides: Record<string, unknown> = { hash: undefined, sealedChanges: undefined, sealedComment: undefined, changes: format === 2 ? undefined : storedChanges(entry) };
  if (sealedComment !== undefined) overrides.comment = sealedComment;
  const content = (format === 2 && sealedComment === undefined ? flatFieldsJson(entry, NOT_HASHED_IN_FORMAT_2) : undefined) ?? canonicalJsonWith(entry, overrides);
  if (format === 2) return encodedBytes(FORMAT_2_BYTES_TAG, content, '\n', recordJson ?? firstWriteRecordJson(entry));
  return encodedBytes(content);
}

/** The fields a format 2 hash leaves out of the entry's JSON (the changes: the record stands for them). */
const NOT_HASHED_IN_FORMAT_2: ReadonlySet<string> = new Set(['hash', 'sealedChanges', 'sealedComment', 'changes']);

/**
 * canonicalJson of an object's fields but `omitted`, written directly where every one is a string, number,
 * boolean or null (a format 2 entry without its changes: ids, times, action, hashes): no copy of the entry,
 * no sorted copy. Undefined when a field is anything else, for the caller's general way (the same text).
 */
function flatFieldsJson(value: object, omitted: ReadonlySet<string>): string | undefined {
  const fields = value as Record<string, unknown>;
  let json = '{';
  for (const key of Object.keys(fields).sort()) {
    if (omitted.has(key)) continue;
    const field = fields[key];
    if (field === undefined) continue;
    const type = typeof field;
    if (key === '__proto__' || (field !== null && type !== 'string' && type !== 'number' && type !== 'boolean')) return undefined;
    if (json.length > 1) json += ',';
    json += `${JSON.stringify(key)}:${JSON.stringify(field)}`;
  }
  return `${json}}`;
}

/** canonicalJson of `{ ...value, ...overrides }`, without making that copy first where canonicalCopy can take it. */
function canonicalJsonWith(value: object, overrides: Record<string, unknown>): string {
  return canonicalCopy(value, overrides)?.json ?? walkedJson({ ...value, ...overrides });
}

/**
 * The bytes hashed: new ones for every entry. A buffer kept and reused (tried in round 9) is only safe if
 * WebCrypto reads it at once; a host's or a test's wrapper around `crypto.subtle.digest` that calls the real
 * one a moment later then hashed the next entry's bytes, and honest records read as tampered for good.
 */
function encodedBytes(...parts: string[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(parts.length === 1 ? parts[0]! : parts.join(''));
}

/**
 * The hash of the entry without its own hash: covers `prevHash`, so entries form a chain, and every other
 * field (who, when, action, comment, changes, the record digest). With a key it is an HMAC-SHA-256
 * (`hmac-sha256:` and 64 hex digits), which nobody without the key can recompute; without one a SHA-256.
 * It covers the changes as stored: the sealed ones when an encrypting adapter shows them decrypted.
 * Format 2 (a record's first write) covers the record its changes make instead; it throws a TypeError
 * when they cannot make one (see firstWriteRecordJson).
 */
export async function hashHistoryEntry(entry: Omit<HistoryEntry, 'hash'> | HistoryEntry, key?: HistoryKey, format: HistoryEntryFormat = 1): Promise<string> {
  return hashOf(hashedContent(entry, format), key, format);
}

/** The hash of hashed bytes. */
function hashOf(bytes: Uint8Array<ArrayBuffer>, key: HistoryKey | undefined, format: HistoryEntryFormat): Promise<string> {
  const tag = format === 2 ? FORMAT_2_TAG : '';
  if (key) return crypto.subtle.sign('HMAC', key, bytes).then((signature) => `${KEYED_HASH_PREFIX}${tag}${toHex(signature)}`);
  return crypto.subtle.digest('SHA-256', bytes).then((digest) => (format === 2 ? `${UNKEYED_FORMAT_2_PREFIX}${toHex(digest)}` : toHex(digest)));
}

/** Short names for the same functions. */
export const hashEntry = hashHistoryEntry;

/** SHA-256 of a record as stored (canonical JSON): a history entry carries it so the row is bound to its head. */
export function digestRecord(record: unknown): Promise<string> {
  return digestCanonicalJson(canonicalJson(record));
}

/** digestRecord() of a record whose canonical JSON is already built (see canonicalCopy). */
export async function digestCanonicalJson(json: string): Promise<string> {
  // async: a WebCrypto that throws when called (no crypto.subtle on an insecure page) rejects, never throws at the caller.
  return toHex(await crypto.subtle.digest('SHA-256', encodedBytes(json)));
}

/** Fields a write's changes never list: the entry says them (seq, at, by). See history-diff's bookkeepingFields. */
const entryBookkeeping = new Set(['version', 'updatedAt', 'updatedBy']);

/**
 * The record a first write stored, as canonical JSON, rebuilt from its entry: each change (as stored) one
 * top-level field written (a path, an `after`, no `before`, each path once), and the entry's seq, at and
 * by as the record's version, updatedAt and updatedBy (what every write sets). Throws a TypeError when the
 * changes cannot be a first write's: such an entry is not intact.
 */
function firstWriteRecordJson(entry: Omit<HistoryEntry, 'hash'>): string {
  const changes = storedChanges(entry);
  if (!Array.isArray(changes)) throw new TypeError('A first write lists its fields as changes');
  // No prototype: a field named `__proto__` is a field like any other here.
  const record = Object.create(null) as Record<string, unknown>;
  for (const change of changes as unknown[]) {
    if (typeof change !== 'object' || change === null) throw new TypeError('A change is an object');
    const { path, after } = change as Record<string, unknown>;
    if (typeof path !== 'string' || entryBookkeeping.has(path) || Object.hasOwn(change, 'before') || after === undefined || Object.hasOwn(record, path)) {
      throw new TypeError('A first write changes each of its fields once, from nothing');
    }
    record[path] = after;
  }
  record.version = entry.seq;
  record.updatedAt = entry.at;
  record.updatedBy = entry.by;
  return canonicalJson(record);
}

/**
 * Completes an entry: links it to the previous one and computes its hash (an HMAC under the key, if given).
 * Format 1 unless told otherwise. Format 2 is for a record's first write, whose changes are the record's
 * fields: `recordJson`, the canonical JSON of the record stored, spares rebuilding it from them.
 */
export function chainHistoryEntry(
  entry: Omit<HistoryEntry, 'hash' | 'prevHash'>,
  previous: HistoryEntry | undefined,
  key?: HistoryKey,
  format: HistoryEntryFormat = 1,
  recordJson?: string,
): Promise<HistoryEntry> {
  return sealHistoryEntry({ ...entry }, previous, key, format, recordJson);
}

/**
 * chainHistoryEntry for an entry its caller has just built and owns (a write's): its `prevHash` and `hash`
 * are set on the entry itself, which is returned, instead of on copies of it (a bulk write seals 10 000).
 */
export function sealHistoryEntry(
  entry: Omit<HistoryEntry, 'hash' | 'prevHash'>,
  previous: HistoryEntry | undefined,
  key?: HistoryKey,
  format: HistoryEntryFormat = 1,
  recordJson?: string,
): Promise<HistoryEntry> {
  const sealed = entry as HistoryEntry;
  sealed.prevHash = previous?.hash ?? null;
  try {
    return hashOf(hashedContent(sealed, format, recordJson), key, format).then((hash) => {
      sealed.hash = hash;
      return sealed;
    });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
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

/**
 * Whether the entry is what its hash says, in the format its hash names (an HMAC under the key for a keyed
 * entry). False when it cannot even be computed (a value too deep to encode, format 2 changes that are
 * not a first write's).
 */
async function entryIntact(entry: HistoryEntry, key: HistoryKey | undefined): Promise<boolean> {
  try {
    return (await hashHistoryEntry(entry, key, entryFormatOf(entry.hash))) === entry.hash;
  } catch {
    return false;
  }
}

/**
 * Whether the record as stored is the one the head entry wrote: its digest, when the entry carries one
 * (format 1 from the release that added it); for a format 2 head (the record's first write), the record
 * its changes make. A record that cannot be encoded is not the one written.
 */
async function recordMatchesHead(record: unknown, head: HistoryEntry): Promise<boolean> {
  try {
    if (head.recordDigest !== undefined && (await digestRecord(record)) !== head.recordDigest) return false;
    return entryFormatOf(head.hash) === 1 || canonicalJson(record) === firstWriteRecordJson(head);
  } catch {
    return false;
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
      if (!(await entryIntact(entry, key))) return broken(index, 'hash-mismatch');
    } else {
      if (key && (!allowUnkeyedPrefix || (keyedFrom !== -1 && index > keyedFrom))) return broken(index, 'unkeyed-entry');
      if (!(await entryIntact(entry, undefined))) return broken(index, 'hash-mismatch');
    }
  }
  const head = entries.at(-1);
  const version = record?.version ?? currentVersion;
  if (version !== undefined && (head?.seq ?? 0) !== version) return broken(entries.length, head && (head.seq > version) ? 'record-mismatch' : 'missing-entry');
  if (record && head && !(await recordMatchesHead(record, head))) return broken(entries.length, 'record-mismatch');
  return { valid: true, entries: entries.length, protects, ...(keyedFrom > 0 ? { keyedFrom } : {}) };
}
