// A "page" that saves and can be closed mid-save: the test terminates this worker the way a browser
// discards a closed tab, at a chosen point inside the IndexedDB transaction of a multi-record save.
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { WriteRequest } from '../../../src/storage/adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { draftContact, draftPlan } from '../fixtures.js';

export interface SaveCommand {
  databaseName: string;
  contacts: number;
  /** 'hang-in-transaction': after the records are put and before the history is, stop and wait to be closed. */
  mode: 'complete' | 'hang-in-transaction';
}

export type SaveReport = { step: 'first-save-done' } | { step: 'inside-transaction' } | { step: 'second-save-done' } | { step: 'failed'; message: string };

const report = (message: SaveReport) => postMessage(message);

function hangAtFirstHistoryAdd(): void {
  const originalAdd = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (this.name === 'history' && this.transaction.objectStoreNames.contains('records')) {
      IDBObjectStore.prototype.add = originalAdd;
      report({ step: 'inside-transaction' });
      // Busy: the transaction cannot commit while this runs; only terminate() ends it, as a closed tab would.
      for (;;) {
        // spin until the worker is terminated
      }
    }
    return originalAdd.apply(this, args);
  };
}

addEventListener('message', (event: MessageEvent<SaveCommand>) => {
  void (async () => {
    const { databaseName, contacts, mode } = event.data;
    try {
      const storage = new DexieStorageAdapter({ databaseName });
      const plan = await storage.put<ServicePlan>('servicePlan', { ...draftPlan('plan-closing'), goal: { title: 'Committed goal', description: '' } });
      report({ step: 'first-save-done' });
      const edited: ServicePlan = { ...plan, goal: { title: 'Goal being saved', description: '' } };
      const writes: WriteRequest[] = [{ kind: 'servicePlan', record: edited }];
      for (let index = 0; index < contacts; index += 1) writes.push({ kind: 'contact', record: draftContact(`contact-closing-${index}`) });
      if (mode === 'hang-in-transaction') hangAtFirstHistoryAdd();
      await storage.transaction(writes);
      report({ step: 'second-save-done' });
    } catch (error) {
      report({ step: 'failed', message: String(error) });
    }
  })();
});
