import { canonicalCopy } from '../model/canonical-copy.js';
import { canonicalJson, digestCanonicalJson, sealHistoryEntry, type HistoryKey } from '../model/history-chain.js';
import { diffRecords } from '../model/history-diff.js';
import type { HistoryEntry } from '../model/history.js';
import type { StoredRecord } from '../model/record.js';
import type { RecordKind, WriteRequest } from './adapter.js';
import { ConflictError, InvalidRecordError } from './errors.js';
import { IdSchema } from '../model/record.js';
import type { ValueLimits } from '../model/value-limits.js';
import { violation } from '../model/shared/violation.js';
import { checkRecord, readyToCheck, type SchemaMap } from './validate.js';

/** What an adapter's writes are checked and sealed with (both options of the adapters). */
export interface WriteSettings {
  /** The history key: entries are HMAC-SHA-256 under it (see HistoryKey). */
  historyKey?: HistoryKey;
  /**
   * With a history key: accept entries written before the key was adopted (unkeyed, before the first keyed
   * one) when verifying. Off by default: under a key, an unkeyed entry is refused (anyone can write one).
   */
  allowUnkeyedHistory?: boolean;
  /** Depth and size limits on every record written (defaults: DEFAULT_VALUE_LIMITS). */
  limits?: ValueLimits;
}

/** The write settings from an adapter's options (only those given). */
export function writeSettingsOf(options: WriteSettings): WriteSettings {
  const { historyKey, allowUnkeyedHistory, limits } = options;
  return { ...(historyKey ? { historyKey } : {}), ...(allowUnkeyedHistory ? { allowUnkeyedHistory } : {}), ...(limits ? { limits } : {}) };
}

/** What verifyHistory() is given from the settings: the key, and whether an unkeyed prefix is accepted. */
export function verifySettings(settings: WriteSettings): { key?: HistoryKey; allowUnkeyedPrefix?: boolean } {
  return { ...(settings.historyKey ? { key: settings.historyKey } : {}), ...(settings.allowUnkeyedHistory ? { allowUnkeyedPrefix: true } : {}) };
}

/** One write, checked and ready to store: the record as it will be stored, and its history entry. */
export interface PreparedWrite {
  kind: RecordKind;
  record: StoredRecord;
  entry: HistoryEntry;
  /** The version the caller read at: the store must still hold exactly this version. */
  expectedVersion: number;
  /** The hash of the last history entry the entry was chained to. */
  expectedLastHash: string | null;
}

export interface CurrentState {
  record: StoredRecord | undefined;
  lastEntry: HistoryEntry | undefined;
}

/**
 * Validates a batch of writes and checks each version against what is stored (`currents[i]` is what
 * the store holds for `writes[i]`), then builds each stored record (version + 1) and its chained history
 * entry. Every check runs before any hashing, in order, so the first invalid or stale write is the one
 * reported; the SHA-256 hashes are then computed side by side (one await for the batch, not one per write).
 * Never alters the caller's values.
 */
export async function prepareWrites(schemas: SchemaMap, writes: readonly WriteRequest[], currents: readonly CurrentState[], archive = false, settings: WriteSettings = {}): Promise<PreparedWrite[]> {
  const perKind = new Map<RecordKind, number>();
  for (const { kind } of writes) perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  await Promise.all([...perKind].map(([kind, count]) => readyToCheck(schemas, kind, count)));
  const planned = writes.map((request, index) => planWrite(schemas, request, currents[index]!, archive, settings));
  // Each entry is hashed as soon as its record's digest is in, not once every digest is: WebCrypto hashes
  // on another thread, so the entries' canonical JSON is built while the remaining digests are computed.
  // A record's first write is sealed in format 2: its changes are the record, so one hash covers the entry
  // and the record's canonical JSON (format 1 hashed the record twice: its digest, then the changes).
  // The entries are this function's own (built by planWrite): sealed in place, one promise each.
  const entries = await Promise.all(
    planned.map(({ entry, recordJson }, index) => {
      const { lastEntry, record } = currents[index]!;
      if (!record) return sealHistoryEntry(entry, lastEntry, settings.historyKey, 2, recordJson);
      return digestCanonicalJson(recordJson).then((digest) => {
        entry.recordDigest = digest;
        return sealHistoryEntry(entry, lastEntry, settings.historyKey);
      });
    }),
  );
  return planned.map(({ kind, record, expectedVersion, expectedLastHash }, index) => ({ kind, record, entry: entries[index]!, expectedVersion, expectedLastHash }));
}

interface PlannedWrite extends Omit<PreparedWrite, 'entry'> {
  entry: Omit<HistoryEntry, 'hash' | 'prevHash'>;
  /** The canonical JSON of the record as stored, for its hash. */
  recordJson: string;
}

