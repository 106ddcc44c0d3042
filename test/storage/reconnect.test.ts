// Storage that recovers: another tab upgrading the database, or clearLocalData() deleting it, closes this
// tab's connection (it must, or the other tab is blocked). This adapter opens again on its next call.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { StorageError } from '../../src/storage/errors.js';
import { clearLocalData } from '../../src/storage/clear-local-data.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { draftPlan, freshDatabaseName } from './fixtures.js';
import { reportFigures } from '../reliability/support/report.js';

/** What another tab of a newer SDK does: opens the database one version up (this tab gets `versionchange`). */
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
      // Blocked means this tab kept its connection open: the other tab would wait for good.
      upgrade.onblocked = () => reject(new Error('the upgrade in the other tab is blocked by this tab'));
      upgrade.onerror = () => reject(upgrade.error ?? new Error('upgrade failed'));
    };
    probe.onerror = () => reject(probe.error ?? new Error('open failed'));
  });
}

describe('IndexedDB adapter: a connection closed by another tab', () => {
  let databaseName: string;
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('lets another tab upgrade the database, and every later write of this tab lands', async () => {
    databaseName = freshDatabaseName('upgrade-elsewhere');
    const here = new DexieStorageAdapter({ databaseName });
    let plan = await here.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    let upgrades = 0;
    await upgradeInAnotherTab(databaseName);
    upgrades += 1;
    const writes = 200;
    let failed = 0;
    for (let index = 0; index < writes; index += 1) {
      if (index === writes / 2) {
        await upgradeInAnotherTab(databaseName); // and once more in the middle
        upgrades += 1;
      }
      try {
        plan = await here.put<ServicePlan>('servicePlan', { ...plan, goal: { title: `Edit ${index}`, description: '' } });
      } catch {
        failed += 1;
      }
    }
    reportFigures({ scenario: 'storage: writes after another tab upgraded the database', edits: writes, lost: failed, faults: upgrades, survived: failed === 0 ? upgrades : 0 });
    expect(failed, 'writes refused after the upgrade').to.equal(0);
    const reader = new DexieStorageAdapter({ databaseName });
    expect((await reader.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title).to.equal(`Edit ${writes - 1}`);
    expect((await reader.history('servicePlan', 'plan-1')).length).to.equal(writes + 1);
    await reader.close();
    await here.close();
  });

  it('runs a call caught by the connection closing once more, on a new connection', async () => {
    databaseName = freshDatabaseName('closed-under');
    const here = new DexieStorageAdapter({ databaseName });
    let plan = await here.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    // The connection goes away with no event this adapter hears (as when the browser ends it).
    (here as unknown as { db: Dexie }).db.close();
    plan = await here.put<ServicePlan>('servicePlan', { ...plan, goal: { title: 'Written after the close', description: '' } });
    expect(plan.version).to.equal(2);
    expect((await here.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title).to.equal('Written after the close');
    await here.close();
  });

  // clearLocalData() is a sign-out on a shared device (issue 13): an adapter it reached says so on every
  // call, clearly and at once, rather than hanging, failing with a closed connection, or quietly
  // recreating the database with what a later write carries.
  it('after clearLocalData() removed the database, says so on every call instead of hanging or recreating it', async () => {
    databaseName = `caseplan-elements-${freshDatabaseName('cleared')}`;
    const here = new DexieStorageAdapter({ databaseName });
    await here.put<ServicePlan>('servicePlan', { ...draftPlan('plan-1'), version: 0 });
    await clearLocalData();
    for (const call of [() => here.get('servicePlan', 'plan-1'), () => here.put<ServicePlan>('servicePlan', { ...draftPlan('plan-2'), version: 0 })]) {
      const error = await call().then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error, 'refused as cleared').to.be.instanceOf(StorageError);
      expect((error as StorageError).code).to.equal('storage.cleared');
    }
    expect((await Dexie.getDatabaseNames()).includes(databaseName), 'not recreated').to.equal(false);
    await here.close();
  });
});
