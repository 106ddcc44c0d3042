// A second element on a page opens no IndexedDB connection of its own: adapters on the same database name
// share the page's one (issue 18), and what one adapter goes through (another tab's upgrade, close(), a
// sign-out) leaves the others correct.
import { expect, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { StorageChange } from '../../src/storage/adapter.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { StorageError } from '../../src/storage/errors.js';
import { clearLocalData } from '../../src/storage/clear-local-data.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { draftPlan, freshDatabaseName } from './fixtures.js';

/** Counts the connections the page asks IndexedDB for, by database name, while `work` runs. */
async function countOpens(work: () => Promise<void>): Promise<Map<string, number>> {
  const opens = new Map<string, number>();
  const original = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    opens.set(name, (opens.get(name) ?? 0) + 1);
    return version === undefined ? original.call(this, name) : original.call(this, name, version);
  };
  try {
    await work();
  } finally {
    IDBFactory.prototype.open = original;
  }
  return opens;
}

/** What another tab of a newer SDK does: opens the database one version up (this page gets `versionchange`). */
function upgradeInAnotherTab(databaseName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = indexedDB.open(databaseName);
    probe.onsuccess = () => {
      const version = probe.result.version;
      probe.result.close();
      const upgrade = indexedDB.open(databaseName, version + 1);
      upgrade.onupgradeneeded = () => upgrade.result.createObjectStore(`added-by-newer-tab-${version}`);
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
      upgrade.onblocked = () => reject(new Error('the upgrade in the other tab is blocked by this page'));
      upgrade.onerror = () => reject(upgrade.error ?? new Error('upgrade failed'));
    };
    probe.onerror = () => reject(probe.error ?? new Error('open failed'));
  });
}

