// The visitation machine tests' storage: the real MemoryStorageAdapter (versions, conflicts, validation,
// history, watch shared by instances with the same name: two tabs) through the one forwarding double,
// which adds `failNextWrite(error)` (to test what the user keeps) and counts the writes.
import type { StoredRecord } from '../../../src/model/record.js';
import type { WriteRequest } from '../../../src/storage/adapter.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { ForwardingStorage } from '../../doubles/forwarding-storage.js';

export class VisitationStorageDouble extends ForwardingStorage {
  private nextWriteError: unknown;
  writes = 0;

  constructor(name = `visitation-double-${Math.random()}`) {
    super(new MemoryStorageAdapter({ name }));
  }

  failNextWrite(error: unknown): void {
    this.nextWriteError = error;
  }

  private async gate(): Promise<void> {
    await Promise.resolve();
    if (this.nextWriteError !== undefined) {
      const error = this.nextWriteError;
      this.nextWriteError = undefined;
      throw error;
    }
    this.writes += 1;
  }

  override async put<T extends StoredRecord>(kind: string, record: T, options?: Parameters<ForwardingStorage['put']>[2]): Promise<T> {
    await this.gate();
    return this.inner.put(kind, record, options);
  }

  override async archive<T extends StoredRecord>(kind: string, record: T, options?: Parameters<ForwardingStorage['archive']>[2]): Promise<T> {
    await this.gate();
    return this.inner.archive(kind, record, options);
  }

  override async transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    await this.gate();
    return this.inner.transaction(writes);
  }
}