function planWrite(schemas: SchemaMap, request: WriteRequest, current: CurrentState, archive: boolean, settings: WriteSettings): PlannedWrite {
  const { kind } = request;
  // What is stored is the parsed record (fields the schema does not know refused, limits checked first),
  // copied, so nothing of the caller's value (getters, prototypes, shared references) reaches the store.
  const checked = checkRecord(schemas, kind, request.record, 'write', settings.limits);
  if (!checked.ok) throw new InvalidRecordError(kind, idForMessage(request.record), checked.violations);
  const parsed = checked.record;
  const storedVersion = current.record?.version ?? 0;
  if (storedVersion !== parsed.version) throw new ConflictError(kind, parsed.id, structuredClone(request.record), current.record ? structuredClone(current.record) : undefined);
  const { record, recordJson } = storedCopy(parsed, archive ? { version: parsed.version + 1, archived: true } : { version: parsed.version + 1 });
  const entry: PlannedWrite['entry'] = {
    id: historyEntryId(kind, record.id, record.version),
    recordKind: kind,
    recordId: record.id,
    seq: record.version,
    at: record.updatedAt,
    by: record.updatedBy,
    action: request.action ?? (archive ? 'record.archived' : current.record ? 'record.updated' : 'record.created'),
    changes: diffRecords(current.record, record),
  };
  if (request.comment !== undefined) entry.comment = request.comment;
  // A record stored before histories existed starts its chain here, and says so (one genesis per chain).
  if (current.record && !current.lastEntry) entry.genesis = 'migrated';
  if (request.importedHead !== undefined) entry.importedHead = request.importedHead;
  return { kind, record, entry, recordJson, expectedVersion: storedVersion, expectedLastHash: current.lastEntry?.hash ?? null };
}

/**
 * The record to store (the parsed one copied, with the version the write produces, archived by an archive)
 * and its canonical JSON, in one walk where the record is plain data (see canonicalCopy), else copied and
 * serialized apart as before.
 */
function storedCopy(parsed: StoredRecord, overrides: Partial<StoredRecord>): { record: StoredRecord; recordJson: string } {
  const sorted = canonicalCopy(parsed, overrides);
  if (sorted) return { record: sorted.copy, recordJson: sorted.json };
  const record: StoredRecord = { ...structuredClone(parsed), ...overrides };
  return { record, recordJson: canonicalJson(record) };
}

/**
 * The id of the history entry a write produces: one per record version. So the entry of the version a
 * store holds now is the record's last entry (unless the record predates history: layout 1).
 */
export function historyEntryId(kind: RecordKind, id: string, version: number): string {
  return `${historyEntryPrefix(kind, id)}${version}`;
}

/** What the ids of a record's history entries begin with (so they are one range of ids). */
export function historyEntryPrefix(kind: RecordKind, id: string): string {
  return `${kind}.${id}.`;
}

/**
 * Refuses, before anything is read, a write whose record is not even an object with an id (null, a
 * string, an array, an id that is not an id): the store would fail on it as a key, with an untyped error.
 */
export function assertKeyed(schemas: SchemaMap, writes: readonly WriteRequest[]): void {
  for (const write of writes) {
    const record: unknown = write?.record;
    const id = typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && IdSchema.safeParse(id).success) continue;
    const checked = checkRecord(schemas, write.kind, record, 'write');
    throw new InvalidRecordError(write.kind, idForMessage(record), checked.ok ? [violation('value.invalid', ['id'])] : checked.violations);
  }
}

/** Refuses two writes of one record in one transaction: the second would be stale by construction. */
export function assertDistinct(writes: readonly WriteRequest[]): void {
  // The ids seen, per kind: no `kind/id` string built and hashed per write (a bulk write has 10 000).
  const seen = new Map<RecordKind, Set<string>>();
  for (const write of writes) {
    let ids = seen.get(write.kind);
    if (!ids) seen.set(write.kind, (ids = new Set()));
    if (ids.has(write.record.id)) throw new InvalidRecordError(write.kind, write.record.id, [{ code: 'storage.duplicate-write', path: [] }]);
    ids.add(write.record.id);
  }
}

/** A record's id for an error message, whatever the value offered (it may be anything). */
function idForMessage(record: unknown): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : '(no id)';
}

/**
 * A history entry as a store holds it. `sealedChanges` and `sealedComment` are never stored: only an
 * encrypting adapter adds them when it shows an entry decrypted. On a stored row they could only have been
 * put there by hand, and the hash would then cover them instead of the changes shown: dropped, so the hash
 * is checked against what is shown.
 */
export function asStoredEntry(entry: HistoryEntry): HistoryEntry {
  if (entry.sealedChanges === undefined && entry.sealedComment === undefined) return entry;
  const { sealedChanges: _changes, sealedComment: _comment, ...stored } = entry;
  return stored;
}
