import { expect } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { PushResult, PushWrite } from '../../../src/storage/sync/protocol.js';
import { lookupMessage, shippedLocales } from '../../../src/components/shared/i18n/catalog.js';
import '../../../src/components/shared/i18n/messages/sync.js';
import '../../components/shared/i18n/all-locales.js';
import { draftContact } from '../fixtures.js';
import { CASE_A_ONLY, emptyDatabase, serverNotes, useSyncServer, WORKER_B_ONLY } from './support.js';

// Who created a contact (`authorId`) is set once, by a token that may write as them; a colleague's later edit
// keeps it; after a restore, a browser pushes a colleague's lost contact back on the server's own receipt.

/** Each code has a sentence in every shipped language (`localize.violation` finds it). */
const localized = (code: string) => shippedLocales.filter((locale) => typeof lookupMessage(locale, code) !== 'string');

const authorOnServer = async (server: { sql<R>(text: string, params?: unknown[]): Promise<R[]> }, id: string) =>
  (await server.sql<{ author: string }>("SELECT body->>'authorId' AS author FROM records WHERE kind = 'contact' AND id = $1", [id]))[0]?.author;

describe('SyncStorageAdapter: who created a record', function () {
  this.timeout(90_000);
  const sync = useSyncServer();

  /** One write sent as a client of another kind would, with worker-b's token. */
  async function pushAsWorkerB(write: Omit<PushWrite, 'idempotencyKey'>): Promise<PushResult> {
    const response = await fetch(`${sync.server.url}/v1/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${WORKER_B_ONLY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ writes: [{ idempotencyKey: crypto.randomUUID(), ...write }] }),
    });
    return ((await response.json()) as { results: PushResult[] }).results[0]!;
  }

  it('refuses, by name, a new contact whose author is someone the token may not write as; kept here, shown as refused', async () => {
    const workerB = sync.adapter({ token: () => WORKER_B_ONLY });
    // Written by worker-b, said to be worker-2's.
    await workerB.put('contact', { ...draftContact('c-forged-author', { caseId: 'case-a' }), authorId: 'worker-2', updatedBy: 'worker-b', notes: 'Mother did not attend' });
    await workerB.put('contact', { ...draftContact('c-own', { caseId: 'case-a' }), authorId: 'worker-b', updatedBy: 'worker-b', notes: 'Own words' });
    await workerB.syncNow();
    const refused = await workerB.rejectedWrites();
    expect(refused.map((entry) => [entry.id, entry.rejection?.code, entry.rejection?.violations])).to.deep.equal([['c-forged-author', 'forbidden', [{ code: 'sync.author-not-token-user', path: ['record', 'authorId'] }]]]);
    expect(await serverNotes(sync.server), 'only its own contact is on the server').to.deep.equal({ 'c-own': 'Own words' });
    expect((await workerB.get<Contact>('contact', 'c-forged-author'))?.notes, 'kept here').to.equal('Mother did not attend');
    expect(workerB.syncState).to.include({ connection: 'error', error: 'sync.rejected', rejected: 1 });
    expect(localized('sync.author-not-token-user'), 'languages without the message').to.deep.equal([]);
  });

  it("keeps the author through a colleague's edit, and refuses an edit that changes it", async () => {
    const colleague = sync.adapter({ token: () => CASE_A_ONLY });
    await colleague.put('contact', { ...draftContact('c-col', { caseId: 'case-a' }), notes: 'Colleague words' }); // worker-1's
    await colleague.syncNow();
    const workerB = sync.adapter({ token: () => WORKER_B_ONLY });
    await workerB.syncNow();
    await workerB.put('contact', { ...(await workerB.get<Contact>('contact', 'c-col'))!, updatedBy: 'worker-b', notes: 'Edited by worker-b', updatedAt: new Date().toISOString() });
    await workerB.syncNow();
    expect(await serverNotes(sync.server)).to.deep.equal({ 'c-col': 'Edited by worker-b' });
    expect(await authorOnServer(sync.server, 'c-col'), 'still worker-1’s').to.equal('worker-1');
    await workerB.put('contact', { ...(await workerB.get<Contact>('contact', 'c-col'))!, authorId: 'worker-b', updatedBy: 'worker-b', notes: 'Now mine?', updatedAt: new Date().toISOString() });
    await workerB.syncNow();
    const refused = await workerB.rejectedWrites();
    expect(refused.map((entry) => [entry.id, entry.rejection?.code, entry.rejection?.violations])).to.deep.equal([['c-col', 'forbidden', [{ code: 'sync.author-changed', path: ['record', 'authorId'] }]]]);
    expect(await authorOnServer(sync.server, 'c-col')).to.equal('worker-1');
    expect(localized('sync.author-changed'), 'languages without the message').to.deep.equal([]);
  });

  it("pushes back a colleague's contact the server lost with its author, on the server's receipt, which names that record and author only", async () => {
    const colleague = sync.adapter({ token: () => CASE_A_ONLY });
    await colleague.put('contact', { ...draftContact('c-lost', { caseId: 'case-a' }), notes: 'Colleague words' }); // worker-1's
    await colleague.syncNow();
    await colleague.close();
    const workerB = sync.adapter({ token: () => WORKER_B_ONLY, user: () => 'worker-b' });
    await workerB.syncNow();
    const pulled = await (await fetch(`${sync.server.url}/v1/pull?since=0`, { headers: { Authorization: `Bearer ${WORKER_B_ONLY}` } })).json() as { changes: { record: { id: string }; authorship?: string }[] };
    const receipt = pulled.changes.find((change) => change.record.id === 'c-lost')?.authorship;
    expect(receipt, 'the server gives a receipt with the contact').to.be.a('string');
    await emptyDatabase(sync.server);
    // The receipt proves nothing of another record, nor of another author.
    const forgedOther = { ...draftContact('c-other', { caseId: 'case-a' }), updatedBy: 'worker-b' }; // authorId worker-1
    const history = { at: forgedOther.updatedAt, by: 'worker-b', action: 'record.created' };
    expect(await pushAsWorkerB({ kind: 'contact', baseVersion: 0, record: forgedOther, history, authorship: receipt! })).to.deep.include({ status: 'rejected', code: 'forbidden' });
    const otherAuthor = { ...draftContact('c-lost', { caseId: 'case-a' }), authorId: 'worker-2', updatedBy: 'worker-b' };
    expect(await pushAsWorkerB({ kind: 'contact', baseVersion: 0, record: otherAuthor, history, authorship: receipt! })).to.deep.include({ status: 'rejected', code: 'forbidden' });
    // The browser pushes it back, in worker-b's name, with worker-1 still its author.
    await workerB.syncNow();
    await workerB.syncNow();
    expect((await workerB.rejectedWrites()).map((entry) => [entry.id, entry.action, entry.authorship, JSON.stringify(entry.rejection)]), 'nothing refused').to.deep.equal([]);
    expect(await serverNotes(sync.server)).to.deep.equal({ 'c-lost': 'Colleague words' });
    expect(await authorOnServer(sync.server, 'c-lost')).to.equal('worker-1');
  });
});
