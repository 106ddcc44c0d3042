import { diffRecords } from '../model/history-diff.js';
import type { HistoryEntry } from '../model/history.js';
import type { StoredRecord } from '../model/record.js';
import type { ChangeListener, ListQuery, ListResult, RecordKind, StorageAdapter, Unsubscribe, WriteOptions, WriteRequest } from './adapter.js';
import type { HistoryVerdict } from '../model/history-chain.js';
import { readLimitsOf, type ValueLimits } from '../model/value-limits.js';
import { violation } from '../model/shared/violation.js';
import { clearFields, clearValuesOf, openJson, sealJson, type ClearValues, type EncryptedEnvelope } from './encrypted-envelope.js';
import { ConflictError, CorruptRecordError, InvalidRecordError } from './errors.js';
import { instantOf, newestOf } from './newest.js';
import { checkRecord, defaultSchemas, type SchemaMap } from './validate.js';
import { sliceTimer } from './yield-to-page.js';

export interface EncryptingStorageOptions {
  /** An AES-GCM CryptoKey the host supplies (e.g. derived at sign-in); never stored by the SDK. */
  key: CryptoKey;
  /** The schemas records are checked against before encryption and after decryption. */
  schemas?: SchemaMap;
  /** Depth and size limits on records written (defaults: DEFAULT_VALUE_LIMITS). */
  limits?: ValueLimits;
}

const sealedCommentPrefix = 'aes-gcm:';
/** How many envelopes a list decrypts side by side before the page may get a turn. */
const DECRYPT_BATCH = 256;
/** Envelope fields whose changes the readable history replaces by the decrypted field changes. */
const sealedFields = new Set(['iv', 'ciphertext', 'encryption', 'aad']);

/**
 * The envelope's clear fields after each history entry, replayed from the entries alone (the first entry
 * lists every field; later ones what changed; version, updatedAt and updatedBy are the entry's seq, at
 * and by): what the AAD of the body each entry stored bound, so the history decrypts without the row.
 */
function replayEnvelope(before: Record<string, unknown>, entry: HistoryEntry): Record<string, unknown> {
  const state = { ...before };
  for (const change of entry.changes) {
    if (change.path.includes('.')) continue;
    if (change.after === undefined) delete state[change.path];
    else state[change.path] = change.after;
  }
  return { ...state, id: entry.recordId, version: entry.seq, updatedAt: entry.at, updatedBy: entry.by };
}

/** The sealed body a history entry's write stored, from its recorded change of the ciphertext. */
function sealedBodyAfter(entry: HistoryEntry): { iv: string; ciphertext: string } | undefined {
  const iv = entry.changes.find((change) => change.path === 'iv')?.after;
  const ciphertext = entry.changes.find((change) => change.path === 'ciphertext')?.after;
  return typeof iv === 'string' && typeof ciphertext === 'string' ? { iv, ciphertext } : undefined;
}

/**
 * Wraps any adapter so record bodies are stored encrypted (AES-GCM, a random IV per write) under the
 * host's key. Ids, version, case/child/plan ids, archived and who/when stay clear for lookups, version
 * checks and the history chain. The inner adapter must accept envelopes: create it with
 * `schemas: encryptedEnvelopeSchemas`. History comments are sealed too; field changes in the history
 * are changes of the ciphertext, so the history holds no plaintext either.
 */
export class EncryptingStorageAdapter implements StorageAdapter {
  readonly name: string;
  readonly persistent: boolean;
  private readonly key: CryptoKey;
  private readonly schemas: SchemaMap;
  private readonly limits: ValueLimits | undefined;
  /** Records are read under the host's limits or the defaults, whichever is larger (readLimitsOf). */
  private readonly readLimits: ValueLimits;

  constructor(
    private readonly inner: StorageAdapter,
    options: EncryptingStorageOptions,
  ) {
    this.name = `encrypted ${inner.name}`;
    this.persistent = inner.persistent;
    this.key = options.key;
    this.schemas = options.schemas ?? defaultSchemas;
    this.limits = options.limits;
    this.readLimits = readLimitsOf(options.limits);
  }

  async get<T extends StoredRecord>(kind: RecordKind, id: string): Promise<T | undefined> {
    const envelope = await this.inner.get<EncryptedEnvelope>(kind, id);
    return envelope ? ((await this.open(kind, envelope)) as T) : undefined;
  }

