import { expect, waitUntil } from '@open-wc/testing';
import { draftContact } from '../fixtures.js';
import { serverNotes, TestNetwork, useSyncServer } from './support.js';

// RX (round 15): a note holding a lone surrogate (half of an emoji, cut by another system or a paste) is
// valid in the browser and stored there, but PostgreSQL's jsonb cannot hold it: the server answered the
// whole push 500 'internal', the browser retried it for ever, and nothing written after it in this browser
// (any record, any case) ever reached the server. The browser now refuses such a write itself
// (test/storage/lone-surrogate.test.ts); the server still must, for a client of an older version or another
// system: the test sends one on the wire, the browser's full emoji cut in half there.

describe('a lone surrogate in a note, pushed to the reference server', function () {
  this.timeout(120_000);
  const sync = useSyncServer();

  it('is refused as that write alone, by name; the writes after it still reach the server', async () => {
    const network = new TestNetwork();
    network.rewritePush = (body) => body.replace('Visit went well \u{1F642}', 'Visit went well \\ud83d');
    const browser = sync.adapter({ network });
    await browser.put('contact', { ...draftContact('c-lone', { caseId: 'case-a' }), notes: 'Visit went well \u{1F642}' });
    await browser.put('contact', { ...draftContact('c-after', { caseId: 'case-a' }), notes: 'Typed after it' });
    void browser.syncNow();
    await waitUntil(() => browser.syncState.connection === 'error', 'the pass did not end', { timeout: 60_000 });
    expect(browser.syncState.error, 'why sync stopped').to.equal('sync.rejected');
    expect(await serverNotes(sync.server)).to.deep.equal({ 'c-after': 'Typed after it' });
    const refused = await browser.rejectedWrites();
    expect(refused.map((entry) => [entry.id, entry.rejection?.code, entry.rejection?.violations.map((found) => `${found.code} ${found.path.join('.')}`)])).to.deep.equal([['c-lone', 'invalid-record', ['value.lone-surrogate record.notes']]]);
    expect(browser.syncState).to.include({ rejected: 1, pending: 0 });
  });
});
