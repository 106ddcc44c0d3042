// A small in-memory StorageAdapter for the visitation machine tests, used until
// src/storage/memory-adapter.ts lands. It keeps the contract the machines rely on: the version read is
// checked on every write (stale → ConflictError with attempted and current, nothing written),
// validation with the record schemas, deep copies in and out, lists by case/child/plan, a history
// entry per write, and watch notifications shared by instances with the same name (two tabs).
// `failNextWrite(error)` makes the next write fail, to test what the user keeps.
import * as z from 'zod/mini';
import type { ChangeListener, ListQuery, ListResult, StorageAdapter, WriteOptions, WriteRequest } from '../../../src/storage/adapter.js';
import { ConflictError, InvalidRecordError } from '../../../src/storage/errors.js';
import type { StoredRecord } from '../../../src/model/record.js';
import type { HistoryEntry } from '../../../src/model/history.js';
import { recordSchemas } from '../../../src/model/records.js';
import { violationsFromIssues } from '../../../src/model/shared/zod-violations.js';

interface SharedStore {
  records: Map<string, StoredRecord>;
  history: Map<string, HistoryEntry[]>;
  listeners: Set<{ owner: VisitationStorageDouble; listener: ChangeListener }>;
}

const stores = new Map<string, SharedStore>();

export class VisitationStorageDouble implements StorageAdapter {
  readonly persistent = false;
  private readonly store: SharedStore;
  private nextWriteError: unknown;
  writes = 0;

  constructor(readonly name = `visitation-double-${Math.random()}`) {
    const existing = stores.get(name);
    this.store = existing ?? { records: new Map(), history: new Map(), listeners: new Set() };
    stores.set(name, this.store);
  }

  failNextWrite(error: unknown): void {
    this.nextWriteError = error;
  }

  async get<T extends StoredRecord>(kind: string, id: string): Promise<T | undefined> {
    const record = this.store.records.get(`${kind}/${id}`);
    return record ? (structuredClone(record) as T) : undefined;
  }

  async list<T extends StoredRecord>(kind: string, query: ListQuery = {}): Promise<ListResult<T>> {
    const records = [...this.store.records.entries()]
      .filter(([key]) => key.startsWith(`${kind}/`))
      .map(([, record]) => record)
      .filter((record) => query.caseId === undefined || record.caseId === query.caseId)
      .filter((record) => query.childId === undefined || record.childId === query.childId)
      .filter((record) => query.planId === undefined || record.planId === query.planId)
      .filter((record) => query.includeArchived || !record.archived);
    return { records: structuredClone(records) as T[], corrupt: [] };
  }

  private check(request: WriteRequest): StoredRecord {
    const schema = (recordSchemas as Record<string, z.ZodMiniType>)[request.kind];
    if (schema) {
      const result = z.safeParse(schema, request.record);
      if (!result.success) throw new InvalidRecordError(request.kind, request.record.id, violationsFromIssues(result.error.issues));
    }
    const current = this.store.records.get(`${request.kind}/${request.record.id}`);
    if ((current?.version ?? 0) !== request.record.version) {
      throw new ConflictError(request.kind, request.record.id, structuredClone(request.record), current ? structuredClone(current) : undefined);
    }
    return { ...structuredClone(request.record), version: request.record.version + 1 };
  }

  async transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    await Promise.resolve();
    if (this.nextWriteError !== undefined) {
      const error = this.nextWriteError;
      this.nextWriteError = undefined;
      throw error;
    }
    const stored = writes.map((write) => this.check(write));
    this.writes += 1;
    writes.forEach((write, index) => {
      const record = stored[index]!;
      const key = `${write.kind}/${record.id}`;
      this.store.records.set(key, record);
      const entries = this.store.history.get(key) ?? [];
      entries.push({
        id: `${key}#${record.version}`,
        recordKind: write.kind,
        recordId: record.id,
        seq: record.version,
        at: record.updatedAt,
        by: record.updatedBy,
        action: write.action ?? 'record.updated',
        changes: [],
        prevHash: null,
        hash: '',
      });
      this.store.history.set(key, entries);
      for (const { owner, listener } of this.store.listeners) {
        const change = { kind: write.kind, id: record.id, version: record.version, archived: record.archived === true, origin: owner === this ? ('local' as const) : ('remote' as const) };
        queueMicrotask(() => listener(change));
      }
    });
    return structuredClone(stored);
  }

  async put<T extends StoredRecord>(kind: string, record: T, options: WriteOptions = {}): Promise<T> {
    const [stored] = await this.transaction([{ kind, record, ...options }]);
    return stored as T;
  }

  async archive<T extends StoredRecord>(kind: string, record: T, options: WriteOptions = {}): Promise<T> {
    return this.put(kind, { ...record, archived: true }, options);
  }

  async history(kind: string, id: string): Promise<HistoryEntry[]> {
    return structuredClone(this.store.history.get(`${kind}/${id}`) ?? []);
  }

  watch(listener: ChangeListener): () => void {
    const entry = { owner: this, listener };
    this.store.listeners.add(entry);
    return () => {
      this.store.listeners.delete(entry);
    };
  }

  async close(): Promise<void> {}
}