  /**
   * When a contact took place is in its sealed body, and an index of it (or any order token) in the inner
   * store would reveal it in clear. So `newest` reads the inner store's newest envelopes by what is clear:
   * an envelope marked `boundedByCreation` took place no later than its clear `createdAt`; any other
   * (logged before it took place, or written by an earlier release) sorts first. Envelopes are read and
   * decrypted in that order, a few more each round, until the page's last record took place after every
   * envelope not yet read was created: those can only be older. A log kept as visits happen decrypts its
   * first page and little more; records all created at one instant (a bulk import) are all decrypted.
   */
  async list<T extends StoredRecord>(kind: RecordKind, query: ListQuery = {}): Promise<ListResult<T>> {
    const { newest, ...inScope } = query;
    if (newest === undefined) return this.openAll<T>(kind, await this.inner.list<EncryptedEnvelope>(kind, inScope));
    if (newest <= 0) return { records: [], corrupt: [] };
    // Twice the page at first: the page's last record took place before the last one read was created (it
    // was logged afterwards), so reading just the page is rarely enough to be certain of it.
    let asked = newest * 2;
    const opened = new Map<string, T | CorruptRecordError>();
    for (;;) {
      const listed = await this.inner.list<EncryptedEnvelope>(kind, { ...inScope, newest: asked });
      const result = await this.openAll<T>(kind, listed, opened);
      const page = newestOf(result.records, newest);
      // Fewer rows than asked: every envelope in scope is read. (An inner store that ignores `newest` returns all.)
      if (listed.records.length + listed.corrupt.length < asked) return { ...result, records: page };
      // The inner store returned every envelope from some instant on: those not read were created before it.
      const unreadCreatedBefore = listed.records.reduce((earliest, envelope) => Math.min(earliest, instantOf(envelope)), Infinity);
      if (page.length >= newest && instantOf(page.at(-1)) >= unreadCreatedBefore) return { ...result, records: page };
      asked *= 2;
    }
  }

  /**
   * Every listed envelope decrypted (those in `opened` not again: same id, version and IV), side by side:
   * WebCrypto decrypts on another thread, so the batch waits once, not once per record. A corrupt one is
   * reported apart.
   */
  private async openAll<T extends StoredRecord>(kind: RecordKind, listed: ListResult<EncryptedEnvelope>, opened = new Map<string, T | CorruptRecordError>()): Promise<ListResult<T>> {
    const keyOf = (envelope: EncryptedEnvelope) => `${envelope.id}/${envelope.version}/${envelope.iv}`;
    const unopened = listed.records.filter((envelope) => !opened.has(keyOf(envelope)));
    // In batches, the page getting a turn between them once a slice has run out: 10 000 answers queued at
    // once would hold back the page's own work (the first rows on screen) until all were handled.
    const slice = sliceTimer();
    for (let start = 0; start < unopened.length; start += DECRYPT_BATCH) {
      if (slice.due()) await slice.yieldToPage();
      await Promise.all(
        unopened.slice(start, start + DECRYPT_BATCH).map(async (envelope) => {
          try {
            opened.set(keyOf(envelope), (await this.open(kind, envelope)) as T);
          } catch (error) {
            // A body that decrypts but no longer matches its schema is reported apart, like any corrupt record.
            if (!(error instanceof CorruptRecordError)) throw error;
            opened.set(keyOf(envelope), error);
          }
        }),
      );
    }
    const result: ListResult<T> = { records: [], corrupt: [...listed.corrupt] };
    for (const envelope of listed.records) {
      const value = opened.get(keyOf(envelope))!;
      if (value instanceof CorruptRecordError) result.corrupt.push(value);
      else result.records.push(value);
    }
    return result;
  }

  async put<T extends StoredRecord>(kind: RecordKind, record: T, options: WriteOptions = {}): Promise<T> {
    const [envelope, sealedOptions] = [await this.seal(kind, record, false), await this.sealOptions(kind, record.id, options)];
    const stored = await this.translateConflict(kind, record, () => this.inner.put(kind, envelope, sealedOptions));
    return withClearFields(asRead(envelope), stored) as T;
  }

  async archive<T extends StoredRecord>(kind: RecordKind, record: T, options: WriteOptions = {}): Promise<T> {
    const [envelope, sealedOptions] = [await this.seal(kind, record, true), await this.sealOptions(kind, record.id, options)];
    const stored = await this.translateConflict(kind, record, () => this.inner.archive(kind, envelope, sealedOptions));
    return withClearFields(asRead(envelope), stored) as T;
  }

