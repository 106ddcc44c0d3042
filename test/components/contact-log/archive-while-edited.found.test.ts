// RX (round 16): two devices offline. On one, a caseworker adds a safety concern to a contact's notes; on the
// other, a colleague archives that contact (having never seen the new words). On reconnecting, the field-level
// merge takes both (notes from one side, `archived` from the other) with no conflict: the contact, with the
// new concern in it, vanishes from the first device's log and nothing on either device says so. The words are
// kept (in the archive), but the one who typed them is not told, and the one who archived never saw them.
import { expect } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { startSyncServer, syncAdapter, TestNetwork, type TestServer } from '../../storage/sync/support.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { settle } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

describe('<contact-log> on a synced storage: a contact edited offline on one device, archived on the other', function () {
  this.timeout(120_000);
  let server: TestServer;
  const adapters: SyncStorageAdapter[] = [];
  beforeEach(async () => {
    server = await startSyncServer();
  });
  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.close();
    await server.stop();
  });

  it('the edit does not vanish silently: it is held for a person, or the contact stays in sight', async () => {
    const network = new TestNetwork();
    const first = syncAdapter(server);
    const second = syncAdapter(server, { network });
    adapters.push(first, second);
    await seedWeeklyPlan(first);
    await first.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', notes: 'Good visit.' }));
    await first.syncNow();
    await second.syncNow();
    network.online = false;
    const log = await mountLog({ storage: second });
    const onSecond = (await second.get<Contact>('contact', 'visit-3'))!;
    await second.put<Contact>('contact', { ...onSecond, notes: 'Good visit. Safety concern: bruise on the left arm.' }, { action: 'contact.updated' });
    await first.archive('contact', (await first.get<Contact>('contact', 'visit-3'))!);
    await first.syncNow();
    network.online = true;
    await second.syncNow();
    await settle(log);
    const stored = (await second.get<Contact>('contact', 'visit-3'))!;
    expect(stored.notes, 'the words are kept').to.contain('Safety concern');
    const shown = rows(log).some((row) => row.dataset.id === 'visit-3');
    expect(
      { conflicts: second.syncState.conflicts > 0, shown, archived: stored.archived === true },
      'the contact with the new concern was archived by the merge, out of sight, and no conflict was held',
    ).not.to.deep.equal({ conflicts: false, shown: false, archived: true });
    // An edit beats an archive (src/model/shared/edit-beats-archive.ts): in sight here, and back on the device that archived it.
    expect(shown, 'the contact with the new concern is in the log of the device that wrote it').to.equal(true);
    await first.syncNow();
    const onFirst = (await first.get<Contact>('contact', 'visit-3'))!;
    expect({ archived: onFirst.archived === true, notes: onFirst.notes }, 'the device that archived it has it back, with the new words').to.deep.equal({ archived: false, notes: 'Good visit. Safety concern: bruise on the left arm.' });
    log.remove();
  });
});
