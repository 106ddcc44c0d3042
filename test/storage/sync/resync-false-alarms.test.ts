import { expect, waitUntil } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { draftContact } from '../fixtures.js';
import { CASE_A_ONLY, emptyDatabase, EVERY_CASE, serverHistory, serverNotes, useSyncServer } from './support.js';

// What is not a server restore must not start a resync (a pull from 0, records pushed again), and a resync
// must not push what the token may not see.

/** A fetch that counts pulls from the start and pushes, and can hold the first stream's response back. */
class CountingFetch {
  pullsFromZero = 0;
  pushes = 0;
  streams = 0;
  firstStreamChunksRead = 0;
  private released: Promise<void> | undefined;
  release: () => void = () => undefined;

  holdFirstStream(): void {
    this.released = new Promise((resolve) => (this.release = resolve));
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.pathname.endsWith('/v1/pull') && url.searchParams.get('since') === '0') this.pullsFromZero += 1;
    if (url.pathname.endsWith('/v1/push')) this.pushes += 1;
    if (url.pathname.endsWith('/v1/stream')) {
      this.streams += 1;
      const response = await fetch(input, init);
      if (this.streams > 1) return response;
      await this.released;
      // Counts what the browser has read of it (its ready first).
      const reader = response.body!.getReader();
      const body = new ReadableStream<Uint8Array>({
        pull: async (controller) => {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else {
            this.firstStreamChunksRead += 1;
            controller.enqueue(value);
          }
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, { status: response.status, headers: response.headers });
    }
    return fetch(input, init);
  };
}

describe('SyncStorageAdapter resync: no false alarms', function () {
  this.timeout(120_000);
  const sync = useSyncServer();

  it('a caseload that shrank (the checkpoint’s change now in a case the token may not see) is no restore', async () => {
    let token = EVERY_CASE;
    const counting = new CountingFetch();
    const browser = sync.adapter({ token: () => token, fetch: counting.fetch });
    await browser.put('contact', { ...draftContact('c-a', { caseId: 'case-a' }), notes: 'case a' });
    await browser.put('contact', { ...draftContact('c-b', { caseId: 'case-b' }), notes: 'case b' });
    await browser.syncNow();
    const [pulls, pushes] = [counting.pullsFromZero, counting.pushes];
    token = CASE_A_ONLY;
    await browser.syncNow();
    await browser.syncNow();
    expect(counting.pullsFromZero - pulls, 'pulls from 0').to.equal(0);
    expect(counting.pushes - pushes, 'pushes').to.equal(0);
    expect((await browser.rejectedWrites()).length, 'refused writes').to.equal(0);
    expect(browser.syncState.connection).to.equal('online');
  });

  it('a resync leaves alone, untouched and not refused, the records of a case the token may no longer see; it says so, and sends them when the case comes back', async () => {
    let token = EVERY_CASE;
    const browser = sync.adapter({ token: () => token });
    await browser.put('contact', { ...draftContact('c-a', { caseId: 'case-a' }), notes: 'case a' });
    await browser.put('contact', { ...draftContact('c-b', { caseId: 'case-b' }), notes: 'case b' });
    await browser.syncNow();
    const typed = await browser.get<Contact>('contact', 'c-b');
    token = CASE_A_ONLY;
    await emptyDatabase(sync.server);
    await browser.syncNow();
    await browser.syncNow();
    expect(await serverNotes(sync.server), 'only the visible case pushed again').to.deep.equal({ 'c-a': 'case a' });
    expect((await browser.rejectedWrites()).length, 'refused writes').to.equal(0);
    expect(await browser.get<Contact>('contact', 'c-b'), 'c-b kept here, untouched').to.deep.equal(typed);
    expect(browser.syncState, 'the caseworker is told: one record kept here, out of the caseload').to.include({ connection: 'online', outOfScope: 1, pending: 0, rejected: 0 });
    expect((await browser.outOfScopeWrites()).map((entry) => [entry.id, entry.record.caseId])).to.deep.equal([['c-b', 'case-b']]);
    // The case is given back: the record the server lost is sent at the next pass.
    token = EVERY_CASE;
    await browser.syncNow();
    expect(await serverNotes(sync.server), 'c-b on the server again, with the words typed').to.deep.equal({ 'c-a': 'case a', 'c-b': 'case b' });
    expect(browser.syncState).to.include({ connection: 'online', outOfScope: 0, pending: 0, rejected: 0 });
    expect(await browser.get<Contact>('contact', 'c-b'), 'c-b here as typed').to.deep.equal(typed);
  });

  it('a record of a case out of scope, edited again before the case comes back: the edit waits with it (not refused), and reaches the server after it, in order', async () => {
    let token = EVERY_CASE;
    const browser = sync.adapter({ token: () => token });
    await browser.put('contact', { ...draftContact('c-a', { caseId: 'case-a' }), notes: 'case a' });
    await browser.put('contact', { ...draftContact('c-b', { caseId: 'case-b' }), notes: 'case b' });
    await browser.syncNow();
    token = CASE_A_ONLY;
    await emptyDatabase(sync.server);
    await browser.syncNow();
    await browser.syncNow();
    // Still open in the browser: the caseworker adds a line to it.
    const typed = 'case b, and a line typed later';
    await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-b'))!, notes: typed, updatedAt: new Date().toISOString() });
    await browser.syncNow();
    expect((await browser.rejectedWrites()).map((entry) => [entry.id, entry.rejection?.code]), 'refused writes').to.deep.equal([]);
    expect((await browser.outOfScopeWrites()).map((entry) => [entry.id, (entry.record as Contact).notes]), 'both wait, in order').to.deep.equal([['c-b', 'case b'], ['c-b', typed]]);
    expect(browser.syncState).to.include({ connection: 'online', outOfScope: 2, pending: 0, rejected: 0 });
    token = EVERY_CASE;
    await browser.syncNow();
    expect((await serverNotes(sync.server))['c-b'], 'c-b on the server as last typed').to.equal(typed);
    expect((await serverHistory(sync.server, 'c-b')).map((entry) => entry.action), 'the restore, then the edit').to.deep.equal(['sync.restored', 'record.updated']);
    expect(browser.syncState).to.include({ connection: 'online', outOfScope: 0, pending: 0, rejected: 0 });
  });

  it('two browsers that typed the same words (a push conflict that merges into the server’s version) is no restore', async () => {
    const first = sync.adapter();
    await first.put('contact', { ...draftContact('c-1', { caseId: 'case-a' }), notes: 'Before' });
    await first.syncNow();
    const counting = new CountingFetch();
    const second = sync.adapter({ fetch: counting.fetch });
    await second.syncNow();
    const typeSame = async (browser: SyncStorageAdapter) => browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-1'))!, notes: 'Both typed this', updatedAt: new Date().toISOString() });
    await typeSame(first);
    await first.syncNow();
    const before = counting.pullsFromZero;
    // The second browser has not pulled the first's version: its push meets it.
    await typeSame(second);
    await second.syncNow();
    await second.syncNow();
    expect(counting.pullsFromZero - before, 'pulls from 0').to.equal(0);
    expect((await second.conflicts()).length).to.equal(0);
    expect((await serverNotes(sync.server))['c-1']).to.equal('Both typed this');
  });

  it('a stream’s ready that arrives late, after pulls moved the checkpoint, is no restore', async () => {
    const colleague = sync.adapter();
    await colleague.put('contact', { ...draftContact('c-0', { caseId: 'case-a' }), notes: 'zero' });
    await colleague.syncNow();
    const counting = new CountingFetch();
    counting.holdFirstStream();
    const browser = sync.adapter({ live: true, fetch: counting.fetch });
    await browser.syncNow();
    for (let index = 1; index < 4; index += 1) await colleague.put('contact', { ...draftContact(`c-${index}`, { caseId: 'case-a' }), notes: `n${index}` });
    await colleague.syncNow();
    // The browser pulls past the sequence the server had when the held stream opened.
    await browser.syncNow();
    expect(counting.streams, 'the stream was opened before the pull').to.equal(1);
    const before = counting.pullsFromZero;
    counting.release();
    await waitUntil(() => counting.firstStreamChunksRead > 0, 'the browser read the late ready');
    // The late ready wakes a pass; two more passes after it would run a resync marked by it.
    await browser.syncNow();
    await browser.syncNow();
    await browser.syncNow();
    expect(counting.pullsFromZero - before, 'pulls from 0 after the late ready').to.equal(0);
  });
});
