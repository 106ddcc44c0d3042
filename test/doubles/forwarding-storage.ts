// The one storage double for tests and stories: forwards every StorageAdapter method to a real adapter
// (usually a MemoryStorageAdapter), so the contract (versions, conflicts, validation, history, watch) is
// the real one. A test or story overrides only the method whose behaviour it scripts: a failing write,
// a held read, a conflict with a scripted "theirs".
import type { ChangeListener, ListQuery, ListResult, StorageAdapter, Unsubscribe, WriteOptions, WriteRequest } from '../../src/storage/adapter.js';
import type { StoredRecord } from '../../src/model/record.js';
import type { HistoryEntry } from '../../src/model/history.js';
import type { HistoryVerdict } from '../../src/model/history-chain.js';

export class ForwardingStorage implements StorageAdapter {
  readonly name: string;
  readonly persistent: boolean;
  readonly verifyHistory?: (kind: string, id: string) => Promise<HistoryVerdict>;

  constructor(protected readonly inner: StorageAdapter) {
    this.name = inner.name;
    this.persistent = inner.persistent;
    if (inner.verifyHistory) this.verifyHistory = (kind, id) => inner.verifyHistory!(kind, id);
  }

  get<T extends StoredRecord>(kind: string, id: string): Promise<T | undefined> {
    return this.inner.get<T>(kind, id);
  }

  list<T extends StoredRecord>(kind: string, query?: ListQuery): Promise<ListResult<T>> {
    return this.inner.list<T>(kind, query);
  }

  put<T extends StoredRecord>(kind: string, record: T, options?: WriteOptions): Promise<T> {
    return this.inner.put(kind, record, options);
  }

  archive<T extends StoredRecord>(kind: string, record: T, options?: WriteOptions): Promise<T> {
    return this.inner.archive(kind, record, options);
  }

  transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    return this.inner.transaction(writes);
  }

  history(kind: string, id: string): Promise<HistoryEntry[]> {
    return this.inner.history(kind, id);
  }

  watch(listener: ChangeListener): Unsubscribe {
    return this.inner.watch(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
