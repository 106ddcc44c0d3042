// Sign-out on a shared computer: clearLocalData() leaves nothing the SDK stored on this origin.
// Other test files run at the same time on the same origin with their own databases, so this page only
// lets clearLocalData see its own: indexedDB.databases() and the localStorage registry are narrowed to them.
import { expect } from '@open-wc/testing';
import { clearLocalData } from '../../src/storage/clear-local-data.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { SyncStorageAdapter } from '../../src/storage/sync/sync-adapter.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';
import { waitUntil } from '@open-wc/testing';
import type { StorageError } from '../../src/storage/errors.js';
import '../../src/define/all-elements.js';
import type { CpStorageWarning } from '../../src/components/shared/parts/cp-storage-warning.js';

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

    const { removed } = await clearLocalData();

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
    expect(await clearLocalData()).to.deep.equal({ removed: [name], notRemoved: [], unsent: [] });
    expect(await existingNames()).not.to.include(name);
  });

  it('settles within its time limit while a connection that will not close holds a database, reporting it', async () => {
    const name = freshDatabaseName('clear');
    const adapter = new DexieStorageAdapter({ databaseName: name });
    await adapter.put('servicePlan', draftPlan('plan-3'));
    await adapter.close();
    // Another tab's connection that ignores every request to close (no versionchange handler).
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const view = narrowTo([name], [name]);
    try {
      expect(await clearLocalData({ timeoutMs: 300 })).to.deep.equal({ removed: [], notRemoved: [name], unsent: [] });
      // Still listed, so the next sign-out tries again.
      expect(view.registryCleared()).to.equal(false);
    } finally {
      stubborn.close();
    }
    expect(await clearLocalData({ timeoutMs: 5_000 })).to.deep.equal({ removed: [name], notRemoved: [], unsent: [] });
    expect(await existingNames()).not.to.include(name);
  });

  it('asks every tab to close: an adapter another tab holds closes at once and says local data was cleared; the warning says it too', async () => {
    const name = freshDatabaseName('clear');
    const otherTab = new DexieStorageAdapter({ databaseName: name });
    await otherTab.put('contact', { ...draftContact('contact-4'), notes: 'sensitive' });
    const warning = document.createElement('cp-storage-warning') as CpStorageWarning;
    document.body.append(warning);
    await warning.updateComplete;
    expect(warning.showing).to.equal(false);
    // The sign-out happens in another tab: its message arrives on the channel.
    const sender = new BroadcastChannel('caseplan-elements:local-data-cleared');
    sender.postMessage('cleared');
    sender.close();
    await waitUntil(() => warning.showing, 'the warning did not hear of the clearing');
    await warning.updateComplete;
    expect(warning.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('Local data was cleared');
    const error = await otherTab.get('contact', 'contact-4').catch((caught: unknown) => caught);
    expect((error as StorageError).code).to.equal('storage.cleared');
    // Its connection is closed: the deletion is not blocked.
    narrowTo([name], [name]);
    expect(await clearLocalData({ timeoutMs: 5_000 })).to.deep.equal({ removed: [name], notRemoved: [], unsent: [] });
    warning.remove();
    await otherTab.close();
  });
});

// Sign-out must not throw away a caseworker's work that never reached the agency's server.
describe('clearLocalData with work not yet sent to the server', () => {
  afterEach(() => {
    Object.defineProperty(indexedDB, 'databases', { configurable: true, value: realDatabases });
    Storage.prototype.getItem = realGetItem;
    Storage.prototype.removeItem = realRemoveItem;
  });

  /** A sync adapter whose network is down: every write it takes waits in its outbox. */
  function offlineSyncAdapter(databaseName: string): SyncStorageAdapter {
    return new SyncStorageAdapter({
      url: 'https://sync.agency.invalid',
      token: () => 'token',
      databaseName,
      live: false,
      backoff: { baseMs: 50, maxMs: 200 },
      fetch: () => Promise.reject(new TypeError('Failed to fetch (offline)')),
    });
  }

  it('removes nothing while writes wait to be sent, says how many, and removes them only when told to discard', async () => {
    const name = freshDatabaseName('clear-unsent');
    const offline = offlineSyncAdapter(name);
    const typed = ['Visit moved to Thursday', 'Mother asked for an interpreter'];
    for (const [index, notes] of typed.entries()) await offline.put('contact', { ...draftContact(`contact-unsent-${index}`), notes });
    await offline.close();
    narrowTo([name, `${name}-sync`], [name, `${name}-sync`]);

    const refused = await clearLocalData({ timeoutMs: 5_000 });

    expect(refused.removed).to.deep.equal([]);
    expect(refused.unsent).to.deep.equal([{ database: `${name}-sync`, writes: typed.length, conflicts: 0 }]);
    expect(await existingNames()).to.include.members([name, `${name}-sync`]);
    const reopened = offlineSyncAdapter(name);
    for (const [index, notes] of typed.entries()) expect((await reopened.get<Contact>('contact', `contact-unsent-${index}`))?.notes).to.equal(notes);
    await reopened.close();

    const discarded = await clearLocalData({ timeoutMs: 5_000, discardUnsent: true });

    expect(discarded.removed).to.have.members([name, `${name}-sync`]);
    expect(discarded.unsent).to.deep.equal([{ database: `${name}-sync`, writes: typed.length, conflicts: 0 }]);
    expect(await existingNames()).not.to.include.members([name]);
  });

  it('looking for unsent work creates no database: a name the registry remembers but the browser lost stays absent', async () => {
    const lost = freshDatabaseName('clear-lost');
    narrowTo([], [`${lost}-sync`], { databasesApi: false });
    const result = await clearLocalData({ timeoutMs: 5_000 });
    expect(result.unsent).to.deep.equal([]);
    expect(await existingNames()).not.to.include(`${lost}-sync`);
  });
});