describe('IndexedDB adapters on one database share the page connection', () => {
  let databaseName: string;
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('a second adapter reads through the open connection: no new connection, no second schema check', async () => {
    databaseName = freshDatabaseName('shared');
    const first = new DexieStorageAdapter({ databaseName });
    const stored = await first.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    const second = new DexieStorageAdapter({ databaseName });
    const opens = await countOpens(async () => {
      expect((await second.get<ServicePlan>('servicePlan', 'plan-1'))?.version).to.equal(stored.version);
    });
    expect(opens.get(databaseName) ?? 0, 'connections opened by the second adapter').to.equal(0);
    await second.close();
    await first.close();
  });

  it('a read on the open connection asks IndexedDB before the call returns, not after what the caller does next (issue 18)', async () => {
    databaseName = freshDatabaseName('shared-read-at-once');
    const first = new DexieStorageAdapter({ databaseName });
    await first.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    // A second element's read: the editor asks in its update, then renders "opening"; the request must already be out.
    const second = new DexieStorageAdapter({ databaseName });
    const asked: unknown[] = [];
    const original = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      asked.push(query);
      return original.call(this, query);
    };
    let reading: Promise<ServicePlan | undefined>;
    try {
      reading = second.get<ServicePlan>('servicePlan', 'plan-1');
      expect(asked, 'IndexedDB requests made before get() returned').to.deep.equal([['servicePlan', 'plan-1']]);
    } finally {
      IDBObjectStore.prototype.get = original;
    }
    expect((await reading)?.id, 'what it read').to.equal('plan-1');
    await second.close();
    await first.close();
  });

  it('one adapter closing leaves the other working; the last one closes the connection', async () => {
    databaseName = freshDatabaseName('shared-close');
    const first = new DexieStorageAdapter({ databaseName });
    const second = new DexieStorageAdapter({ databaseName });
    let plan = await first.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    await second.get('servicePlan', 'plan-1');
    await first.close();
    plan = await second.put<ServicePlan>('servicePlan', { ...plan, goal: { title: 'After the first closed', description: '' } });
    expect(plan.version).to.equal(2);
    await second.close();
    // Both let go: nothing holds the database open, so deleting it is not blocked.
    let blocked = false;
    await new Promise<void>((resolve, reject) => {
      const deletion = indexedDB.deleteDatabase(databaseName);
      deletion.onblocked = () => (blocked = true);
      deletion.onsuccess = () => resolve();
      deletion.onerror = () => reject(deletion.error ?? new Error('delete failed'));
    });
    expect(blocked, 'a connection was left open').to.equal(false);
  });

  it('lets another tab upgrade the database under both adapters, and both write afterwards', async () => {
    databaseName = freshDatabaseName('shared-upgrade');
    const first = new DexieStorageAdapter({ databaseName });
    const second = new DexieStorageAdapter({ databaseName });
    let plan = await first.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    let other = await second.put<ServicePlan>('servicePlan', { ...draftPlan('plan-2'), version: 0 });
    await upgradeInAnotherTab(databaseName);
    plan = await first.put<ServicePlan>('servicePlan', { ...plan, goal: { title: 'First, after the upgrade', description: '' } });
    other = await second.put<ServicePlan>('servicePlan', { ...other, goal: { title: 'Second, after the upgrade', description: '' } });
    expect([plan.version, other.version]).to.deep.equal([2, 2]);
    await first.close();
    await second.close();
  });

  it('after a sign-out every adapter on the shared connection refuses, and a new adapter starts afresh', async () => {
    databaseName = `caseplan-elements-${freshDatabaseName('shared-cleared')}`;
    const first = new DexieStorageAdapter({ databaseName });
    const second = new DexieStorageAdapter({ databaseName });
    await first.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    await second.get('servicePlan', 'plan-1');
    await clearLocalData();
    for (const adapter of [first, second]) {
      const error = await adapter.get('servicePlan', 'plan-1').then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error, 'refused as cleared').to.be.instanceOf(StorageError);
      expect((error as StorageError).code).to.equal('storage.cleared');
    }
    await second.close();
    const error = await second.get('servicePlan', 'plan-1').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect((error as StorageError | undefined)?.code, 'still refused after close()').to.equal('storage.cleared');
    const fresh = new DexieStorageAdapter({ databaseName });
    expect(await fresh.get('servicePlan', 'plan-1'), 'the cleared record').to.equal(undefined);
    await fresh.close();
    await first.close();
  });

  it('adapters on one connection share one BroadcastChannel, and each still hears the writes of the others, of another connection and of its own', async () => {
    databaseName = freshDatabaseName('shared-channel');
    const channelName = `caseplan-elements:${databaseName}`;
    const Original = globalThis.BroadcastChannel;
    let opened = 0;
    globalThis.BroadcastChannel = class extends Original {
      constructor(name: string) {
        super(name);
        if (name === channelName) opened += 1;
      }
    };
    const heard = new Map<string, StorageChange[]>();
    const watch = (label: string, adapter: DexieStorageAdapter) => adapter.watch((change) => heard.set(label, [...(heard.get(label) ?? []), change]));
    const first = new DexieStorageAdapter({ databaseName });
    const second = new DexieStorageAdapter({ databaseName });
    // Another connection of the page (its own IndexedDB dependencies), as another tab would have.
    const apart = new DexieStorageAdapter({ databaseName, indexedDB, IDBKeyRange });
    try {
      watch('first', first);
      watch('second', second);
      watch('apart', apart);
      expect(opened, 'channels opened: one per connection').to.equal(2);
      await first.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
      await second.put<ServicePlan>('servicePlan', { ...draftPlan('plan-2'), version: 0 });
      await apart.put<ServicePlan>('servicePlan', { ...draftPlan('plan-3'), version: 0 });
      await waitUntil(() => ['first', 'second', 'apart'].every((label) => (heard.get(label) ?? []).length === 3), 'every adapter heard the three writes', { timeout: 5000 });
      const origins = (label: string) => Object.fromEntries((heard.get(label) ?? []).map((change) => [change.id, change.origin]));
      expect(origins('first')).to.deep.equal({ 'plan-1': 'local', 'plan-2': 'remote', 'plan-3': 'remote' });
      expect(origins('second')).to.deep.equal({ 'plan-1': 'remote', 'plan-2': 'local', 'plan-3': 'remote' });
      expect(origins('apart')).to.deep.equal({ 'plan-1': 'remote', 'plan-2': 'remote', 'plan-3': 'local' });
      // One closing stops hearing; the other still hears.
      await first.close();
      await apart.put<ServicePlan>('servicePlan', { ...draftPlan('plan-4'), version: 0 });
      await waitUntil(() => (heard.get('second') ?? []).length === 4, 'the second heard the fourth write', { timeout: 5000 });
      expect((heard.get('first') ?? []).length, 'heard by a closed adapter').to.equal(3);
    } finally {
      globalThis.BroadcastChannel = Original;
      await first.close();
      await second.close();
      await apart.close();
    }
  });
});
