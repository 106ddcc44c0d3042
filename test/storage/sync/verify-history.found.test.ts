// RX (round 16): on a synced device (SyncStorageAdapter, the setup the README recommends with a server), the
// history panel never checks a record's history: the adapter has no verifyHistory, so a history edited in the
// device's IndexedDB (devtools, a copied profile) is shown as genuine, while the same edit on a plain
// IndexedDB store is flagged. The local store the sync adapter writes through keeps the same chain.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { draftContact } from '../fixtures.js';
import { TestNetwork, useSyncServer } from './support.js';

describe('SyncStorageAdapter: a record\'s history checked', function () {
  this.timeout(120_000);
  const sync = useSyncServer();

  it('genuine on both devices after an offline edit on each side is merged; a forged entry on one is named', async () => {
    const network = new TestNetwork();
    const first = sync.adapter();
    const second = sync.adapter({ network });
    const created = await first.put('contact', { ...draftContact('c-1'), notes: 'Visit went well.' });
    await first.syncNow();
    await second.syncNow();
    network.online = false;
    const onSecond = (await second.get<Contact>('contact', 'c-1'))!;
    await second.put<Contact>('contact', { ...onSecond, location: 'Aunt’s home' }, { action: 'contact.updated' });
    await first.put<Contact>('contact', { ...created, notes: 'Visit went well; child asked about school.' }, { action: 'contact.updated' });
    await first.syncNow();
    network.online = true;
    await second.syncNow();
    await first.syncNow();
    expect(typeof second.verifyHistory, 'the sync adapter checks histories').to.equal('function');
    expect(await first.verifyHistory!('contact', 'c-1'), 'first device').to.include({ valid: true });
    expect(await second.verifyHistory!('contact', 'c-1'), 'second device (merged)').to.include({ valid: true });

    // Devtools on the second device: its last entry now says someone else made it.
    const raw = new Dexie((second as unknown as { options: { databaseName: string } }).options.databaseName);
    await raw.open();
    const entries = (await raw.table('history').toArray()) as { id: string; recordId: string; seq: number; by: string }[];
    const last = entries.filter((entry) => entry.recordId === 'c-1').sort((a, b) => b.seq - a.seq)[0]!;
    await raw.table('history').put({ ...last, by: 'someone-else' });
    raw.close();
    expect(await second.verifyHistory!('contact', 'c-1')).to.include({ valid: false, reason: 'hash-mismatch' });
  });
});
