import { expect, fixture, html } from '@open-wc/testing';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { NOW, family, worker } from './helpers.js';
import { manyContacts, seedWeeklyPlan } from './seed.js';

/** The log as a host places it; `fixture` waits for its first render only (the contacts are still being read). */
function place(storage: MemoryStorageAdapter): Promise<ContactLog> {
  return fixture<ContactLog>(html`<contact-log case-id="case-1" child-id="child-1" time-zone="Europe/Lisbon" locale="en" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>`);
}

describe('<contact-log> readComplete', () => {
  it('once it resolves every contact is counted, not only the first page, and the summaries are there', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const seeded = manyContacts(80);
    for (const contact of seeded) storage.seedRaw('contact', contact);
    const log = await place(storage);
    expect(await log.readComplete, 'everything was read').to.equal(true);
    const root = log.shadowRoot!;
    expect(root.querySelector('[data-count]')?.textContent).to.equal(`${seeded.length} contacts shown`);
    expect(root.querySelector('[data-summaries-waiting]'), 'summaries wait no more').to.equal(null);
  });

  it('settles with false when the log cannot be read (never waits for ever)', async () => {
    const storage = new MemoryStorageAdapter();
    storage.list = (() => Promise.reject(new Error('disk unplugged'))) as typeof storage.list;
    const log = await place(storage);
    expect(await log.readComplete).to.equal(false);
    expect(log.shadowRoot!.querySelector('[role="alert"]'), 'the log says so').to.not.equal(null);
  });
});
