// Two browsers offline for 100 edits each, then back online together: they converge, no edit is lost, and
// every field both changed is held as a conflict a person sees. What counts is what this test typed.
// Which browser's push reaches the server first is a race (each retries on its own timer), so the test
// asserts what holds either way and syncs until nothing moves, never a fixed number of rounds; a second
// run slows the first browser's network so the other side of the race is exercised every time.
import { expect } from '@open-wc/testing';
import { ConflictError } from '../../../src/storage/errors.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { ConflictRow } from '../../../src/storage/sync/sync-db.js';
import { draftContact } from '../fixtures.js';
import { startSyncServer, syncAdapter, syncUntilQuiet, TestNetwork, type TestBrowser, type TestServer } from './support.js';

const RECORDS = 20;
/** Records whose notes both browsers edit: the same field on both sides. */
const BOTH_EDIT_NOTES = new Set([0, 1, 2]);
const idOf = (index: number) => `contact-${String(index).padStart(2, '0')}`;
/** Longer than the adapters' longest retry delay (200 ms): the other browser's own retry pushes meanwhile. */
const SLOW_PUSH_MS = 300;

/** The last value this test wrote, per record and field, in one browser. */
type Typed = Map<string, Record<string, unknown>>;

for (const slowFirst of [false, true]) {
  describe(`sync: two browsers offline for 100 edits each${slowFirst ? ', the first one’s network slow' : ''}`, function () {
    this.timeout(180_000);
    let server: TestServer;
    let first: TestBrowser;
    let second: TestBrowser;

    before(async () => {
      server = await startSyncServer();
      const browser = (name: string): TestBrowser => {
        const network = new TestNetwork();
        return { name, network, adapter: syncAdapter(server, { network }) };
      };
      first = browser('first');
      second = browser('second');
    });
    after(async () => {
      await first?.adapter.close();
      await second?.adapter.close();
      await server?.stop();
    });

    it('converge with every edit kept and every same-field conflict held for a person', async () => {
      for (let index = 0; index < RECORDS; index += 1) await first.adapter.put('contact', draftContact(idOf(index), { caseId: 'case-a' }));
      await first.adapter.syncNow();
      await second.adapter.syncNow();
      expect((await second.adapter.list<Contact>('contact')).records.length, 'the second browser has every record').to.equal(RECORDS);

      first.network.online = false;
      second.network.online = false;
      const typed = new Map<TestBrowser, Typed>([
        [first, new Map()],
        [second, new Map()],
      ]);
      const edit = async (browser: TestBrowser, id: string, change: Partial<Contact>) => {
        const current = (await browser.adapter.get<Contact>('contact', id))!;
        await browser.adapter.put('contact', { ...current, ...change, updatedAt: new Date().toISOString() });
        typed.get(browser)!.set(id, { ...typed.get(browser)!.get(id), ...change });
      };
      for (let step = 0; step < 100; step += 1) {
        const index = step % RECORDS;
        await edit(first, idOf(index), index < 10 ? { notes: `first browser, edit ${step}` } : { location: `Place ${step}` });
        await edit(second, idOf(index), BOTH_EDIT_NOTES.has(index) && step < 50 ? { notes: `second browser, edit ${step}` } : { durationMinutes: step + 1 });
      }
      expect(first.adapter.syncState.pending, 'first: every edit waits in its outbox').to.equal(100);
      expect(second.adapter.syncState.pending, 'second: every edit waits in its outbox').to.equal(100);

      if (slowFirst) first.network.beforePush = () => new Promise((resolve) => setTimeout(resolve, SLOW_PUSH_MS));
      first.network.online = true;
      second.network.online = true;
      await syncUntilQuiet([first, second]);

      // Every same-field conflict is held, in the browser whose push came second, with both values; nothing else is.
      const held = new Map<string, { holder: TestBrowser; other: TestBrowser; row: ConflictRow }>();
      for (const [holder, other] of [
        [first, second],
        [second, first],
      ] as const) {
        const rows = await holder.adapter.conflicts();
        expect(holder.adapter.syncState.conflicts, `${holder.name}: conflicts counted`).to.equal(rows.length);
        for (const row of rows) {
          expect(held.has(row.id), `${row.id} is held in one browser only`).to.equal(false);
          held.set(row.id, { holder, other, row });
        }
      }
      expect([...held.keys()].sort(), 'the records held as conflicts, in either browser').to.deep.equal([...BOTH_EDIT_NOTES].map(idOf));
      for (const [id, { holder, other, row }] of held) {
        expect(row.fields.map((field) => field.path), `${id}: the conflicting field`).to.deep.equal([['notes']]);
        expect(row.fields[0]!.mine, `${id}: mine is what ${holder.name} typed last`).to.equal(typed.get(holder)!.get(id)!.notes);
        expect(row.fields[0]!.theirs, `${id}: theirs is what ${other.name} typed last`).to.equal(typed.get(other)!.get(id)!.notes);
      }

      // A person is shown each one: the next write of that record is refused with the server's record.
      for (const [id, { holder, other }] of held) {
        const mine = (await holder.adapter.get<Contact>('contact', id))!;
        expect(mine.notes, `${id}: mine is kept locally meanwhile`).to.equal(typed.get(holder)!.get(id)!.notes);
        let refused: unknown;
        await holder.adapter.put('contact', mine).catch((error: unknown) => (refused = error));
        expect(refused, `${id}: the conflict reaches the caller`).to.be.instanceOf(ConflictError);
        const theirs = (refused as ConflictError<Contact>).current!;
        expect(theirs.notes, `${id}: theirs carries the other browser’s notes`).to.equal(typed.get(other)!.get(id)!.notes);
        for (const [field, value] of Object.entries(typed.get(holder)!.get(id)!)) {
          if (field !== 'notes') expect((theirs as unknown as Record<string, unknown>)[field], `${id}: with my ${field} merged in`).to.equal(value);
        }
        // The person keeps both sentences: written on top of theirs.
        const both = `${theirs.notes} / ${mine.notes}`;
        await holder.adapter.put('contact', { ...theirs, notes: both });
        for (const browser of [first, second]) typed.get(browser)!.set(id, { ...typed.get(browser)!.get(id), notes: both });
      }
      await syncUntilQuiet([first, second]);

      // Converged: both browsers and the server hold the same content; each field holds the last value typed.
      const serverRows = await server.sql<{ id: string; body: Contact }>("SELECT id, body FROM records WHERE kind = 'contact' ORDER BY id");
      expect(serverRows.length).to.equal(RECORDS);
      let lost = 0;
      const strip = (record: Contact) => ({ ...record, version: 0, updatedAt: '', updatedBy: '' });
      for (const { id, body } of serverRows) {
        for (const browser of [first, second]) {
          expect(strip((await browser.adapter.get<Contact>('contact', id))!), `${id}: ${browser.name} = server`).to.deep.equal(strip(body));
        }
        const expected = { ...typed.get(first)!.get(id), ...typed.get(second)!.get(id) };
        for (const [field, value] of Object.entries(expected)) if ((body as unknown as Record<string, unknown>)[field] !== value) lost += 1;
      }
      expect(lost, 'edits lost').to.equal(0);
      for (const browser of [first, second]) {
        expect(browser.adapter.syncState, browser.name).to.include({ pending: 0, conflicts: 0, rejected: 0, connection: 'online' });
      }
    });
  });
}
