import { expect, waitUntil } from '@open-wc/testing';
import type { HistoryEntry } from '../../../src/model/history.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { ConflictError } from '../../../src/storage/errors.js';
import { SyncDatabase } from '../../../src/storage/sync/sync-db.js';
import { draftContact, freshDatabaseName } from '../fixtures.js';
import { backupDatabase, CASE_A_ONLY, emptyDatabase, restoreDatabase, serverNotes, useSyncServer, WORKER_B_ONLY } from './support.js';

// Words a server restore could lose without the resync noticing. Each test checks what it typed itself.

/** A fetch that can fail every pull (the tab closed, or offline), from the moment a push has gone through. */
class PullsCutAfterPush {
  /** Cut pulls once the next push got its answer. */
  cutAfterPush = false;
  pullsCut = false;

  readonly fetch: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (this.pullsCut && url.includes('/v1/pull')) throw new TypeError('Failed to fetch (pulls cut by the test)');
    const response = await fetch(input, init);
    if (this.cutAfterPush && url.includes('/v1/push')) this.pullsCut = true;
    return response;
  };
}

describe('SyncStorageAdapter resync: words a restore could lose', function () {
  this.timeout(120_000);
  const sync = useSyncServer();

  /**
   * A browser's write of `pushed` is accepted as version 2, then its pulls fail (the tab closed, or offline: its
   * checkpoint stays at version 1); the server, stopped, is restored from a backup taken at version 1, and a
   * colleague writes version 2 again. Pulls stay cut until the test lets them through.
   */
  async function colleagueRewritesVersion2AfterRestore(id: string, pushed: string) {
    const network = new PullsCutAfterPush();
    const browser = sync.adapter({ fetch: network.fetch });
    await browser.put('contact', { ...draftContact(id, { caseId: 'case-a' }), notes: 'In the backup' });
    await browser.syncNow();
    await backupDatabase(sync.server);
    network.cutAfterPush = true;
    await browser.put('contact', { ...(await browser.get<Contact>('contact', id))!, notes: pushed, updatedAt: new Date().toISOString() });
    await waitUntil(async () => (await sync.server.sql<{ version: number }>('SELECT version FROM records WHERE id = $1', [id]))[0]?.version === 2, 'the browser pushed version 2', { timeout: 30_000 });
    await sync.server.down();
    await restoreDatabase(sync.server);
    await sync.server.up();
    // Same log id: the browser's checkpoint still looks valid.
    const colleague = sync.adapter();
    await colleague.syncNow();
    const theirs = 'Colleague words after the restore';
    await colleague.put('contact', { ...(await colleague.get<Contact>('contact', id))!, notes: theirs, updatedAt: new Date().toISOString() });
    await colleague.syncNow();
    return { browser, network, theirs };
  }

  it('holds as a conflict a version a colleague wrote, at the same number, on a server restored while stopped', async () => {
    const mine = 'Browser words pushed before the crash';
    const { browser, network, theirs } = await colleagueRewritesVersion2AfterRestore('c-x', mine);
    network.cutAfterPush = false;
    network.pullsCut = false;
    await browser.syncNow();
    const held = (await browser.conflicts()).find((row) => row.id === 'c-x');
    expect(held, 'c-x held as a conflict').to.not.equal(undefined);
    expect((held!.theirs as Contact).notes).to.equal(theirs);
    expect((await browser.get<Contact>('contact', 'c-x'))!.notes, 'the browser keeps its words').to.equal(mine);
    // The browser's next edit does not go on top of the colleague's words unseen.
    const next = await browser.get<Contact>('contact', 'c-x');
    let refused: unknown;
    await browser.put('contact', { ...next!, notes: `${mine} + next edit`, updatedAt: new Date().toISOString() }).catch((error: unknown) => (refused = error));
    expect(refused).to.be.instanceOf(ConflictError);
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-x'], 'the colleague’s words on the server').to.equal(theirs);
  });

  it('does not push an edit made before it pulled on top of the version a colleague wrote at the same number after a restore', async () => {
    const { browser, network, theirs } = await colleagueRewritesVersion2AfterRestore('c-y', 'Pushed before the crash');
    // Still without pulls, the browser's next edit waits in the outbox; then the network comes back.
    network.cutAfterPush = false;
    const mine = 'Edited before pulling';
    await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-y'))!, notes: mine, updatedAt: new Date().toISOString() });
    network.pullsCut = false;
    await browser.syncNow();
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-y'], 'the colleague’s words on the server').to.equal(theirs);
    const held = (await browser.conflicts()).find((row) => row.id === 'c-y');
    expect((held?.theirs as Contact | undefined)?.notes, 'c-y held as a conflict with the colleague’s words').to.equal(theirs);
    expect((await browser.get<Contact>('contact', 'c-y'))!.notes, 'the browser keeps its edit').to.equal(mine);
  });

  // A reviewer's race (flaky in CI): the edit is stored after a pass began but before it scans the outbox to
  // push. Put there by a hook on the outbox scan, not by timing: the look at the pull must still come first.
  it('does not push an edit stored while a pass starts on top of the version a colleague wrote at the same number after a restore', async () => {
    const { browser, network, theirs } = await colleagueRewritesVersion2AfterRestore('c-z', 'Pushed before the crash');
    const mine = 'Edited while the pass started';
    const outbox = (browser as unknown as { db: SyncDatabase }).db.outbox;
    const orderBy = outbox.orderBy.bind(outbox);
    let edited: Promise<void> | undefined;
    // The next scan of the outbox in order (the push's) first waits for the caseworker's edit to be stored.
    outbox.orderBy = ((index: string) => {
      const real = orderBy(index);
      if (edited !== undefined) return real;
      edited = (async () => {
        await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-z'))!, notes: mine, updatedAt: new Date().toISOString() });
        // Pulls come back only now: a retry already past its scan when the hook was set cannot pull the
        // colleague's version (and hold it as a conflict) before the edit is stored.
        network.pullsCut = false;
      })();
      const stored = edited;
      return { until: (stop: () => boolean) => ({ each: async (visit: Parameters<ReturnType<typeof real.until>['each']>[0]) => stored.then(() => real.until(stop).each(visit)) }) };
    }) as typeof outbox.orderBy;
    network.cutAfterPush = false;
    await browser.syncNow();
    expect(edited, 'the edit was stored inside the pass').to.not.equal(undefined);
    await edited;
    await browser.syncNow();
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-z'], 'the colleague’s words on the server').to.equal(theirs);
    const held = (await browser.conflicts()).find((row) => row.id === 'c-z');
    expect((held?.theirs as Contact | undefined)?.notes, 'c-z held as a conflict with the colleague’s words').to.equal(theirs);
    expect((await browser.get<Contact>('contact', 'c-z'))!.notes, 'the browser keeps its edit').to.equal(mine);
  });

  it('pushes again a record the server lost although a refused write of it waits in the outbox', async () => {
    const browser = sync.adapter({ token: () => WORKER_B_ONLY });
    await browser.put('contact', { ...draftContact('c-r', { caseId: 'case-a' }), authorId: 'worker-b', updatedBy: 'worker-b', notes: 'First words' });
    await browser.syncNow();
    // Written in another's name: the server refuses it, the outbox keeps it.
    await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-r'))!, updatedBy: 'worker-x', notes: 'Refused write', updatedAt: new Date().toISOString() });
    await browser.syncNow();
    const accepted = 'Accepted words';
    await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-r'))!, updatedBy: 'worker-b', notes: accepted, updatedAt: new Date().toISOString() });
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-r']).to.equal(accepted);
    expect((await browser.rejectedWrites()).length, 'the refused write waits').to.equal(1);
    await emptyDatabase(sync.server);
    await browser.syncNow();
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-r'], 'c-r on the server again as last accepted').to.equal(accepted);
    expect((await browser.rejectedWrites()).map((entry) => (entry.record as Contact).notes), 'the refused write still kept').to.deep.equal(['Refused write']);
  });

  it('pushes again, in the signed-in user’s name, a colleague’s record the server lost (a token that writes only as its user)', async () => {
    const colleague = sync.adapter({ token: () => CASE_A_ONLY });
    const theirs = 'Colleague words';
    await colleague.put('contact', { ...draftContact('c-col', { caseId: 'case-a' }), updatedBy: 'worker-1', notes: theirs });
    await colleague.syncNow();
    await colleague.close();
    const browser = sync.adapter({ token: () => WORKER_B_ONLY });
    const mine = 'My words';
    await browser.put('contact', { ...draftContact('c-mine', { caseId: 'case-a' }), authorId: 'worker-b', updatedBy: 'worker-b', notes: mine });
    await browser.syncNow();
    expect((await browser.get<Contact>('contact', 'c-col'))?.notes, 'the browser has the colleague’s words').to.equal(theirs);
    // The colleague's browser is gone for good; the server is emptied.
    await emptyDatabase(sync.server);
    await browser.syncNow();
    await browser.syncNow();
    expect(await serverNotes(sync.server)).to.deep.equal({ 'c-col': theirs, 'c-mine': mine });
    expect((await browser.rejectedWrites()).length, 'nothing refused').to.equal(0);
    const history = (await sync.server.sql<{ entry: HistoryEntry }>("SELECT entry FROM history WHERE kind = 'contact' AND id = 'c-col' ORDER BY seq")).map((row) => row.entry);
    expect(history.map((entry) => [entry.by, entry.action]), 'restored by the signed-in user').to.deep.equal([['worker-b', 'sync.restored']]);
    expect((await browser.get<Contact>('contact', 'c-col'))!.notes, 'the record’s own fields unchanged').to.equal(theirs);
  });

  it('holds as a conflict a diverged record met while a local write of it is mid-way, never pushing that write on top', async () => {
    const databaseName = freshDatabaseName('sync-resync-intent');
    const browser = sync.adapter({ databaseName });
    await browser.put('contact', { ...draftContact('c-d', { caseId: 'case-a' }), notes: 'One' });
    await browser.syncNow();
    await backupDatabase(sync.server);
    await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-d'))!, notes: 'Two', updatedAt: new Date().toISOString() });
    await browser.syncNow();
    await restoreDatabase(sync.server);
    const colleague = sync.adapter();
    await colleague.syncNow();
    const theirs = 'Colleague two, after the restore';
    await colleague.put('contact', { ...(await colleague.get<Contact>('contact', 'c-d'))!, notes: theirs, updatedAt: new Date().toISOString() });
    await colleague.syncNow();
    // Another tab of this browser is mid-way through a write of c-d: its outbox intent is there, the local write not yet.
    const otherTab = new SyncDatabase(`${databaseName}-sync`);
    const current = (await browser.get<Contact>('contact', 'c-d'))!;
    const mine = { ...current, notes: 'Three, typed during the resync', updatedAt: new Date().toISOString() };
    const order = await otherTab.outbox.add({ key: crypto.randomUUID(), kind: 'contact', id: 'c-d', record: mine, localVersion: current.version + 1, action: 'record.updated', state: 'intent', createdAt: Date.now() });
    const passed = browser.syncNow();
    let done = false;
    void passed.then(() => (done = true));
    await waitUntil(() => done || browser.syncState.error === 'storage.unavailable', 'the resync met the write', { timeout: 30_000 });
    // The other tab's write lands.
    const stored = await browser.local.put('contact', mine);
    await otherTab.outbox.update(order, { state: 'ready', record: stored });
    otherTab.close();
    await passed;
    await browser.syncNow();
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-d'], 'the colleague’s words on the server').to.equal(theirs);
    const held = (await browser.conflicts()).find((row) => row.id === 'c-d');
    expect((held?.theirs as Contact | undefined)?.notes, 'c-d held as a conflict with the colleague’s words').to.equal(theirs);
    expect((await browser.get<Contact>('contact', 'c-d'))!.notes, 'the browser keeps what was typed').to.equal(mine.notes);
  });

  it('pushes again in the name the host gives (`user`), before that of the last write made here', async () => {
    const browser = sync.adapter({ user: () => 'worker-b' });
    await browser.put('contact', { ...draftContact('c-u', { caseId: 'case-a' }), updatedBy: 'worker-1', notes: 'Words' });
    await browser.syncNow();
    await emptyDatabase(sync.server);
    await browser.syncNow();
    await browser.syncNow();
    const history = (await sync.server.sql<{ entry: HistoryEntry }>("SELECT entry FROM history WHERE kind = 'contact' AND id = 'c-u' ORDER BY seq")).map((row) => row.entry);
    expect(history.map((entry) => entry.by)).to.deep.equal(['worker-b']);
  });
});
