import type { HistoryEntry } from '../model/history.js';
import type { StoredRecord } from '../model/record.js';
import type { ChangeListener, ListQuery, ListResult, RecordKind, StorageAdapter, StorageChange, Unsubscribe, WriteOptions, WriteRequest } from './adapter.js';
import { ConflictError, CorruptRecordError, StorageError } from './errors.js';
import { ListenerSet } from './listeners.js';
import { matchesQuery } from './matches.js';
import { newestOf } from './newest.js';
import { checkRecord, defaultSchemas, type SchemaMap } from './validate.js';
import { verifyHistory, type HistoryVerdict } from '../model/history-chain.js';
import { readLimitsOf, type ValueLimits } from '../model/value-limits.js';
import { asStoredEntry, assertDistinct, assertKeyed, verifySettings, writeSettingsOf, prepareWrites, type WriteSettings } from './write-plan.js';

interface SharedMemory {
  records: Map<string, StoredRecord>;
  history: Map<string, HistoryEntry[]>;
  instances: Set<MemoryStorageAdapter>;
}

/** Memories shared by name, so two instances on one page behave like two tabs on one database. */
const namedMemories = new Map<string, SharedMemory>();
/** Every memory still in use on this page (named or not), so sign-out can empty them all. */
const liveMemories = new Set<SharedMemory>();

/**
 * Empties every memory store on this page, the memory fallback included (sign-out on a shared computer:
 * records kept in memory must not outlive the session either). Instances stay usable, empty.
 */
export function clearMemoryStores(): void {
  for (const memory of liveMemories) {
    memory.records.clear();
    memory.history.clear();
  }
}

export interface MemoryStorageOptions extends WriteSettings {
  /** Instances created with the same name share their records (like two tabs on one database). */
  name?: string;
  schemas?: SchemaMap;
  /** False (the default) says records are lost on reload, so the elements can warn the user. */
  persistent?: boolean;
}

const key = (kind: RecordKind, id: string) => `${kind}/${id}`;

/**
 * Records kept in memory: for tests, stories, and the fallback when IndexedDB cannot be used.
 * Same contract as the IndexedDB adapter (versions checked, all-or-nothing transactions, history).
 */
export class MemoryStorageAdapter implements StorageAdapter {
  readonly name: string;
  readonly persistent: boolean;
  private readonly schemas: SchemaMap;
  private readonly settings: WriteSettings;
  /** Records are read under the host's limits or the defaults, whichever is larger (readLimitsOf). */
  private readonly readLimits: ValueLimits;
  private readonly memory: SharedMemory;
  private readonly listeners = new ListenerSet();
  private closed = false;

  constructor(options: MemoryStorageOptions = {}) {
    this.name = options.name ?? 'memory';
    this.persistent = options.persistent ?? false;
    this.schemas = options.schemas ?? defaultSchemas;
    this.settings = writeSettingsOf(options);
    this.readLimits = readLimitsOf(options.limits);
    const shared = options.name ? namedMemories.get(options.name) : undefined;
    this.memory = shared ?? { records: new Map(), history: new Map(), instances: new Set() };
    if (options.name && !shared) namedMemories.set(options.name, this.memory);
    this.memory.instances.add(this);
    liveMemories.add(this.memory);
  }

  /** Stores raw values as they are, bypassing validation: for tests of corrupt data and for seeding. */
  seedRaw(kind: RecordKind, value: StoredRecord): void {
    this.memory.records.set(key(kind, value.id), structuredClone(value));
  }

  async get<T extends StoredRecord>(kind: RecordKind, id: string): Promise<T | undefined> {
    this.assertOpen();
    const raw = this.memory.records.get(key(kind, id));
    if (!raw) return undefined;
    const checked = checkRecord(this.schemas, kind, raw, 'read', this.readLimits);
    if (!checked.ok) throw new CorruptRecordError(kind, id, checked.violations);
    return structuredClone(checked.record) as T;
  }

  async list<T extends StoredRecord>(kind: RecordKind, query: ListQuery = {}): Promise<ListResult<T>> {
    this.assertOpen();
    const result: ListResult<T> = { records: [], corrupt: [] };
    for (const [recordKey, raw] of this.memory.records) {
      if (!recordKey.startsWith(`${kind}/`)) continue;
      const checked = checkRecord(this.schemas, kind, raw, 'read', this.readLimits);
      if (!checked.ok) {
        result.corrupt.push(new CorruptRecordError(kind, String((raw as { id?: unknown }).id), checked.violations));
        continue;
      }
      if (matchesQuery(checked.record, query)) result.records.push(structuredClone(checked.record) as T);
    }
    if (query.newest !== undefined) result.records = newestOf(result.records, query.newest);
    return result;
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
    this.assertOpen();
    return structuredClone(this.memory.history.get(key(kind, id)) ?? []).map(asStoredEntry);
  }

  /** Stores raw history entries as they are: for tests of tampered histories. */
  seedRawHistory(kind: RecordKind, id: string, entries: HistoryEntry[]): void {
    this.memory.history.set(key(kind, id), structuredClone(entries));
  }

  async verifyHistory(kind: RecordKind, id: string): Promise<HistoryVerdict> {
    this.assertOpen();
    const record = this.memory.records.get(key(kind, id));
    const entries = (this.memory.history.get(key(kind, id)) ?? []).map(asStoredEntry);
    return verifyHistory(entries, { ...(record ? { record } : {}), ...verifySettings(this.settings) });
  }

  watch(listener: ChangeListener): Unsubscribe {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    this.memory.instances.delete(this);
    // A named memory outlives its instances (a reopened instance finds it); an unnamed one is gone.
    if (this.memory.instances.size === 0 && ![...namedMemories.values()].includes(this.memory)) liveMemories.delete(this.memory);
  }

  private async commit(writes: WriteRequest[], archive: boolean): Promise<StoredRecord[]> {
    this.assertOpen();
    assertKeyed(this.schemas, writes);
    assertDistinct(writes);
    const currents = writes.map((write) => {
      const recordKey = key(write.kind, write.record.id);
      return { record: this.memory.records.get(recordKey), lastEntry: this.memory.history.get(recordKey)?.at(-1) };
    });
    const prepared = await prepareWrites(this.schemas, writes, currents, archive, this.settings);
    // Hashing awaited: check again that nobody wrote meanwhile, then apply all at once.
    for (const write of prepared) {
      const current = this.memory.records.get(key(write.kind, write.record.id));
      if ((current?.version ?? 0) !== write.expectedVersion) {
        const attempted = writes.find((request) => request.kind === write.kind && request.record.id === write.record.id)!.record;
        throw new ConflictError(write.kind, write.record.id, structuredClone(attempted), current ? structuredClone(current) : undefined);
      }
    }
    for (const write of prepared) {
      const recordKey = key(write.kind, write.record.id);
      this.memory.records.set(recordKey, structuredClone(write.record));
      this.memory.history.set(recordKey, [...(this.memory.history.get(recordKey) ?? []), write.entry]);
    }
    for (const write of prepared) this.broadcast({ kind: write.kind, id: write.record.id, version: write.record.version, archived: write.record.archived === true });
    return prepared.map((write) => structuredClone(write.record));
  }

  private broadcast(change: Omit<StorageChange, 'origin'>): void {
    for (const instance of this.memory.instances) {
      instance.listeners.notify({ ...change, origin: instance === this ? 'local' : 'remote' });
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('unavailable', `Storage ${this.name} is closed`);
  }
}