  async transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    const sealed: WriteRequest[] = [];
    for (const write of writes) {
      const { kind, record, ...options } = write;
      // Sealed first: it validates the record (which may not even have an id) before anything reads it.
      const envelope = await this.seal(kind, record, false);
      sealed.push({ ...(await this.sealOptions(kind, envelope.id, options)), kind, record: envelope });
    }
    try {
      const stored = await this.inner.transaction(sealed);
      return stored.map((envelope, index) => withClearFields(asRead(sealed[index]!.record as EncryptedEnvelope), envelope));
    } catch (error) {
      if (error instanceof ConflictError) {
        const attempted = writes.find((write) => write.kind === error.kind && write.record.id === error.id)?.record;
        if (attempted) throw await this.conflictInClear(error, attempted);
      }
      throw error;
    }
  }

  /**
   * The history to show: each entry with its comment and its field changes decrypted (worked out from the
   * sealed bodies before and after), carrying the sealed ones as stored so verifyHistory() checks the chain.
   */
  async history(kind: RecordKind, id: string): Promise<HistoryEntry[]> {
    const stored = await this.inner.history(kind, id);
    const readable: HistoryEntry[] = [];
    let before: unknown;
    let envelope: Record<string, unknown> = {};
    for (const entry of stored) {
      envelope = replayEnvelope(envelope, entry);
      const sealedAfter = sealedBodyAfter(entry);
      const clear = envelope.aad === 2 ? clearValuesOf(envelope) : undefined;
      const after = sealedAfter ? await openJson(this.key, kind, id, sealedAfter, clear) : before;
      const bodyChanges = diffRecords(before, after);
      const paths = new Set(bodyChanges.map((change) => change.path));
      // Clear fields the body does not show changing (archived on archive) come from the stored entry.
      const changes = bodyChanges.concat(entry.changes.filter((change) => !sealedFields.has(change.path) && !paths.has(change.path)));
      const comment = await this.readComment(entry);
      const sealedComment = comment !== entry.comment ? { comment, sealedComment: entry.comment } : {};
      // The stored changes and comment ride along: the hash covers them, so verifyHistory() still holds.
      readable.push({ ...entry, ...sealedComment, changes, sealedChanges: entry.changes });
      before = after;
    }
    return readable;
  }

  private async readComment(entry: HistoryEntry): Promise<string | undefined> {
    if (entry.comment === undefined || !entry.comment.startsWith(sealedCommentPrefix)) return entry.comment;
    const [iv = '', ciphertext = ''] = entry.comment.slice(sealedCommentPrefix.length).split(':');
    const value = await openJson(this.key, `${entry.recordKind}#comment`, entry.recordId, { iv, ciphertext });
    return typeof value === 'string' ? value : undefined;
  }

  /** The inner store's verification: the chain as stored and the envelope row against its head. */
  async verifyHistory(kind: RecordKind, id: string): Promise<HistoryVerdict> {
    if (!this.inner.verifyHistory) throw new TypeError(`Storage ${this.inner.name} cannot verify histories`);
    return this.inner.verifyHistory(kind, id);
  }

  watch(listener: ChangeListener): Unsubscribe {
    return this.inner.watch(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /**
   * Validates the record in clear (an invalid one is refused before anything is encrypted), then seals
   * the parsed record as it will be stored (the version the write produces; archived by an archive), under
   * an AAD binding those clear fields. The envelope carries the version read at, as the inner store expects.
   */
  private async seal(kind: RecordKind, record: StoredRecord, archive: boolean): Promise<EncryptedEnvelope> {
    const checked = checkRecord(this.schemas, kind, record, 'write', this.limits);
    if (!checked.ok) throw new InvalidRecordError(kind, String((record as { id?: unknown } | null)?.id), checked.violations);
    const parsed = checked.record;
    const body: Record<string, unknown> = { ...parsed, version: parsed.version + 1 };
    if (archive) body.archived = true;
    const { iv, ciphertext } = await sealJson(this.key, kind, parsed.id, body, clearValuesOf(body));
    const bounded = isBoundedByCreation(body) ? { boundedByCreation: true as const } : {};
    const envelope = { ...clearValuesOf(parsed as unknown as Record<string, unknown>), encryption: 'AES-GCM', aad: 2, ...bounded, iv, ciphertext } as EncryptedEnvelope;
    sealedBodies.set(envelope, parsed);
    return envelope;
  }

  /**
   * Decrypts a stored envelope (its clear fields bound by the AAD) and checks every clear field against
   * the body: a field changed in clear, or an older body put back, is a CorruptRecordError.
   */
  private async open(kind: RecordKind, envelope: EncryptedEnvelope): Promise<StoredRecord> {
    const clear = clearValuesOf(envelope as unknown as Record<string, unknown>);
    const body = (await openJson(this.key, kind, envelope.id, envelope, envelope.aad === 2 ? clear : undefined)) as Record<string, unknown>;
    const mismatch = clearFieldMismatch(body, clear, envelope.aad === 2) ?? (envelope.boundedByCreation === true && !isBoundedByCreation(body) ? 'boundedByCreation' : undefined);
    if (mismatch) throw new CorruptRecordError(kind, envelope.id, [violation('storage.clear-field-mismatch', [mismatch])]);
    const checked = checkRecord(this.schemas, kind, withClearFields(body as unknown as StoredRecord, envelope), 'read', this.readLimits);
    if (!checked.ok) throw new CorruptRecordError(kind, envelope.id, checked.violations);
    return checked.record;
  }

  private async sealOptions(kind: RecordKind, id: string, options: WriteOptions): Promise<WriteOptions> {
    if (options.comment === undefined) return options;
    const { iv, ciphertext } = await sealJson(this.key, `${kind}#comment`, id, options.comment);
    return { ...options, comment: `${sealedCommentPrefix}${iv}:${ciphertext}` };
  }

  private async translateConflict<R>(kind: RecordKind, attempted: StoredRecord, write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof ConflictError && error.kind === kind && error.id === attempted.id) throw await this.conflictInClear(error, attempted);
      throw error;
    }
  }

  /** A conflict carries records the caller can compare: what it tried, and the stored one decrypted. */
  private async conflictInClear(error: ConflictError, attempted: StoredRecord): Promise<ConflictError> {
    const current = error.current ? await this.open(error.kind, error.current as EncryptedEnvelope) : undefined;
    return new ConflictError(error.kind, error.id, structuredClone(attempted), current);
  }
}

