import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { FIRST_PAGE_CONTACTS } from '../../../src/machines/visitation/contact-log-actors.js';
import { deepActiveElement, pressKey } from '../a11y-helpers.js';
import { settle, until } from '../visitation-planner/helpers.js';
import { seedWeeklyPlan, manyContacts } from './seed.js';
import { GatedStorage } from '../../storage/support/gated-storage.js';
import { NOW, countText, family, listOf, mountLog, rows, worker } from './helpers.js';

describe('<contact-log> with 10 000 contacts', () => {
  it('keeps only a window of rows in the page, scrolls through all of them, and reads notes as text', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.transaction(manyContacts(10_000).map((record) => ({ kind: 'contact', record })));
    const log = await mountLog({ storage });
    await settle(log);
    await until(log, () => rows(log).length > 0, 'no rows');
    expect(countText(log)).to.equal('10,000 contacts shown');
    expect(rows(log).length).to.be.within(5, 40);
    expect(rows(log)[0]!.getAttribute('aria-setsize')).to.equal('10000');

    // The newest contact's notes hold markup: shown as text, no element made from it.
    const first = rows(log)[0]!;
    expect(first.querySelector('[data-notes]')!.textContent).to.equal('<img src=x onerror=alert(1)> plain text');
    expect(first.querySelector('img')).to.equal(null);

    const list = listOf(log);
    const viewport = list.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    viewport.scrollTop = viewport.scrollHeight / 2;
    viewport.dispatchEvent(new Event('scroll'));
    await list.updateComplete;
    const positions = rows(log).map((row) => Number(row.getAttribute('aria-posinset')));
    expect(positions).to.include(5001);
    expect(rows(log).length).to.be.within(5, 40);
  });

  it('shows the newest rows while the rest is read, then the count, the summaries and recording once all are in', async () => {
    const name = `long-log-${Date.now()}`;
    const seeding = new MemoryStorageAdapter({ name });
    await seedWeeklyPlan(seeding);
    await seeding.transaction(manyContacts(2_000).map((record) => ({ kind: 'contact', record })));
    const storage = new GatedStorage({ name });
    const log = await fixture<ContactLog>(html`<contact-log case-id="case-1" child-id="child-1" time-zone="Europe/Lisbon" locale="en" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>`);
    const $ = (selector: string) => log.shadowRoot!.querySelector<HTMLElement>(selector);
    await waitUntil(() => rows(log).length > 0, 'no first rows', { timeout: 5000 });
    expect(rows(log)[0]!.querySelector('[data-notes]')!.textContent).to.equal('<img src=x onerror=alert(1)> plain text');
    expect(rows(log)[0]!.getAttribute('aria-setsize')).to.equal(String(FIRST_PAGE_CONTACTS));
    expect($('[data-reading]')!.textContent).to.equal(`The ${FIRST_PAGE_CONTACTS} most recent contacts are shown; reading the rest of the log…`);
    expect($('[data-count]')).to.equal(null);
    expect($('[part="summaries"]')).to.equal(null);
    expect($('[data-summaries-waiting]')).not.to.equal(null);
    expect(($('[data-action="record"]') as HTMLButtonElement).disabled).to.equal(true);

    storage.letWholeReadsThrough();
    await waitUntil(() => $('[data-count]'), 'the rest never arrived', { timeout: 5000 });
    expect(countText(log)).to.equal('2,000 contacts shown');
    expect(rows(log)[0]!.getAttribute('aria-setsize')).to.equal('2000');
    expect($('[data-reading]')).to.equal(null);
    expect($('[part="summaries"]')).not.to.equal(null);
    expect(($('[data-action="record"]') as HTMLButtonElement).disabled).to.equal(false);
  });

  it('moves between rows with the arrow keys, Home and End, keeping focus on a row in view', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.transaction(manyContacts(500).map((record) => ({ kind: 'contact', record })));
    const log = await mountLog({ storage });
    await until(log, () => rows(log).length > 0, 'no rows');
    const position = () => deepActiveElement()!.closest('[role="listitem"]')!.getAttribute('aria-posinset');
    rows(log)[0]!.querySelector<HTMLElement>('.row-open')!.focus();
    await pressKey('ArrowDown');
    await listOf(log).updateComplete;
    expect(position()).to.equal('2');
    await pressKey('End');
    await listOf(log).updateComplete;
    await settle(log);
    expect(position()).to.equal('500');
    await pressKey('Home');
    await listOf(log).updateComplete;
    expect(position()).to.equal('1');
    // Tab goes into the focused row's buttons.
    await pressKey('Tab');
    expect(deepActiveElement()!.getAttribute('data-action')).to.equal('edit');
  });
});
