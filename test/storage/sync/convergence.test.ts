// Two browsers offline for 100 edits each, then back online: they converge, no edit is lost, and every
// field both changed is held as a conflict a person sees. What counts is what this test typed.
import { expect } from '@open-wc/testing';
import { ConflictError } from '../../../src/storage/errors.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { SyncStorageAdapter } from '../../../src/storage/sync/sync-adapter.js';
import { draftContact } from '../fixtures.js';
import { startSyncServer, syncAdapter, TestNetwork, type TestServer } from './support.js';

const RECORDS = 20;
/** Records whose notes both browsers edit: the same field on both sides. */
const BOTH_EDIT_NOTES = new Set([0, 1, 2]);
const idOf = (index: number) => `contact-${String(index).padStart(2, '0')}`;

describe('sync: two browsers offline for 100 edits each', function () {
  this.timeout(180_000);
  let server: TestServer;
  let first: SyncStorageAdapter;
  let second: SyncStorageAdapter;
  const firstNet = new TestNetwork();
  const secondNet = new TestNetwork();

  before(async () => {
    server = await startSyncServer();
    first = syncAdapter(server, { network: firstNet });
    second = syncAdapter(server, { network: secondNet });
  });
  after(async () => {
    await first?.close();
    await second?.close();
    await server?.stop();
  });

  it('converge with every edit kept and every same-field conflict held for a person', async () => {
    for (let index = 0; index < RECORDS; index += 1) await first.put('contact', draftContact(idOf(index), { caseId: 'case-a' }));
    await first.syncNow();
    await second.syncNow();
    expect((await second.list<Contact>('contact')).records.length, 'the second browser has every record').to.equal(RECORDS);

    firstNet.online = false;
    secondNet.online = false;
    /** The last value this test wrote, per record and field, per browser. */
    const typedByFirst = new Map<string, Record<string, unknown>>();
    const typedBySecond = new Map<string, Record<string, unknown>>();
    const edit = async (adapter: SyncStorageAdapter, typed: Map<string, Record<string, unknown>>, id: string, change: Partial<Contact>) => {
      const current = (await adapter.get<Contact>('contact', id))!;
      await adapter.put('contact', { ...current, ...change, updatedAt: new Date().toISOString() });
      typed.set(id, { ...typed.get(id), ...change });
    };
    for (let step = 0; step < 100; step += 1) {
      const index = step % RECORDS;
      await edit(first, typedByFirst, idOf(index), index < 10 ? { notes: `first browser, edit ${step}` } : { location: `Place ${step}` });
      await edit(second, typedBySecond, idOf(index), BOTH_EDIT_NOTES.has(index) && step < 50 ? { notes: `second browser, edit ${step}` } : { durationMinutes: step + 1 });
    }
    expect(first.syncState.pending, 'first: every edit waits in its outbox').to.equal(100);
    expect(second.syncState.pending, 'second: every edit waits in its outbox').to.equal(100);

    firstNet.online = true;
    secondNet.online = true;
    await first.syncNow();
    await second.syncNow();
    await first.syncNow();
    await second.syncNow();

    // Every same-field conflict is held, with both values, and nothing else is.
    const conflicts = await second.conflicts();
    expect(conflicts.map((row) => row.id).sort(), 'conflicts').to.deep.equal([...BOTH_EDIT_NOTES].map(idOf));
    for (const row of conflicts) {
      expect(row.fields.map((field) => field.path), `${row.id}: the conflicting field`).to.deep.equal([['notes']]);
      expect(row.fields[0]!.mine).to.equal(typedBySecond.get(row.id)!.notes);
      expect(row.fields[0]!.theirs).to.equal(typedByFirst.get(row.id)!.notes);
    }
    expect(second.syncState.conflicts).to.equal(BOTH_EDIT_NOTES.size);

    // A person is shown each one: the next write of that record is refused with the server's record.
    for (const index of BOTH_EDIT_NOTES) {
      const mine = (await second.get<Contact>('contact', idOf(index)))!;
      expect(mine.notes, 'mine is kept locally meanwhile').to.equal(typedBySecond.get(idOf(index))!.notes);
      let refused: unknown;
      await second.put('contact', mine).catch((error: unknown) => (refused = error));
      expect(refused, `${idOf(index)}: the conflict reaches the caller`).to.be.instanceOf(ConflictError);
      const theirs = (refused as ConflictError<Contact>).current!;
      expect(theirs.notes, 'theirs carries the other browser’s notes').to.equal(typedByFirst.get(idOf(index))!.notes);
      expect(theirs.durationMinutes, 'with my other field merged in').to.equal(typedBySecond.get(idOf(index))!.durationMinutes);
      // The person keeps both sentences: written on top of theirs.
      await second.put('contact', { ...theirs, notes: `${typedByFirst.get(idOf(index))!.notes} / ${mine.notes}` });
      typedBySecond.set(idOf(index), { ...typedBySecond.get(idOf(index)), notes: `${typedByFirst.get(idOf(index))!.notes} / ${mine.notes}` });
      typedByFirst.set(idOf(index), { ...typedByFirst.get(idOf(index)), notes: `${typedByFirst.get(idOf(index))!.notes} / ${mine.notes}` });
    }
    await second.syncNow();
    await first.syncNow();

    // Converged: both browsers and the server hold the same content; each field holds the last value typed.
    const serverRows = await server.sql<{ id: string; body: Contact }>("SELECT id, body FROM records WHERE kind = 'contact' ORDER BY id");
    expect(serverRows.length).to.equal(RECORDS);
    let lost = 0;
    for (const { id, body } of serverRows) {
      const onFirst = (await first.get<Contact>('contact', id))!;
      const onSecond = (await second.get<Contact>('contact', id))!;
      const strip = (record: Contact) => ({ ...record, version: 0, updatedAt: '', updatedBy: '' });
      expect(strip(onFirst), `${id}: first = server`).to.deep.equal(strip(body));
      expect(strip(onSecond), `${id}: second = server`).to.deep.equal(strip(body));
      const typed = { ...typedByFirst.get(id), ...typedBySecond.get(id) };
      for (const [field, value] of Object.entries(typed)) if ((body as unknown as Record<string, unknown>)[field] !== value) lost += 1;
    }
    expect(lost, 'edits lost').to.equal(0);
    expect(first.syncState).to.include({ pending: 0, conflicts: 0, rejected: 0, connection: 'online' });
    expect(second.syncState).to.include({ pending: 0, conflicts: 0, rejected: 0, connection: 'online' });
  });
});
