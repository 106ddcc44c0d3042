// Wraps any StorageAdapter so a test can make the next writes fail (quota exceeded) or hold reads and
// writes until released, to watch the machine's saving, reloading, failed and retry states.
import type { StorageAdapter, WriteRequest } from '../../../src/storage/adapter.js';
import { StorageError } from '../../../src/storage/errors.js';
import { ForwardingStorage } from '../../doubles/forwarding-storage.js';
import type { StoredRecord } from '../../../src/model/record.js';

export class FaultyStorage extends ForwardingStorage {
  /** How many of the next writes fail with quota exceeded. */
  failingWrites = 0;
  /** While set, writes wait for this promise. */
  hold: Promise<void> | undefined;
  /** Every write attempted, with its history action, in order. */
  readonly attempts: { kind: string; id: string; version: number; action: string | undefined }[] = [];


  /** While set, reads wait for this promise. */
  readHold: Promise<void> | undefined;
  /** How many reads (get, list) were made. */
  reads = 0;

  /** Holds reads (get, list) until the returned function is called. */
  holdReads(): () => void {
    let release!: () => void;
    this.readHold = new Promise((resolve) => (release = resolve));
    return () => {
      this.readHold = undefined;
      release();
    };
  }

  /** Holds writes until the returned function is called. */
  holdWrites(): () => void {
    let release!: () => void;
    this.hold = new Promise((resolve) => (release = resolve));
    return () => {
      this.hold = undefined;
      release();
    };
  }

  private async gate(writes: WriteRequest[]): Promise<void> {
    for (const write of writes) this.attempts.push({ kind: write.kind, id: write.record.id, version: write.record.version, action: write.action });
    if (this.hold) await this.hold;
    if (this.failingWrites > 0) {
      this.failingWrites -= 1;
      throw new StorageError('quota-exceeded', 'The browser refused to store more data');
    }
  }

  override async get<T extends StoredRecord>(kind: string, id: string): Promise<T | undefined> {
    this.reads += 1;
    if (this.readHold) await this.readHold;
    return this.inner.get<T>(kind, id);
  }

  override async list<T extends StoredRecord>(kind: string, query?: Parameters<StorageAdapter['list']>[1]) {
    this.reads += 1;
    if (this.readHold) await this.readHold;
    return this.inner.list<T>(kind, query);
  }

  override async put<T extends StoredRecord>(kind: string, record: T, options?: Parameters<StorageAdapter['put']>[2]): Promise<T> {
    await this.gate([{ kind, record, ...options }]);
    return this.inner.put(kind, record, options);
  }

  override async archive<T extends StoredRecord>(kind: string, record: T, options?: Parameters<StorageAdapter['archive']>[2]): Promise<T> {
    await this.gate([{ kind, record, ...options }]);
    return this.inner.archive(kind, record, options);
  }

  override async transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    await this.gate(writes);
    return this.inner.transaction(writes);
  }
}
