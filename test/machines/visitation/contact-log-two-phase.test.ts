// A long contact log opens in two phases: its newest contacts first (a page read from an index in time
// order), then every contact, merged with what changed meanwhile. Summaries, recording and editing wait
// for the whole log: a rule or a compliance count judged on a page would be wrong.
import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import type { ListQuery } from '../../../src/storage/adapter.js';
import { StorageError } from '../../../src/storage/errors.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { queryContacts } from '../../../src/model/visitation/contact-query.js';
import { selectContactLogMode, selectVisibleContacts } from '../../../src/machines/visitation/contact-log-selectors.js';
import { FIRST_PAGE_CONTACTS } from '../../../src/machines/visitation/contact-log-actors.js';
import { contact } from '../../model/visitation/fixtures.js';
import { GatedStorage } from '../../storage/support/gated-storage.js';
import { startContactLog } from './contact-log-harness.js';

let stores = 0;
async function seeded(count: number): Promise<{ name: string; all: Contact[] }> {
  const name = `two-phase-${Date.now()}-${(stores += 1)}`;
  // Every fifth contact archived: the page counts them too (the archived filter shows them).
  const all = Array.from({ length: count }, (_, index) => ({ ...contact(new Date(Date.UTC(2025, 0, 1) + index * 3_600_000 * 9).toISOString(), undefined, { archived: index % 5 === 0 }), version: 0, id: `log-${index}` }));
  const stored = (await new MemoryStorageAdapter({ name }).transaction(all.map((record) => ({ kind: 'contact', record })))) as Contact[];
  return { name, all: stored };
}

const ids = (contacts: readonly Contact[]) => contacts.map((entry) => entry.id);

describe('contact log machine: a long log in two phases', () => {
  it('shows the newest contacts first, then the whole log with what changed meanwhile; summaries, recording and editing wait for it', async () => {
    const { name, all } = await seeded(FIRST_PAGE_CONTACTS * 3);
    const storage = new GatedStorage({ name });
    const log = startContactLog(storage);
    const page = await log.until('idle');
    expect(page.context.complete).to.equal(false);
    expect(page.context.contacts).to.have.length(FIRST_PAGE_CONTACTS);
    // The first rows are the whole log's first rows.
    const wholeOrder = ids(queryContacts(all, page.context.filter, 'newest-first'));
    expect(ids(selectVisibleContacts(page))).to.deep.equal(wholeOrder.slice(0, selectVisibleContacts(page).length));

    const shown = selectVisibleContacts(page)[0]!;
    log.send({ type: 'RECORD' });
    log.send({ type: 'EDIT', contactId: shown.id });
    log.send({ type: 'ARCHIVE', contactId: shown.id });
    expect(selectContactLogMode(log.snapshot())).to.equal('idle');
    expect(log.snapshot().context.editor).to.equal(undefined);

    // Another tab changes a contact on the page and one not yet read, while the rest is being read.
    const otherTab = new MemoryStorageAdapter({ name });
    const notRead = all.find((entry) => !page.context.contacts.some((held) => held.id === entry.id))!;
    const changedShown = await otherTab.put('contact', { ...shown, notes: 'Changed in another tab' });
    await otherTab.put('contact', { ...notRead, notes: 'Also changed' });
    await waitFor(log.actor, (snapshot) => snapshot.context.contacts.find((held) => held.id === shown.id)!.version === changedShown.version, { timeout: 3000 });

    storage.letWholeReadsThrough();
    const whole = await waitFor(log.actor, (snapshot) => snapshot.context.complete, { timeout: 3000 });
    expect(whole.context.contacts).to.have.length(all.length);
    expect(whole.context.contacts.find((held) => held.id === shown.id)!.notes).to.equal('Changed in another tab');
    expect(whole.context.contacts.find((held) => held.id === notRead.id)!.notes).to.equal('Also changed');
    expect(ids(selectVisibleContacts(whole))).to.deep.equal(ids(queryContacts(whole.context.contacts, whole.context.filter, 'newest-first')));
    log.send({ type: 'RECORD' });
    expect(selectContactLogMode(log.snapshot())).to.equal('editing');
    log.actor.stop();
  });

  it('keeps a contact changed while the rest was read when that read returned the older version', async () => {
    const { name, all } = await seeded(FIRST_PAGE_CONTACTS * 2);
    const storage = new GatedStorage({ name });
    // The whole read answers with what was stored before the change (it began first).
    const before = await new MemoryStorageAdapter({ name }).list<Contact>('contact', { childId: 'child-1', includeArchived: true });
    storage.list = (async (kind: string, query: ListQuery = {}) =>
      kind === 'contact' && query.newest === undefined ? (storage.letWholeReadsThrough(), before) : MemoryStorageAdapter.prototype.list.call(storage, kind, query)) as typeof storage.list;
    const newest = all.at(-1)!;
    const changed = await new MemoryStorageAdapter({ name }).put('contact', { ...newest, notes: 'Newer than the whole read' });
    const log = startContactLog(storage);
    const whole = await waitFor(log.actor, (snapshot) => snapshot.context.complete, { timeout: 3000 });
    expect(whole.context.contacts.find((held) => held.id === newest.id)).to.deep.equal(changed);
    expect(whole.context.contacts).to.have.length(all.length);
    log.actor.stop();
  });

  it('shows the failure of the second read with a retry that reads the log again', async () => {
    const { name, all } = await seeded(FIRST_PAGE_CONTACTS + 10);
    const storage = new GatedStorage({ name });
    storage.failWith = new StorageError('unavailable', 'IndexedDB went away');
    const log = startContactLog(storage);
    await log.until('idle');
    storage.letWholeReadsThrough();
    const failed = await log.until('load-failed');
    expect(failed.context.error?.code).to.equal('storage.unavailable');
    expect(log.emitted.map((event) => event.type)).to.include('error');
    storage.failWith = undefined;
    log.send({ type: 'RETRY' });
    const whole = await waitFor(log.actor, (snapshot) => snapshot.context.complete && selectContactLogMode(snapshot) === 'idle', { timeout: 3000 });
    expect(whole.context.contacts).to.have.length(all.length);
    log.actor.stop();
  });

  it('reads a log shorter than a page once', async () => {
    const { name, all } = await seeded(FIRST_PAGE_CONTACTS - 1);
    const storage = new GatedStorage({ name });
    const log = startContactLog(storage);
    const idle = await log.until('idle');
    expect(idle.context.complete).to.equal(true);
    expect(idle.context.contacts).to.have.length(all.length);
    expect(storage.wholeReads).to.equal(0);
    log.actor.stop();
  });
});