/**
 * Whether a record took place no later than it was created: then its clear `createdAt` bounds its sealed
 * time (see list). A record without a time of its own (no `occurredAt`) is placed by `createdAt` itself.
 */
function isBoundedByCreation(body: Record<string, unknown> | null): boolean {
  if (typeof body !== 'object' || body === null) return false;
  return instantOf(body) <= instantOf({ createdAt: body.createdAt });
}

/**
 * The first clear field that says something else than the decrypted body, if any. A body sealed by this
 * release carries the clear fields exactly as stored. One sealed by an earlier release carries the version
 * it was read at (one below the stored one) and no archived flag when archive() set it.
 */
function clearFieldMismatch(body: Record<string, unknown> | null, clear: ClearValues, exact: boolean): string | undefined {
  if (typeof body !== 'object' || body === null) return 'id';
  for (const field of clearFields) {
    const sealed = body[field];
    const shown = clear[field];
    if (!exact && field === 'version' && typeof sealed === 'number' && sealed + 1 === shown) continue;
    if (!exact && field === 'archived' && shown === true && sealed === undefined) continue;
    if (sealed !== shown) return field;
  }
  return undefined;
}

/** The record as stored: its body, with the clear fields (version, archived...) the store now holds. */
/** The parsed record each envelope was sealed from, so a write returns what a read will give back. */
const sealedBodies = new WeakMap<EncryptedEnvelope, StoredRecord>();

/**
 * The record as a read will return it: the parsed record, through the JSON the body is sealed in (so a
 * -0 reads back as 0, as it will after decrypting), not the object the caller passed.
 */
function asRead(envelope: EncryptedEnvelope): StoredRecord {
  return JSON.parse(JSON.stringify(sealedBodies.get(envelope))) as StoredRecord;
}

function withClearFields(body: StoredRecord, envelope: StoredRecord): StoredRecord {
  const record: Record<string, unknown> = { ...structuredClone(body) };
  for (const field of clearFields) {
    if (envelope[field] !== undefined) record[field] = envelope[field];
    else if (field === 'archived') delete record[field];
  }
  return record as unknown as StoredRecord;
}
