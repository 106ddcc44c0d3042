/** A request of a direct write that failed: its store, its position among that store's rows, and why. */
export interface FailedRequest {
  store: string;
  position: number;
  error: DOMException | null;
}

/**
 * Issues a write's rows straight on the IndexedDB transaction a Dexie transaction holds (`trans.idbtrans`):
 * each store's rows put (or added) in order, no handler on any request and no result read back (Dexie's
 * bulk calls set one on each of 20 000 requests and read every result, which a raw write does not).
 * Atomicity is the transaction's: a request that fails aborts it (Dexie's own error handler on the
 * transaction does, and rejects the Dexie transaction), so nothing of the write stays. One listener on the
 * transaction, called only on an error, says which request failed (for a conflict: the write whose
 * history entry already existed); `failure()` answers once the transaction has ended.
 * A call that throws (a full store, an inactive transaction) throws to the caller: the Dexie transaction
 * is then rejected with that error, as its bulk calls were.
 */
export function writeRowsDirectly(transaction: IDBTransaction, rows: readonly { store: string; method: 'put' | 'add'; values: readonly unknown[] }[]): { failure(): FailedRequest | undefined } {
  const requests = new Map<string, IDBRequest[]>();
  let failed: FailedRequest | undefined;
  // Capture: the transaction hears the request's error before the request's own target and bubbling phases.
  transaction.addEventListener(
    'error',
    (event) => {
      if (failed) return;
      const request = event.target as IDBRequest;
      for (const [store, issued] of requests) {
        const position = issued.indexOf(request);
        if (position !== -1) failed = { store, position, error: request.error };
      }
    },
    { capture: true },
  );
  for (const { store, method, values } of rows) {
    const objects = transaction.objectStore(store);
    const issued: IDBRequest[] = new Array(values.length);
    requests.set(store, issued);
    for (let index = 0; index < values.length; index += 1) issued[index] = method === 'put' ? objects.put(values[index]) : objects.add(values[index]);
  }
  return { failure: () => failed };
}
