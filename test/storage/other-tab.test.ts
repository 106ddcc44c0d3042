// Another tab of the same origin: a worker with its own IndexedDB connection and BroadcastChannel saves,
// as a second tab of the application would. This page hears of it, and a stale save from here conflicts.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { StorageChange } from '../../src/storage/adapter.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { ConflictError } from '../../src/storage/errors.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { draftPlan, freshDatabaseName } from './fixtures.js';
import type { SaveCommand, SaveReport } from './support/save-worker.js';

function saveInOtherTab(command: SaveCommand): Promise<Worker> {
  const worker = new Worker(new URL('./support/save-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<SaveReport>) => {
      if (event.data.step === 'failed') reject(new Error(event.data.message));
      else if (event.data.step === 'second-save-done') resolve(worker);
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'worker failed to load')));
    worker.postMessage(command);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('a save in another tab', () => {
  let databaseName: string;
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('is reported here as a remote change, and a save from here on the old version is a conflict', async () => {
    databaseName = freshDatabaseName('other-tab');
    const here = new DexieStorageAdapter({ databaseName });
    const changes: StorageChange[] = [];
    here.watch((change) => changes.push(change));
    const worker = await saveInOtherTab({ databaseName, contacts: 2, mode: 'complete' });
    await settle();
    worker.terminate();
    expect(changes.filter((change) => change.kind === 'servicePlan')).to.deep.equal([
      { kind: 'servicePlan', id: 'plan-closing', version: 1, archived: false, origin: 'remote' },
      { kind: 'servicePlan', id: 'plan-closing', version: 2, archived: false, origin: 'remote' },
    ]);
    expect(changes.filter((change) => change.kind === 'contact')).to.have.length(2);

    const stale: ServicePlan = { ...draftPlan('plan-closing'), version: 1, goal: { title: 'Edited here on version 1', description: '' } };
    const error = await here.put('servicePlan', stale).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError<ServicePlan>).current?.goal.title).to.equal('Goal being saved');
    await here.close();
  });
});
