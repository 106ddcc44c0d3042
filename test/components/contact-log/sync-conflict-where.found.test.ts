// RX (round 16): two devices edit the same contact's notes offline, then reconnect to the reference server.
// The second device's indicator says "1 record was also changed by someone else: open it to choose what to
// keep", but nothing says which record, and opening that contact (its row, its edit form) shows neither the
// other device's words nor that this contact is the one: the conflict surfaces only if the caseworker
// happens to save that contact again. Until then the other device's text is visible nowhere on this one.
import { waitUntil } from '@open-wc/testing';
import { expect } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { startSyncServer, syncAdapter, TestNetwork, type TestServer } from '../../storage/sync/support.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { click, settle } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

/** Every text of an element and of the shadow roots inside it. */
function deepText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (element.shadowRoot) text += ` ${deepText(element.shadowRoot)} `;
      text += deepText(element);
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) text += ` ${element.value} `;
    }
  }
  return text.replace(/\s+/g, ' ');
}

describe('<contact-log> on a synced storage: two devices edit the same contact offline', function () {
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

  it('the contact held as a conflict is the one that shows it when opened, with the other device\'s words', async () => {
    const network = new TestNetwork();
    const first = syncAdapter(server);
    const second = syncAdapter(server, { network });
    adapters.push(first, second);
    await seedWeeklyPlan(first);
    await first.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', notes: 'Good visit.' }));
    await first.syncNow();
    await second.syncNow();
    network.online = false;
    const onSecond = (await second.get<Contact>('contact', 'visit-3'))!;
    await second.put<Contact>('contact', { ...onSecond, notes: 'Mine: mother arrived late.' }, { action: 'contact.updated' });
    const onFirst = (await first.get<Contact>('contact', 'visit-3'))!;
    await first.put<Contact>('contact', { ...onFirst, notes: 'Theirs: father came too.' }, { action: 'contact.updated' });
    await first.syncNow();
    network.online = true;
    await second.syncNow();
    expect(second.syncState.conflicts, 'held for a person').to.equal(1);

    const log = await mountLog({ storage: second });
    await settle(log);
    await waitUntil(() => deepText(log.shadowRoot!).includes('also changed by someone else'), 'the indicator announces it');
    const row = () => rows(log).find((item) => item.dataset.id === 'visit-3')!;
    expect(deepText(row()), 'the row').to.contain('Mine: mother arrived late.');
    // As the indicator says: open it.
    await click(log, row().querySelector<HTMLElement>('[data-action="edit"]')!);
    await settle(log);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settle(log);
    expect(deepText(log.shadowRoot!), 'the other device\'s words, once the contact is opened').to.contain('Theirs: father came too.');
    log.remove();
  });
});
