import Dexie, { type Table } from 'dexie';
import type { HistoryEntry } from '../model/history.js';
import type { StoredRecord } from '../model/record.js';
import type { ChangeListener, ListQuery, ListResult, RecordKind, StorageAdapter, StorageChange, Unsubscribe, WriteOptions, WriteRequest } from './adapter.js';
import type { RecordRow } from './dexie-schema.js';
import { retryOnceOnClosedConnection } from './dexie-connection.js';
import { acquireConnection, releaseConnection, type DexieConnection, type IndexedDBDependencies } from './shared-connection.js';
import { ConflictError, CorruptRecordError, StorageError } from './errors.js';
import { ListenerSet } from './listeners.js';
import { toStorageError } from './map-error.js';
import { matchesQuery } from './matches.js';
import { instantOf, newestOf } from './newest.js';
import { checkRecord, defaultSchemas, readyToCheck, type SchemaMap } from './validate.js';
import { sliceTimer } from './yield-to-page.js';
import { verifyHistory, type HistoryVerdict } from '../model/history-chain.js';
import { readLimitsOf, type ValueLimits } from '../model/value-limits.js';
import { asStoredEntry, assertDistinct, assertKeyed, verifySettings, writeSettingsOf, historyEntryId, historyEntryPrefix, prepareWrites, type CurrentState, type WriteSettings } from './write-plan.js';

export interface DexieStorageOptions extends WriteSettings {
  /** The IndexedDB database name; one per host application is usual. */
  databaseName?: string;
  schemas?: SchemaMap;
  /** Another IndexedDB implementation (tests inject an unavailable one). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * The default adapter: records in IndexedDB through Dexie, validated on every read and write,
 * optimistic versions, all-or-nothing transactions, a hash-chained history, and changes from other
 * tabs reported through a BroadcastChannel (one per connection, see ChangeChannel).
 */
export class DexieStorageAdapter implements StorageAdapter {
  readonly name = 'indexeddb';
  readonly persistent = true;
  readonly databaseName: string;
  private readonly schemas: SchemaMap;
  private readonly settings: WriteSettings;
  /** Records are read under the host's limits or the defaults, whichever is larger (readLimitsOf). */
  private readonly readLimits: ValueLimits;
  private readonly dependencies: IndexedDBDependencies | undefined;
  private readonly listeners = new ListenerSet();
  private readonly instanceId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  /** Whether this adapter hears of other adapters' writes on its connection's channel (from its first watch()). */
  private hearing = false;
  /** The connection this adapter holds (shared with the page's other adapters on the database), from its first call to close(). */
  private held: DexieConnection | undefined;
  /** Set when local data was cleared under this adapter: it refuses every later call, even after close(). */
  private cleared = false;

  constructor(options: DexieStorageOptions = {}) {
    this.databaseName = options.databaseName ?? 'caseplan-elements';
    this.schemas = options.schemas ?? defaultSchemas;
    this.settings = writeSettingsOf(options);
    this.readLimits = readLimitsOf(options.limits);
    this.dependencies = options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange ?? IDBKeyRange } : undefined;
  }

  private get connection(): DexieConnection {
    this.held ??= acquireConnection(this.databaseName, this.dependencies);
    return this.held;
  }

  private get db(): Dexie {
    return this.connection.db;
  }

  private get records(): Table<RecordRow, [string, string]> {
    return this.db.table('records');
  }

  private get historyTable(): Table<HistoryEntry, string> {
    return this.db.table('history');
  }

  /**
   * Opens the database once per page (a second adapter on the same name shares the open connection);
   * refuses one written by a newer SDK instead of opening it silently.
   */
  open(): Promise<void> {
    if (this.cleared) return Promise.reject(new StorageError('cleared', `Local data was cleared: ${this.databaseName} is gone`));
    return this.connection.open();
  }

  async get<T extends StoredRecord>(kind: RecordKind, id: string): Promise<T | undefined> {
    const row = await this.read(() => this.records.get([kind, id]), 'Reading');
    if (!row) return undefined;
    const checked = checkRecord(this.schemas, kind, row.record, 'read', this.readLimits);
    if (!checked.ok) throw new CorruptRecordError(kind, id, checked.violations);
    return checked.record as T;
  }

