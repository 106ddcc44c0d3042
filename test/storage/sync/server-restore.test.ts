import { expect, waitUntil } from '@open-wc/testing';
import { verifyHistory } from '../../../src/model/history-chain.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { KNOWN_HEADS_KEPT, SyncDatabase } from '../../../src/storage/sync/sync-db.js';
import { draftContact, freshDatabaseName } from '../fixtures.js';
import { backupDatabase as backup, emptyDatabase as empty, restoreDatabase as restore, serverHistory, TestNetwork, useSyncServer } from './support.js';

// The server's database emptied, or restored from an earlier backup, under a running server: every word a
// browser had synced ends on the server again, at the browser's latest version. What is checked is what the
// test itself typed (`typed`), never what the adapter reports.

describe('SyncStorageAdapter when the server’s log started over (database emptied or restored)', function () {
  this.timeout(120_000);
  const sync = useSyncServer();
  /** What the test typed, by record: the notes of its last write, and whether it was archived. */
  let typed: Map<string, { notes: string; archived: boolean }>;

  const type = async (browser: SyncStorageAdapter, id: string, notes: string) => {
    const current = await browser.get<Contact>('contact', id);
    await browser.put('contact', current ? { ...current, notes, updatedAt: new Date().toISOString() } : { ...draftContact(id, { caseId: 'case-a' }), notes });
    typed.set(id, { notes, archived: false });
  };
  const archive = async (browser: SyncStorageAdapter, id: string) => {
    await browser.archive('contact', (await browser.get<Contact>('contact', id))!);
    typed.set(id, { ...typed.get(id)!, archived: true });
  };

  /** The server holds every typed record as last typed, with a history chain that verifies. */
  async function expectServerHoldsEverything(): Promise<void> {
    const rows = await sync.server.sql<{ id: string; version: number; body: Contact }>("SELECT id, version, body FROM records WHERE kind = 'contact'");
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const [id, { notes, archived }] of typed) {
      const row = byId.get(id);
      expect(row?.body.notes, `${id} on the server as last typed`).to.equal(notes);
      expect(row!.body.archived === true, `${id} archived on the server: ${archived}`).to.equal(archived);
      const history = await serverHistory(sync.server, id);
      expect(history.length, `${id}: one history entry per server version`).to.equal(row!.version);
      expect((await verifyHistory(history, row!.version)).valid, `${id}: the server's chain verifies`).to.equal(true);
    }
  }

  /** A browser that never saw any of it pulls every typed record as last typed. */
  async function expectFreshBrowserGetsEverything(): Promise<void> {
    const fresh = sync.adapter();
    await fresh.syncNow();
    for (const [id, { notes, archived }] of typed) {
      const record = await fresh.get<Contact>('contact', id);
      expect(record?.notes, `${id} pulled by a fresh browser`).to.equal(notes);
      expect(record!.archived === true, `${id} archived in the fresh browser: ${archived}`).to.equal(archived);
    }
    expect(fresh.syncState).to.include({ pending: 0, conflicts: 0 });
  }

  beforeEach(() => {
    typed = new Map();
  });

  it('emptied: every record, edit and archive the browser had synced is pushed again, once; a fresh browser pulls them all', async () => {
    const network = new TestNetwork();
    const browser = sync.adapter({ network });
    for (let index = 0; index < 5; index += 1) await type(browser, `c-empty-${index}`, `Record ${index}, first words`);
    await type(browser, 'c-empty-0', 'Record 0, edited');
    await type(browser, 'c-empty-1', 'Record 1, edited once');
    await type(browser, 'c-empty-1', 'Record 1, edited twice');
    await archive(browser, 'c-empty-4');
    await browser.syncNow();
    expect((await sync.server.sql('SELECT id FROM records')).length).to.equal(5);

    await empty(sync.server);
    await browser.syncNow();
    await expectServerHoldsEverything();
    for (const id of typed.keys()) expect((await serverHistory(sync.server, id)).length, `${id} pushed again once`).to.equal(1);
    expect(browser.syncState).to.include({ pending: 0, conflicts: 0, rejected: 0 });

    // Once per reset: nothing more is pushed by later passes.
    const pushes = network.pushes;
    await browser.syncNow();
    await browser.syncNow();
    expect(network.pushes, 'no push after the resync').to.equal(pushes);
    await expectFreshBrowserGetsEverything();
  });

  it('restored to an earlier backup holding some of them: the older versions get the browser’s later edits on top, the missing records come back', async () => {
    const browser = sync.adapter();
    for (let index = 0; index < 3; index += 1) await type(browser, `c-backup-${index}`, `In the backup ${index}`);
    await browser.syncNow();
    await backup(sync.server);
    for (let index = 3; index < 6; index += 1) await type(browser, `c-backup-${index}`, `After the backup ${index}`);
    await type(browser, 'c-backup-0', 'Edited after the backup');
    await type(browser, 'c-backup-1', 'Edited after the backup, once');
    await type(browser, 'c-backup-1', 'Edited after the backup, twice');
    await archive(browser, 'c-backup-2');
    await browser.syncNow();

    await restore(sync.server);
    await browser.syncNow();
    await expectServerHoldsEverything();
    // On top of the backup's version 1: one more entry each, the chain continued, not started again.
    for (const id of ['c-backup-0', 'c-backup-1', 'c-backup-2']) {
      expect((await serverHistory(sync.server, id)).map((entry) => entry.action), id).to.deep.equal(['record.created', 'sync.restored']);
    }
    expect(browser.syncState).to.include({ pending: 0, conflicts: 0, rejected: 0 });
    await expectFreshBrowserGetsEverything();
  });

  it('restored, and the server already past the browser’s checkpoint again: the browser still notices, gets what others wrote, and pushes what was lost', async () => {
    const browser = sync.adapter();
    for (let index = 0; index < 2; index += 1) await type(browser, `c-behind-${index}`, `In the backup ${index}`);
    await browser.syncNow();
    await backup(sync.server);
    for (let index = 2; index < 8; index += 1) await type(browser, `c-behind-${index}`, `Lost by the restore ${index}`);
    await type(browser, 'c-behind-0', 'Lost edit');
    await browser.syncNow();
    const [{ value: checkpointBefore } = { value: 0 }] = await sync.server.sql<{ value: number }>('SELECT value FROM sync_sequence');

    await restore(sync.server);
    // Someone else writes on the restored server, past where this browser's checkpoint is.
    const other = sync.adapter();
    await other.syncNow();
    for (let index = 0; index < 12; index += 1) await type(other, `c-other-${index}`, `Written by a colleague ${index}`);
    await other.syncNow();
    const [{ value: after } = { value: 0 }] = await sync.server.sql<{ value: number }>('SELECT value FROM sync_sequence');
    expect(Number(after), 'the restored server is past the checkpoint the browser kept').to.be.greaterThan(Number(checkpointBefore));

    await browser.syncNow();
    await expectServerHoldsEverything();
    for (let index = 0; index < 12; index += 1) {
      expect((await browser.get<Contact>('contact', `c-other-${index}`))?.notes, `the colleague's c-other-${index} reached the browser`).to.equal(`Written by a colleague ${index}`);
    }
    await expectFreshBrowserGetsEverything();
  });

  it('offline while the server was emptied: its offline edits and everything synced before reach the server, and it gets what was written meanwhile', async () => {
    const network = new TestNetwork();
    const browser = sync.adapter({ network });
    for (let index = 0; index < 3; index += 1) await type(browser, `c-offline-${index}`, `Synced ${index}`);
    await browser.syncNow();
    network.online = false;
    await type(browser, 'c-offline-0', 'Typed offline');
    await type(browser, 'c-offline-3', 'Created offline');
    await empty(sync.server);
    const other = sync.adapter();
    await type(other, 'c-meanwhile', 'Written while the first browser was offline');
    await other.syncNow();
    network.online = true;
    await browser.syncNow();
    await expectServerHoldsEverything();
    expect((await browser.get<Contact>('contact', 'c-meanwhile'))?.notes).to.equal('Written while the first browser was offline');
    expect(browser.syncState).to.include({ pending: 0, conflicts: 0 });
    await expectFreshBrowserGetsEverything();
  });

  it('a reload in the middle of the resync: the next page finishes it, each record pushed once, and it does not start again', async () => {
    const databaseName = freshDatabaseName('sync-restore-reload');
    // Cut off at the second page of a pull from 0 after the reset: the resync has begun and is not done.
    let cutting = false;
    let cut: () => void = () => undefined;
    const wasCut = new Promise<void>((resolve) => (cut = resolve));
    let pagesFromZero = 0;
    const cutting_fetch: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (cutting && url.includes('/v1/pull')) {
        if (url.includes('since=0&')) pagesFromZero += 1;
        else if (pagesFromZero > 0) {
          cut();
          throw new TypeError('Failed to fetch (the page is being closed)');
        }
      }
      return fetch(input, init);
    };
    const before = sync.adapter({ databaseName, pageSize: 2, fetch: cutting_fetch });
    for (let index = 0; index < 6; index += 1) await type(before, `c-reload-${index}`, `Synced before the reset ${index}`);
    await before.syncNow();
    await empty(sync.server);
    const other = sync.adapter();
    for (let index = 0; index < 5; index += 1) await type(other, `c-new-${index}`, `Written after the reset ${index}`);
    await other.syncNow();

    cutting = true;
    void before.syncNow();
    await wasCut;
    await before.close();
    const kept = new SyncDatabase(`${databaseName}-sync`);
    const due = await kept.resyncDue();
    kept.close();
    expect(due, 'the resync is still due after the reload').to.equal(true);

    const network = new TestNetwork();
    const after = sync.adapter({ databaseName, pageSize: 2, network });
    await after.syncNow();
    await expectServerHoldsEverything();
    for (let index = 0; index < 6; index += 1) expect((await serverHistory(sync.server, `c-reload-${index}`)).length, `c-reload-${index} pushed once`).to.equal(1);
    const pushes = network.pushes;
    await after.syncNow();
    expect(network.pushes, 'the resync does not run again').to.equal(pushes);
    expect(after.syncState).to.include({ pending: 0, conflicts: 0 });
    await expectFreshBrowserGetsEverything();
  });

  it('restored while the server was stopped (it cannot tell): a browser listening to the stream notices the sequence went back, and pushes what was lost', async () => {
    const browser = sync.adapter({ live: true });
    for (let index = 0; index < 2; index += 1) await type(browser, `c-stopped-${index}`, `In the backup ${index}`);
    await browser.syncNow();
    await backup(sync.server);
    for (let index = 2; index < 5; index += 1) await type(browser, `c-stopped-${index}`, `Lost by the restore ${index}`);
    await type(browser, 'c-stopped-0', 'Lost edit');
    await browser.syncNow();
    await sync.server.down();
    await restore(sync.server);
    await sync.server.up();
    await waitUntil(
      async () => (await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-stopped-4'"))[0]?.body.notes === 'Lost by the restore 4',
      'the browser pushed again what the restore lost',
      { timeout: 60_000 },
    );
    await browser.syncNow();
    await expectServerHoldsEverything();
    await expectFreshBrowserGetsEverything();
  });

  it('restored while the server was stopped, and already written past the browser’s checkpoint: a browser without the stream notices at its next pull (the log lacks its checkpoint’s change)', async () => {
    const browser = sync.adapter();
    for (let index = 0; index < 2; index += 1) await type(browser, `c-quiet-${index}`, `In the backup ${index}`);
    await browser.syncNow();
    await backup(sync.server);
    for (let index = 2; index < 5; index += 1) await type(browser, `c-quiet-${index}`, `Lost by the restore ${index}`);
    await type(browser, 'c-quiet-0', 'Lost edit');
    await browser.syncNow();
    const [{ value: checkpointBefore } = { value: 0 }] = await sync.server.sql<{ value: number }>('SELECT value FROM sync_sequence');
    await sync.server.down();
    await restore(sync.server);
    await sync.server.up();
    const other = sync.adapter();
    await other.syncNow();
    for (let index = 0; index < 8; index += 1) await type(other, `c-quiet-other-${index}`, `Written after the restore ${index}`);
    await other.syncNow();
    const [{ value: after } = { value: 0 }] = await sync.server.sql<{ value: number }>('SELECT value FROM sync_sequence');
    expect(Number(after), 'the restored server is past the browser’s checkpoint').to.be.greaterThan(Number(checkpointBefore));

    await browser.syncNow();
    await expectServerHoldsEverything();
    for (let index = 0; index < 8; index += 1) expect((await browser.get<Contact>('contact', `c-quiet-other-${index}`))?.notes).to.equal(`Written after the restore ${index}`);
    await expectFreshBrowserGetsEverything();
  });

  it('a server from before log ids (no `log` in its pages): the browser still notices when a push finds the server lost what it had accepted', async () => {
    // The reference server with `log` taken out of every pull page, as a server of the first protocol answers.
    const withoutLogIds: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).includes('/v1/pull')) return response;
      const { log: _log, ...page } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(page), { status: response.status, headers: { 'Content-Type': 'application/json' } });
    };
    const browser = sync.adapter({ fetch: withoutLogIds });
    for (let index = 0; index < 3; index += 1) await type(browser, `c-old-${index}`, `Synced ${index}`);
    await browser.syncNow();
    await empty(sync.server);
    await type(browser, 'c-old-1', 'Edited after the server was emptied');
    await browser.syncNow();
    await expectServerHoldsEverything();
    expect(browser.syncState).to.include({ pending: 0, conflicts: 0 });
    await expectFreshBrowserGetsEverything();
  });

  it('restored, and a colleague wrote a record after the restore that the browser had changed before it: held as a conflict for a person, nothing overwritten', async () => {
    const browser = sync.adapter();
    await type(browser, 'c-both', 'In the backup');
    await browser.syncNow();
    await backup(sync.server);
    await type(browser, 'c-both', 'Lost by the restore');
    await browser.syncNow();
    await restore(sync.server);
    const colleague = sync.adapter();
    await colleague.syncNow();
    await type(colleague, 'c-both', 'Written by a colleague after the restore');
    await colleague.syncNow();

    await browser.syncNow();
    const [row] = await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-both'");
    expect(row!.body.notes, 'the colleague’s words are not overwritten').to.equal('Written by a colleague after the restore');
    expect((await browser.get<Contact>('contact', 'c-both'))?.notes, 'the browser’s words are not overwritten').to.equal('Lost by the restore');
    const conflicts = await browser.conflicts();
    expect(conflicts.map((conflict) => [conflict.id, conflict.fields.map((field) => [field.path.join('.'), field.mine, field.theirs])])).to.deep.equal([
      ['c-both', [['notes', 'Lost by the restore', 'Written by a colleague after the restore']]],
    ]);
  });

  it('restored to a version further back than the heads a browser keeps: within them, edits go on top; beyond them, held as a conflict for a person, nothing overwritten', async () => {
    const browser = sync.adapter();
    await type(browser, 'c-near', 'In the backup');
    await type(browser, 'c-far', 'In the backup');
    await browser.syncNow();
    await backup(sync.server);
    // c-near: the backup's version is still among the last KNOWN_HEADS_KEPT heads the browser saw; c-far: one edit more, it is not.
    for (let edit = 1; edit <= KNOWN_HEADS_KEPT; edit += 1) {
      if (edit < KNOWN_HEADS_KEPT) await type(browser, 'c-near', `Edit ${edit} after the backup`);
      await type(browser, 'c-far', `Edit ${edit} after the backup`);
    }
    await browser.syncNow();
    expect((await serverHistory(sync.server, 'c-far')).length, 'every edit reached the server').to.equal(KNOWN_HEADS_KEPT + 1);
    await restore(sync.server);

    await browser.syncNow();
    const [near, far] = [`Edit ${KNOWN_HEADS_KEPT - 1} after the backup`, `Edit ${KNOWN_HEADS_KEPT} after the backup`];
    expect((await serverHistory(sync.server, 'c-near')).map((entry) => entry.action), 'c-near: on top of the backup').to.deep.equal(['record.created', 'sync.restored']);
    const [row] = await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-far'");
    expect(row!.body.notes, 'c-far: the server’s version is not overwritten').to.equal('In the backup');
    expect((await browser.get<Contact>('contact', 'c-far'))?.notes, 'c-far: the browser’s words are not overwritten').to.equal(far);
    const conflicts = await browser.conflicts();
    expect(conflicts.map((conflict) => [conflict.id, conflict.fields.map((field) => [field.path.join('.'), field.mine, field.theirs])])).to.deep.equal([['c-far', [['notes', far, 'In the backup']]]]);
    expect((await browser.get<Contact>('contact', 'c-near'))?.notes).to.equal(near);
    const [nearRow] = await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-near'");
    expect(nearRow!.body.notes, 'c-near on the server as last typed').to.equal(near);
  });

  // A reviewer's case against matching by words: a colleague who sets ONE field back on the restored server (a
  // checkbox: few values) makes the record equal a state this browser went through. That is still the
  // colleague's change, not a version behind this browser's: held as a conflict, never overwritten.
  it('restored further back than the heads, and a colleague sets one field back to a value this browser once had: held as a conflict, the colleague’s change not overwritten', async () => {
    const browser = sync.adapter();
    const put = async (change: Partial<Contact>) => {
      const current = await browser.get<Contact>('contact', 'c-t');
      await browser.put('contact', current ? { ...current, ...change, updatedAt: new Date().toISOString() } : { ...draftContact('c-t', { caseId: 'case-a' }), ...change });
    };
    await put({ notes: 'Visit', atChildResidence: false }); // state S1
    await put({ atChildResidence: true }); // state S2: only the box ticked
    await browser.syncNow();
    await backup(sync.server); // the backup holds S2
    for (let edit = 1; edit <= KNOWN_HEADS_KEPT + 1; edit += 1) await put({ notes: `Visit, edit ${edit}` });
    await browser.syncNow();
    await restore(sync.server);
    // On the restored server (S2) a colleague unticks the box: the record now holds S1's words exactly.
    const colleague = sync.adapter();
    await colleague.syncNow();
    await colleague.put('contact', { ...(await colleague.get<Contact>('contact', 'c-t'))!, atChildResidence: false, updatedAt: new Date().toISOString() });
    await colleague.syncNow();

    await browser.syncNow();
    const [row] = await sync.server.sql<{ body: Contact }>("SELECT body FROM records WHERE id = 'c-t'");
    expect(row!.body.atChildResidence, 'the colleague’s unticked box is not overwritten').to.equal(false);
    expect(row!.body.notes, 'the server keeps the restored words').to.equal('Visit');
    const last = `Visit, edit ${KNOWN_HEADS_KEPT + 1}`;
    expect((await browser.get<Contact>('contact', 'c-t'))?.notes, 'the browser’s words are not overwritten').to.equal(last);
    const conflicts = await browser.conflicts();
    expect(conflicts.map((conflict) => conflict.id), 'held as a conflict for a person').to.deep.equal(['c-t']);
    const fields = new Map(conflicts[0]!.fields.map((field) => [field.path.join('.'), [field.mine, field.theirs]]));
    expect(fields.get('notes'), 'the browser’s last words offered').to.deep.equal([last, 'Visit']);
    expect(fields.get('atChildResidence'), 'the colleague’s box offered').to.deep.equal([true, false]);
  });
});
