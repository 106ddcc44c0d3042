// Sign-out on a shared computer: clearLocalData() leaves nothing the SDK stored on this origin.
// Other test files run at the same time on the same origin with their own databases, so this page only
// lets clearLocalData see its own: indexedDB.databases() and the localStorage registry are narrowed to them.
import { expect } from '@open-wc/testing';
import { clearLocalData } from '../../src/storage/clear-local-data.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

const registryKey = 'caseplan-elements:databases';
const realDatabases = indexedDB.databases.bind(indexedDB);
const realGetItem = Storage.prototype.getItem;
const realRemoveItem = Storage.prototype.removeItem;

/** What this page's clearLocalData() may see: these databases (when present) and this registry. */
function narrowTo(names: string[], registry: string[] | undefined, options: { databasesApi?: boolean } = {}): { registryCleared: () => boolean } {
  let cleared = false;
  Object.defineProperty(indexedDB, 'databases', {
    configurable: true,
    value: options.databasesApi === false ? undefined : async () => (await realDatabases()).filter((info) => names.includes(info.name ?? '')),
  });
  Storage.prototype.getItem = function (this: Storage, key: string) {
    if (key === registryKey) return cleared || registry === undefined ? null : JSON.stringify(registry);
    return realGetItem.call(this, key);
  };
  Storage.prototype.removeItem = function (this: Storage, key: string) {
    if (key === registryKey) cleared = true;
    else realRemoveItem.call(this, key);
  };
  return { registryCleared: () => cleared };
}

async function existingNames(): Promise<string[]> {
  return (await realDatabases()).map((info) => info.name ?? '');
}

function openHostDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('clearLocalData', () => {
  afterEach(() => {
    Object.defineProperty(indexedDB, 'databases', { configurable: true, value: realDatabases });
    Storage.prototype.getItem = realGetItem;
    Storage.prototype.removeItem = realRemoveItem;
  });

  it('removes every database the SDK created, even one still open, and leaves the host page its own', async () => {
    const openName = freshDatabaseName('clear');
    const closedName = freshDatabaseName('clear');
    const open = new DexieStorageAdapter({ databaseName: openName });
    await open.put('contact', { ...draftContact('contact-1'), notes: 'sensitive' });
    const closed = new DexieStorageAdapter({ databaseName: closedName });
    await closed.put('servicePlan', draftPlan('plan-1'));
    await closed.close();
    const hostDatabase = `host-app-${Date.now()}`;
    await openHostDatabase(hostDatabase);
    // The registry lost track of one database (cleared by the browser): indexedDB.databases() still finds it.
    const view = narrowTo([openName, closedName, hostDatabase], [openName]);

    const removed = await clearLocalData();

    expect(removed).to.have.members([openName, closedName]);
    const remaining = await existingNames();
    expect(remaining).not.to.include(openName);
    expect(remaining).not.to.include(closedName);
    expect(remaining).to.include(hostDatabase);
    expect(view.registryCleared()).to.equal(true);
    indexedDB.deleteDatabase(hostDatabase);
  });

  it('leaves a fresh adapter on the same name empty: the old records are gone, not hidden', async () => {
    const name = freshDatabaseName('clear');
    const before = new DexieStorageAdapter({ databaseName: name });
    await before.put('contact', { ...draftContact('contact-2'), notes: 'sensitive' });
    narrowTo([name], [name]);
    await clearLocalData();
    const after = new DexieStorageAdapter({ databaseName: name });
    expect(await after.get<Contact>('contact', 'contact-2')).to.equal(undefined);
    expect(await after.history('contact', 'contact-2')).to.deep.equal([]);
    await after.close();
    await clearLocalData();
  });

  it('finds a database by the registry alone where indexedDB.databases() is missing (older browsers)', async () => {
    const name = freshDatabaseName('clear');
    const adapter = new DexieStorageAdapter({ databaseName: name });
    await adapter.put('servicePlan', draftPlan('plan-2'));
    await adapter.close();
    narrowTo([name], [name], { databasesApi: false });
    expect(await clearLocalData()).to.deep.equal([name]);
    expect(await existingNames()).not.to.include(name);
  });
});