  async list<T extends StoredRecord>(kind: RecordKind, query: ListQuery = {}): Promise<ListResult<T>> {
    const rows = await this.read(() => this.findRows(kind, query), 'Listing');
    const result: ListResult<T> = { records: [], corrupt: [] };
    // Checking 10 000 rows takes tens of milliseconds: in slices, so the page stays responsive.
    await readyToCheck(this.schemas, kind, rows.length);
    const slice = sliceTimer();
    for (const row of rows) {
      if (slice.due()) await slice.yieldToPage();
      const checked = checkRecord(this.schemas, kind, row.record, 'read', this.readLimits);
      if (!checked.ok) result.corrupt.push(new CorruptRecordError(kind, row.id, checked.violations));
      else if (matchesQuery(checked.record, query)) result.records.push(checked.record as T);
    }
    return result;
  }

  private findRows(kind: RecordKind, query: ListQuery): Promise<RecordRow[]> {
    const scope = listScope(kind, query);
    if (scope && query.newest !== undefined) return this.newestRows(kind, scope, query);
    if (scope) return this.records.where(scope.index).between([kind, scope.value, Dexie.minKey], [kind, scope.value, Dexie.maxKey]).toArray();
    const rows = this.records.where('[kind+id]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).toArray();
    return query.newest === undefined ? rows : rows.then((all) => newestRowsOf(all, query));
  }

  /**
   * A first page from the index in time order: newest first, read until `newest` rows match the query
   * (archived ones skipped unless asked), then every row of the same instant as the last (see newestOf).
   */
  private async newestRows(kind: RecordKind, scope: ListScope, query: ListQuery): Promise<RecordRow[]> {
    const wanted = query.newest!;
    if (wanted <= 0) return [];
    const matches = (row: RecordRow) => rowMatches(row, query);
    const newestFirst = this.records.where(scope.index).between([kind, scope.value, Dexie.minKey], [kind, scope.value, Dexie.maxKey]).reverse();
    // A filter makes Dexie step a cursor row by row (about 3x slower for a log's first page): left out when
    // the index already answers the whole query (its one scope, archived records included).
    const rows = await (indexAnswers(query) ? newestFirst : newestFirst.filter(matches)).limit(wanted).toArray();
    if (rows.length < wanted) return rows;
    const last = rows.at(-1)!.at;
    const seen = new Set(rows.map((row) => row.id));
    const ties = await this.records.where(scope.index).equals([kind, scope.value, last]).filter(matches).toArray();
    return rows.concat(ties.filter((row) => !seen.has(row.id)));
  }

  async put<T extends StoredRecord>(kind: RecordKind, record: T, options: WriteOptions = {}): Promise<T> {
    const [stored] = await this.commit([{ ...options, kind, record }], false);
    return stored as T;
  }

  async archive<T extends StoredRecord>(kind: RecordKind, record: T, options: WriteOptions = {}): Promise<T> {
    const [stored] = await this.commit([{ ...options, kind, record }], true);
    return stored as T;
  }

  transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    return this.commit(writes, false);
  }

  async history(kind: RecordKind, id: string): Promise<HistoryEntry[]> {
    return this.read(() => this.entriesOf(kind, id), 'Reading history');
  }

  /**
   * A record's history entries, oldest first. Their ids (`kind.id.version`) all begin with `kind.id.`,
   * so they are one range of the primary key; a record whose id continues that prefix (`id.2`) shares
   * the range, so entries are kept by their record fields, and sorted by number (`.10` after `.9`).
   */
  private async entriesOf(kind: RecordKind, id: string): Promise<HistoryEntry[]> {
    const prefix = historyEntryPrefix(kind, id);
    const entries = await this.historyTable.where('id').between(prefix, `${prefix}\uffff`, true, true).toArray();
    return entries
      .filter((entry) => entry.recordKind === kind && entry.recordId === id)
      .sort((a, b) => a.seq - b.seq)
      .map(asStoredEntry);
  }

  /** The stored row and its history read together, checked under the history key (see StorageAdapter). */
  async verifyHistory(kind: RecordKind, id: string): Promise<HistoryVerdict> {
    const [row, entries] = await this.read(() => this.db.transaction('r', this.records, this.historyTable, () => Promise.all([this.records.get([kind, id]), this.entriesOf(kind, id)])), 'Verifying');
    const record = row?.record as StoredRecord | undefined;
    return verifyHistory(entries, { ...(record ? { record } : {}), ...verifySettings(this.settings) });
  }

  watch(listener: ChangeListener): Unsubscribe {
    this.hearOthers();
    return this.listeners.add(listener);
  }

  /** Stops this adapter; the connection closes once no other adapter of the page holds it. */
  async close(): Promise<void> {
    this.listeners.clear();
    const held = this.held;
    this.held = undefined;
    this.hearing = false;
    if (!held) return;
    held.changes.stopHearing(this.instanceId);
    if (held.cleared) this.cleared = true;
    releaseConnection(held);
  }

