import { expect, waitUntil } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { verifyHistory } from '../../../src/model/history-chain.js';
import type { StorageChange } from '../../../src/storage/adapter.js';
import type { SyncState } from '../../../src/storage/sync/state.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { SyncDatabase } from '../../../src/storage/sync/sync-db.js';
import { draftContact, freshDatabaseName } from '../fixtures.js';
import { CASE_A_ONLY, serverHistory, TestNetwork, useSyncServer, WORKER_B_ONLY } from './support.js';

const edit = async (adapter: SyncStorageAdapter, id: string, notes: string) => {
  const current = (await adapter.get<Contact>('contact', id))!;
  return adapter.put('contact', { ...current, notes, updatedAt: new Date().toISOString() });
};

describe('SyncStorageAdapter against the reference server', function () {
  this.timeout(120_000);
  const sync = useSyncServer();

  it('a write is local at once and reaches the server with its history; the server chain verifies', async () => {
    const browser = sync.adapter();
    const stored = await browser.put('contact', draftContact('c-1', { caseId: 'case-a' }));
    expect(stored.version).to.equal(1);
    expect((await browser.get<Contact>('contact', 'c-1'))?.id).to.equal('c-1');
    await edit(browser, 'c-1', 'second');
    await edit(browser, 'c-1', 'third');
    await browser.syncNow();
    const history = (await serverHistory(sync.server, 'c-1'));
    expect(history.map((entry) => entry.seq), 'one server entry per local write').to.deep.equal([1, 2, 3]);
    expect((await verifyHistory(history, 3)).valid).to.equal(true);
    expect(browser.syncState).to.include({ pending: 0, connection: 'online' });
  });

  it('the server restarted in the middle of a push: the write is applied once, nothing is lost', async () => {
    const network = new TestNetwork();
    const browser = sync.adapter({ network });
    await browser.put('contact', draftContact('c-restart', { caseId: 'case-a' }));
    await browser.syncNow();
    const typed: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      typed.push(`edit ${step}`);
      await edit(browser, 'c-restart', typed.at(-1)!);
    }
    // The server commits the push, then restarts before the browser hears the answer.
    let restarted = false;
    network.afterPush = async () => {
      if (restarted) return;
      restarted = true;
      await sync.server.restart();
      throw new TypeError('Failed to fetch (connection reset by the restart)');
    };
    await browser.syncNow();
    expect(restarted).to.equal(true);
    const history = (await serverHistory(sync.server, 'c-restart'));
    expect(history.length, 'the first write and the 5 edits, each once').to.equal(6);
    const [row] = await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-restart'");
    expect(row!.body.notes).to.equal(typed.at(-1));
    expect(browser.syncState.pending).to.equal(0);
  });

  it('the server down while edits wait: offline, then everything pushed once when it is back', async () => {
    const browser = sync.adapter();
    await browser.put('contact', draftContact('c-down', { caseId: 'case-a' }));
    await browser.syncNow();
    await sync.server.down();
    const states: SyncState['connection'][] = [];
    browser.onSyncState((state) => states.push(state.connection));
    await edit(browser, 'c-down', 'while the server is down');
    await waitUntil(() => browser.syncState.connection === 'offline', 'the adapter says it is offline');
    expect(browser.syncState.pending).to.equal(1);
    await sync.server.up();
    await browser.syncNow();
    expect(browser.syncState).to.include({ pending: 0, connection: 'online' });
    expect((await serverHistory(sync.server, 'c-down')).length).to.equal(2);
    expect(states).to.include('offline');
  });

  it('edits made offline survive a reload and are pushed by the next page', async () => {
    const databaseName = freshDatabaseName('sync-reload');
    const network = new TestNetwork();
    network.online = false;
    const before = sync.adapter({ databaseName, network });
    const typed = ['first offline edit', 'second offline edit'];
    await before.put('contact', draftContact('c-reload', { caseId: 'case-a' }));
    for (const notes of typed) await edit(before, 'c-reload', notes);
    await waitUntil(() => before.syncState.connection === 'offline' && before.syncState.pending === 3, 'offline with 3 writes waiting');
    await before.close();
    // The next page opens offline too, so what it finds is counted before anything can be pushed.
    const laterNetwork = new TestNetwork();
    laterNetwork.online = false;
    const after = sync.adapter({ databaseName, network: laterNetwork });
    await waitUntil(() => after.syncState.pending === 3, 'the reloaded page finds the 3 writes waiting');
    laterNetwork.online = true;
    await after.syncNow();
    const history = (await serverHistory(sync.server, 'c-reload'));
    expect(history.length, 'each write once').to.equal(3);
    const [row] = await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-reload'");
    expect(row!.body.notes).to.equal(typed.at(-1));
    expect(after.syncState.pending).to.equal(0);
  });

  it('a push repeated on the network (same idempotency key) is applied once', async () => {
    const network = new TestNetwork();
    const browser = sync.adapter({ network });
    // Every push is delivered twice, as a proxy retrying on its own would.
    network.beforePush = async (body) => {
      await fetch(`${sync.server.url}/v1/push`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-token-every-case-0001' } });
    };
    await browser.put('contact', draftContact('c-twice', { caseId: 'case-a' }));
    for (let step = 0; step < 3; step += 1) await edit(browser, 'c-twice', `edit ${step}`);
    await browser.syncNow();
    expect(network.pushes).to.be.greaterThan(0);
    expect((await serverHistory(sync.server, 'c-twice')).length, 'the 4 writes once each').to.equal(4);
    expect(browser.syncState.pending).to.equal(0);
  });

  it('a token that may not see a case gets nothing of it, and its writes there are refused and kept', async () => {
    const everything = sync.adapter();
    await everything.put('contact', draftContact('c-visible', { caseId: 'case-a' }));
    await everything.put('contact', draftContact('c-hidden', { caseId: 'case-b' }));
    await everything.syncNow();
    const scoped = sync.adapter({ token: () => CASE_A_ONLY });
    await scoped.syncNow();
    expect((await scoped.list<Contact>('contact')).records.map((record) => record.id)).to.deep.equal(['c-visible']);
    await scoped.put('contact', draftContact('c-smuggled', { caseId: 'case-b' }));
    await scoped.syncNow();
    expect(scoped.syncState).to.include({ connection: 'error', error: 'sync.rejected', rejected: 1, pending: 0 });
    const refused = await scoped.rejectedWrites();
    expect(refused.map((entry) => [entry.id, entry.rejection?.code])).to.deep.equal([['c-smuggled', 'forbidden']]);
    expect((await scoped.get<Contact>('contact', 'c-smuggled'))?.id, 'kept locally').to.equal('c-smuggled');
    expect(await sync.server.sql("SELECT id FROM records WHERE id = 'c-smuggled'")).to.deep.equal([]);
  });

  it("a caseworker's token cannot write history in a colleague's name: refused, kept, and the server's chain stays true", async () => {
    const workerB = sync.adapter({ token: () => WORKER_B_ONLY });
    const own = { ...draftContact('c-own', { caseId: 'case-a' }), authorId: 'worker-b', updatedBy: 'worker-b', notes: 'Visit held at the foster home' };
    await workerB.put('contact', own);
    const forged = { ...draftContact('c-forged', { caseId: 'case-a' }), notes: 'Mother did not attend' }; // updatedBy worker-1
    await workerB.put('contact', forged);
    await workerB.syncNow();
    const refused = await workerB.rejectedWrites();
    expect(refused.map((entry) => [entry.id, entry.rejection?.code, entry.rejection?.violations[0]?.code])).to.deep.equal([['c-forged', 'forbidden', 'sync.author-not-token-user']]);
    expect((await workerB.get<Contact>('contact', 'c-forged'))?.notes, 'kept locally').to.equal('Mother did not attend');
    expect(await sync.server.sql("SELECT id FROM records WHERE id = 'c-forged'")).to.deep.equal([]);
    expect((await serverHistory(sync.server, 'c-own')).map((entry) => entry.by)).to.deep.equal(['worker-b']);
  });

  it('pulls page by page from its checkpoint, and a second pull fetches only what changed', async () => {
    const writer = sync.adapter();
    for (let index = 0; index < 23; index += 1) await writer.put('contact', draftContact(`c-page-${index}`, { caseId: 'case-a' }));
    await writer.syncNow();
    const reader = sync.adapter({ pageSize: 5 });
    await reader.syncNow();
    expect((await reader.list<Contact>('contact')).records.length).to.equal(23);
    await edit(writer, 'c-page-7', 'changed later');
    await writer.syncNow();
    await reader.syncNow();
    expect((await reader.get<Contact>('contact', 'c-page-7'))?.notes).to.equal('changed later');
    expect(reader.syncState).to.include({ pending: 0, conflicts: 0 });
  });

  it('watchers hear pulled changes as remote and this browser’s own writes as local', async () => {
    const writer = sync.adapter();
    const reader = sync.adapter();
    const heard: StorageChange[] = [];
    reader.watch((change) => heard.push(change));
    await writer.put('contact', draftContact('c-watched', { caseId: 'case-a' }));
    await writer.syncNow();
    await reader.syncNow();
    expect(heard.map((change) => [change.id, change.origin])).to.deep.equal([['c-watched', 'remote']]);
    await edit(reader, 'c-watched', 'mine');
    expect(heard.at(-1)).to.include({ id: 'c-watched', origin: 'local' });
  });

  it('an archive reaches the other browser: kept there, left out of its lists', async () => {
    const first = sync.adapter();
    const second = sync.adapter();
    const stored = await first.put('contact', draftContact('c-archived', { caseId: 'case-a' }));
    await first.syncNow();
    await second.syncNow();
    expect((await second.list('contact')).records.length).to.equal(1);
    await first.archive('contact', stored);
    await first.syncNow();
    await second.syncNow();
    expect((await second.list('contact')).records.length, 'left out of the list').to.equal(0);
    expect((await second.get<Contact>('contact', 'c-archived'))?.archived, 'kept, archived').to.equal(true);
  });

  it('hears of changes from the event stream without being asked', async () => {
    const writer = sync.adapter();
    const listener = sync.adapter({ live: true });
    await listener.syncNow();
    await writer.put('contact', draftContact('c-live', { caseId: 'case-a' }));
    await writer.syncNow();
    await waitUntil(async () => (await listener.get('contact', 'c-live')) !== undefined, 'the change arrives through the stream', { timeout: 20_000 });
  });

  it('two tabs on one database: one leads, and a write made in the other is pushed once', async () => {
    const databaseName = freshDatabaseName('sync-tabs');
    const first = sync.adapter({ databaseName });
    const second = sync.adapter({ databaseName });
    await waitUntil(() => first.leader || second.leader, 'a leader is elected');
    expect(first.leader && second.leader, 'only one leads').to.equal(false);
    const [leader, follower] = first.leader ? [first, second] : [second, first];
    await follower.put('contact', draftContact('c-tab', { caseId: 'case-a' }));
    await waitUntil(async () => (await sync.server.sql("SELECT id FROM records WHERE id = 'c-tab'")).length === 1, 'the leader pushed the other tab’s write');
    await leader.syncNow();
    expect((await serverHistory(sync.server, 'c-tab')).length).to.equal(1);
    await waitUntil(() => follower.syncState.pending === 0, 'the other tab sees nothing pending');
    // A tab opened while the leader is idle learns where the sync stands from it.
    const third = sync.adapter({ databaseName });
    await waitUntil(() => third.syncState.connection === 'online', 'a new tab hears the leader is online');
    expect(third.leader).to.equal(false);
  });

  it('intents a tab left when it closed mid-write: pushed when the local store holds the write, dropped when not', async () => {
    const databaseName = freshDatabaseName('sync-intent');
    const browser = sync.adapter({ databaseName });
    await browser.syncNow();
    // What a tab closed between its outbox intent and its local write leaves behind, long ago.
    const written = await browser.local.put('contact', draftContact('c-written', { caseId: 'case-a' }));
    const outbox = new SyncDatabase(`${databaseName}-sync`);
    const longAgo = Date.now() - 3_600_000;
    await outbox.outbox.bulkAdd([
      { key: 'intent-written-0001', kind: 'contact', id: 'c-written', record: { ...written, version: 0 }, localVersion: 1, action: 'record.created', state: 'intent', createdAt: longAgo },
      { key: 'intent-never-0001', kind: 'contact', id: 'c-never', record: draftContact('c-never', { caseId: 'case-a' }), localVersion: 1, action: 'record.created', state: 'intent', createdAt: longAgo },
    ]);
    outbox.close();
    await browser.syncNow();
    expect((await sync.server.sql<{ id: string }>("SELECT id FROM records WHERE kind = 'contact' ORDER BY id")).map((row) => row.id)).to.deep.equal(['c-written']);
    expect(browser.syncState.pending).to.equal(0);
  });
});
