// The page is closed while a save is in flight: a worker saves and is terminated inside the IndexedDB
// transaction, as a browser discards a closed tab. On reopening, the last committed state is intact:
// no half-written plan, no contact of the interrupted save, a history that still verifies.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { verifyHistory } from '../../src/model/history.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { freshDatabaseName } from './fixtures.js';
import type { SaveCommand, SaveReport } from './support/save-worker.js';

/** Starts a saving "page" and resolves with it once it reports `step`. */
function startSaving(command: SaveCommand, step: SaveReport['step']): Promise<Worker> {
  const worker = new Worker(new URL('./support/save-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<SaveReport>) => {
      if (event.data.step === 'failed') reject(new Error(event.data.message));
      else if (event.data.step === step) resolve(worker);
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'worker failed to load')));
    worker.postMessage(command);
  });
}

async function storedState(databaseName: string) {
  const storage = new DexieStorageAdapter({ databaseName });
  try {
    const plan = (await storage.get<ServicePlan>('servicePlan', 'plan-closing'))!;
    const contacts = (await storage.list('contact', { caseId: 'case-1' })).records.length;
    const verdict = await verifyHistory(await storage.history('servicePlan', 'plan-closing'), plan.version);
    return { version: plan.version, goal: plan.goal.title, contacts, historyValid: verdict.valid };
  } finally {
    await storage.close();
  }
}

describe('the page closed during a save', () => {
  let databaseName: string;
  beforeEach(() => {
    databaseName = freshDatabaseName('page-closed');
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('when the save finishes first, a reopened page finds all of it (the setup sees real writes)', async () => {
    const worker = await startSaving({ databaseName, contacts: 50, mode: 'complete' }, 'second-save-done');
    worker.terminate();
    expect(await storedState(databaseName)).to.deep.equal({ version: 2, goal: 'Goal being saved', contacts: 50, historyValid: true });
  });

  it('when the page is closed inside the transaction, a reopened page finds the last committed state and nothing partial', async () => {
    const worker = await startSaving({ databaseName, contacts: 50, mode: 'hang-in-transaction' }, 'inside-transaction');
    worker.terminate();
    expect(await storedState(databaseName)).to.deep.equal({ version: 1, goal: 'Committed goal', contacts: 0, historyValid: true });
    // The database is still usable after the interrupted save.
    const storage = new DexieStorageAdapter({ databaseName });
    const plan = (await storage.get<ServicePlan>('servicePlan', 'plan-closing'))!;
    expect((await storage.put('servicePlan', { ...plan, goal: { title: 'Saved again', description: '' } })).version).to.equal(2);
    await storage.close();
  });
});