  /**
   * What the store holds for each write, read in one read-only transaction with bulk requests (no await
   * per record): the rows, then the last history entry of each stored record by its id (the entry of the
   * version stored). Only a record whose entry is not there (one from layout 1, which had no history) is
   * looked up by range. A large batch first asks which of its keys exist (keys only, one request per
   * kind), so a bulk import of new records reads no row at all.
   */
  private readCurrents(writes: readonly WriteRequest[]): Promise<CurrentState[]> {
    return this.db.transaction('r', this.records, this.historyTable, async () => {
      const stored = await this.storedKeys(writes);
      const present = writes.flatMap((write, index) => (stored(write) ? [index] : []));
      const rows = await this.records.bulkGet(present.map((index) => [writes[index]!.kind, writes[index]!.record.id]));
      const records: (StoredRecord | undefined)[] = writes.map(() => undefined);
      for (const [position, index] of present.entries()) records[index] = rows[position]?.record as StoredRecord | undefined;
      const lookups = present.filter((index) => records[index] !== undefined);
      const found = await this.historyTable.bulkGet(lookups.map((index) => historyEntryId(writes[index]!.kind, writes[index]!.record.id, records[index]!.version)));
      const lastEntries: (HistoryEntry | undefined)[] = writes.map(() => undefined);
      const missing: number[] = [];
      for (const [position, index] of lookups.entries()) {
        if (found[position]) lastEntries[index] = found[position];
        else missing.push(index);
      }
      await Promise.all(
        missing.map(async (index) => {
          const { kind, record } = writes[index]!;
          lastEntries[index] = (await this.entriesOf(kind, record.id)).at(-1);
        }),
      );
      return records.map((record, index) => ({ record, lastEntry: lastEntries[index] }));
    });
  }

  /** Which writes may find a stored row: all of a small batch; for a large one, the keys that exist. */
  private async storedKeys(writes: readonly WriteRequest[]): Promise<(write: WriteRequest) => boolean> {
    if (writes.length < KEY_PROBE_THRESHOLD) return () => true;
    const ranges = new Map<RecordKind, { low: string; high: string }>();
    for (const { kind, record } of writes) {
      const range = ranges.get(kind);
      if (!range) ranges.set(kind, { low: record.id, high: record.id });
      else if (record.id < range.low) range.low = record.id;
      else if (record.id > range.high) range.high = record.id;
    }
    // Keys only, and no more than a few per write: a range crowded with other records is read row by row.
    const limit = writes.length * 4;
    // The ids stored, per kind (no `kind/id` string built per key and per write).
    const existing = new Map<RecordKind, Set<string>>();
    let crowded = false;
    await Promise.all(
      [...ranges].map(async ([kind, { low, high }]) => {
        const keys = await this.records.where('[kind+id]').between([kind, low], [kind, high], true, true).limit(limit).primaryKeys();
        if (keys.length === limit) crowded = true;
        existing.set(kind, new Set(keys.map(([, id]) => id)));
      }),
    );
    return crowded ? () => true : (write) => existing.get(write.kind)?.has(write.record.id) === true;
  }

  private async commit(writes: WriteRequest[], archive: boolean): Promise<StoredRecord[]> {
    await this.open();
    assertKeyed(this.schemas, writes);
    assertDistinct(writes);
    // Hashing is asynchronous WebCrypto work, which must not run inside an IndexedDB transaction
    // (the transaction would commit early): read and prepare first, then write in one transaction.
    const currents = await this.guard(() => this.readCurrents(writes), 'Reading');
    const prepared = await prepareWrites(this.schemas, writes, currents, archive, this.settings);
    // Another tab may have written one of these records since they were read. Each write adds the
    // history entry of the version it produces (`kind.id.version`, unique), and any write committed
    // since the read produced that very version first: so the add itself is the version check, with no
    // second read of the rows. It fails with a ConstraintError, the whole transaction is undone, and the
    // write is refused with a ConflictError carrying the record now stored.
    try {
      await this.guard(
        () =>
          this.db.transaction('rw', this.records, this.historyTable, () =>
            Promise.all([this.records.bulkPut(prepared.map((write) => toRow(write.kind, write.record))), this.historyTable.bulkAdd(prepared.map((write) => write.entry))]),
          ),
        'Saving',
      );
    } catch (error) {
      const position = conflictPosition(error);
      if (position === undefined) throw error;
      const write = prepared[position]!;
      const row = await this.guard(() => this.records.get([write.kind, write.record.id]), 'Reading');
      throw new ConflictError(write.kind, write.record.id, structuredClone(writes[position]!.record), row?.record as StoredRecord | undefined);
    }
    this.announce(prepared.map((write) => ({ kind: write.kind, id: write.record.id, version: write.record.version, archived: write.record.archived === true })));
    // Each prepared record is a copy of its own (parsed, then cloned): the store took clones of it and of its
    // entry, so the caller gets it without another copy (a second clone of 10 000 records cost ~0.2 s).
    return prepared.map((write) => write.record);
  }

