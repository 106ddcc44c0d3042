import type { StorageAdapter } from './adapter.js';
import { StorageError } from './errors.js';
import { carrySyncStatus } from './sync/state.js';
import { recognizeLandedWrites } from './late-write.js';

/**
 * Wraps an adapter so no call waits forever: a call still pending after `timeoutMs` rejects with a
 * StorageError 'timeout' (a host's HTTP adapter may hang; the edit stays in the element to retry).
 * When the write lands late anyway, its retry is refused as stale: that refusal is recognised (the
 * version is read back) and the retry answers with the stored record.
 */
export function withTimeout(adapter: StorageAdapter, timeoutMs: number): StorageAdapter {
  const limit = <R>(call: string, work: Promise<R>): Promise<R> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageError('timeout', `${adapter.name}.${call} did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  };
  const limited: StorageAdapter = {
    name: adapter.name,
    persistent: adapter.persistent,
    get: (kind, id) => limit('get', adapter.get(kind, id)),
    list: (kind, query) => limit('list', adapter.list(kind, query)),
    // A retry of a write that landed after its time limit is recognised as saved (see late-write.ts).
    put: (kind, record, options) =>
      limit('put', adapter.put(kind, record, options).catch(async (error: unknown) => (await recognizeLandedWrites(adapter, [{ ...options, kind, record }], error))[0] as typeof record)),
    archive: (kind, record, options) => limit('archive', adapter.archive(kind, record, options)),
    transaction: (writes) => limit('transaction', adapter.transaction(writes).catch((error: unknown) => recognizeLandedWrites(adapter, writes, error))),
    history: (kind, id) => limit('history', adapter.history(kind, id)),
    watch: (listener) => adapter.watch(listener),
    close: () => adapter.close(),
  };
  const verify = adapter.verifyHistory?.bind(adapter);
  if (verify) limited.verifyHistory = (kind, id) => limit('verifyHistory', verify(kind, id));
  // A syncing adapter's state stays visible through the wrapper (the elements' sync indicator reads it).
  return carrySyncStatus(adapter, limited);
}
