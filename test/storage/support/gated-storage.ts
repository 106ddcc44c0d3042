// Memory storage whose reads of a whole contact list (no `newest`) wait until let through: a long log's
// second phase held back, to see what shows meanwhile and what arrives in between.
import type { ListQuery, ListResult } from '../../../src/storage/adapter.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { StoredRecord } from '../../../src/model/record.js';

export class GatedStorage extends MemoryStorageAdapter {
  wholeReads = 0;
  /** Thrown by the whole read once let through, when set. */
  failWith: unknown;
  private open!: () => void;
  private gate = new Promise<void>((resolve) => (this.open = resolve));

  letWholeReadsThrough(): void {
    this.open();
  }

  override async list<T extends StoredRecord>(kind: string, query: ListQuery = {}): Promise<ListResult<T>> {
    if (kind === 'contact' && query.newest === undefined) {
      this.wholeReads += 1;
      await this.gate;
      if (this.failWith) throw this.failWith;
    }
    return super.list<T>(kind, query);
  }
}
