import { expect, html, waitUntil } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import '../../../src/define/all-elements.js';
import { mount, settle } from '../../components/shared/mount.js';
import '../../components/shared/surface.js';
import { lookupMessage, shippedLocales } from '../../../src/components/shared/i18n/catalog.js';
import '../../components/shared/i18n/all-locales.js';
import { draftContact } from '../fixtures.js';
import { serverNotes, TestNetwork, useSyncServer } from './support.js';

// A write the server's database cannot store for a reason of its own refuses that write alone; a database
// that is down fails every push, which the browser retries. In neither case is anything typed lost.

const REFUSED_WORDS = 'Words this server’s database refuses';
const CONSTRAINT = 'sv16_test_refuses_words';

/** Every request the browser made, and how many the server answered with a 500. */
class CountingNetwork extends TestNetwork {
  serverErrors = 0;
  private readonly counted = this.fetch;
  override readonly fetch: typeof fetch = async (input, init) => {
    const response = await this.counted(input, init);
    if (response.status === 500) this.serverErrors += 1;
    return response;
  };
}

/** Resolves once a pass of `browser` ended after `network` pushed at least once (it may have failed: syncNow() would wait for a pass that succeeds). */
async function passEnded(browser: SyncStorageAdapter, network: CountingNetwork, serverErrors = 0): Promise<void> {
  void browser.syncNow();
  await waitUntil(() => network.pushes > 0 && network.serverErrors >= serverErrors && browser.syncState.connection !== 'syncing', 'a pass with a push ended', { timeout: 30_000 });
}

const contact = (id: string, notes: string): Contact => ({ ...draftContact(id, { caseId: 'case-a' }), notes });

describe('SyncStorageAdapter: a write the server cannot store', function () {
  this.timeout(90_000);
  const sync = useSyncServer();

  it('refuses that write alone, by name: the writes after it reach the server, and it stays here, shown as refused', async () => {
    // A rule of this server's database the browser does not know (an agency's own constraint).
    await sync.server.sql(`ALTER TABLE records ADD CONSTRAINT ${CONSTRAINT} CHECK (body->>'notes' IS DISTINCT FROM '${REFUSED_WORDS}')`);
    try {
      const network = new CountingNetwork();
      const browser = sync.adapter({ network });
      await browser.put('contact', contact('c-before', 'Before'));
      await browser.put('contact', contact('c-refused', REFUSED_WORDS));
      await browser.put('contact', contact('c-after', 'After'));
      await passEnded(browser, network);
      expect(await serverNotes(sync.server), 'the writes before and after it are stored').to.deep.equal({ 'c-before': 'Before', 'c-after': 'After' });
      const refused = await browser.rejectedWrites();
      expect(refused.map((entry) => [entry.kind, entry.id, entry.rejection?.code, entry.rejection?.violations.map((violation) => violation.code)])).to.deep.equal([['contact', 'c-refused', 'unstorable', ['sync.unstorable-record']]]);
      expect((await browser.get<Contact>('contact', 'c-refused'))?.notes, 'what was typed is kept here').to.equal(REFUSED_WORDS);
      expect(browser.syncState).to.include({ connection: 'error', error: 'sync.rejected', rejected: 1, pending: 0 });
      expect(network.serverErrors, 'no push failed whole').to.equal(0);
      expect(shippedLocales.filter((locale) => typeof lookupMessage(locale, 'sync.unstorable-record') !== 'string'), 'languages without the reason').to.deep.equal([]);
      // The caseworker sees it, in their language.
      const surface = await mount(html`<test-surface locale="pt"><cp-sync-status .storage=${browser as unknown as StorageAdapter}></cp-sync-status></test-surface>`);
      await settle(surface);
      expect(surface.querySelector('cp-sync-status')!.shadowRoot!.textContent).to.contain('1 alteração foi recusada pelo servidor da instituição. Ela fica guardada neste dispositivo');
      // A later write of the same record, with words the database takes, goes.
      await browser.put('contact', { ...(await browser.get<Contact>('contact', 'c-refused'))!, notes: 'Corrected', updatedAt: new Date().toISOString() });
      await browser.syncNow();
      expect((await serverNotes(sync.server))['c-refused']).to.equal('Corrected');
    } finally {
      await sync.server.sql(`ALTER TABLE records DROP CONSTRAINT IF EXISTS ${CONSTRAINT}`);
    }
  });

  it('retries every write, refusing none, while the database is down; sends them all when it is back', async () => {
    const network = new CountingNetwork();
    // The database goes down just as the browser pushes (its look at the pull went through).
    network.beforePush = async () => {
      if (network.pushes === 1) await sync.server.databaseDown();
    };
    const browser = sync.adapter({ network });
    await browser.put('contact', contact('c-1', 'One'));
    await browser.put('contact', contact('c-2', 'Two'));
    // A first failed push, then at least one retry (a pull, failing too, with the database still down).
    await passEnded(browser, network, 2);
    expect(await browser.rejectedWrites(), 'nothing refused').to.deep.equal([]);
    expect(browser.syncState).to.include({ connection: 'error', error: 'sync.internal', rejected: 0, pending: 2 });
    expect(await serverNotes(sync.server), 'nothing stored').to.deep.equal({});
    await sync.server.databaseUp();
    await browser.syncNow();
    expect(await serverNotes(sync.server)).to.deep.equal({ 'c-1': 'One', 'c-2': 'Two' });
    expect(browser.syncState).to.include({ connection: 'online', rejected: 0, pending: 0 });
  });
});