  /** Each change to this instance's watchers; to the other instances and tabs in one message. */
  private announce(changes: Omit<StorageChange, 'origin'>[]): void {
    if (!this.listeners.empty) for (const change of changes) this.listeners.notify({ ...change, origin: 'local' });
    this.connection.changes.announce(this.instanceId, changes);
  }

  /** Other instances on this page and other tabs of the origin: heard through the connection's one channel. */
  private hearOthers(): void {
    if (this.hearing) return;
    this.hearing = true;
    this.connection.changes.hear(this.instanceId, (changes) => {
      for (const change of changes) this.listeners.notify({ ...change, origin: 'remote' });
    });
  }

  /** Opens a new connection even if this adapter thinks it has one (it was closed under a call). */
  private reopen(): Promise<void> {
    if (this.cleared) return this.open();
    return this.connection.reopen();
  }

  /**
   * A read, started as soon as the database is open, beside the schema marker's check (not a round trip
   * after it); what it read is handed back only once the check has passed (see DexieConnection.besideCheck).
   */
  private read<R>(work: () => Promise<R>, during: string): Promise<R> {
    if (this.cleared) return Promise.reject(new StorageError('cleared', `Local data was cleared: ${this.databaseName} is gone`));
    return this.connection.besideCheck(() => this.guard(work, during));
  }

  private async guard<R>(work: () => Promise<R>, during: string): Promise<R> {
    try {
      // Another tab's upgrade or clearLocalData() closed the connection: open it again, run once more.
      return await retryOnceOnClosedConnection(this.db, work, () => this.reopen());
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw toStorageError(error, `${during} in ${this.databaseName}`);
    }
  }
}

/** From this many writes on, a transaction asks which keys exist (one request) before reading rows. */
const KEY_PROBE_THRESHOLD = 64;

/** The position of the first write whose history entry already existed (a ConstraintError in bulkAdd). */
function conflictPosition(error: unknown): number | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const failures = (current as { failuresByPos?: Record<number, { name?: string } | undefined> }).failuresByPos;
    if (failures) {
      const positions = Object.keys(failures)
        .map(Number)
        .filter((position) => failures[position]?.name === 'ConstraintError');
      return positions.reduce<number | undefined>((first, position) => (first === undefined || position < first ? position : first), undefined);
    }
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A row the query asks for; a row whose record is not even an object is kept, to be reported corrupt. */
function rowMatches(row: RecordRow, query: ListQuery): boolean {
  return typeof row.record !== 'object' || row.record === null || matchesQuery(row.record as StoredRecord, query);
}

/** `newest` over rows already read (a list of a kind's every record, which no time index covers). */
function newestRowsOf(rows: readonly RecordRow[], query: ListQuery): RecordRow[] {
  const byRecord = new Map(rows.filter((row) => rowMatches(row, query)).map((row) => [row.record as StoredRecord, row]));
  return newestOf([...byRecord.keys()], query.newest!).map((record) => byRecord.get(record)!);
}

/** Whether the list's index alone selects exactly the query's records: one scope asked, archived ones included. */
function indexAnswers(query: ListQuery): boolean {
  const scopes = [query.caseId, query.childId, query.planId].filter((value) => value !== undefined).length;
  return scopes === 1 && query.includeArchived === true;
}

interface ListScope {
  index: string;
  value: string;
}

/** The index a list reads: by plan, else child, else case (undefined: the kind's every record). */
function listScope(kind: RecordKind, query: ListQuery): ListScope | undefined {
  if (query.planId !== undefined) return { index: '[kind+planId+at]', value: query.planId };
  if (query.childId !== undefined) return { index: '[kind+childId+at]', value: query.childId };
  if (query.caseId !== undefined) return { index: '[kind+caseId+at]', value: query.caseId };
  return undefined;
}

function toRow(kind: RecordKind, record: StoredRecord): RecordRow {
  const row: RecordRow = { kind, id: record.id, at: instantOf(record), record };
  if (record.caseId !== undefined) row.caseId = record.caseId;
  if (record.childId !== undefined) row.childId = record.childId;
  if (record.planId !== undefined) row.planId = record.planId;
  return row;
}
