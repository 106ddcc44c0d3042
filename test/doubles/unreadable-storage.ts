// A memory storage that cannot be read until `reads` is set true (an unreachable server, a locked database): for
// a storage switched to that fails its first reads, then a retry.
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { StorageError } from '../../src/storage/errors.js';
import type { ListQuery, ListResult } from '../../src/storage/adapter.js';
import type { StoredRecord } from '../../src/model/record.js';

export class UnreadableStorage extends MemoryStorageAdapter {
  reads = false;
  override get<T extends StoredRecord>(kind: string, id: string): Promise<T | undefined> {
    return this.reads ? super.get<T>(kind, id) : Promise.reject(new StorageError('unavailable', 'cannot be read now'));
  }
  override list<T extends StoredRecord>(kind: string, query?: ListQuery): Promise<ListResult<T>> {
    return this.reads ? super.list<T>(kind, query) : Promise.reject(new StorageError('unavailable', 'cannot be read now'));
  }
}
