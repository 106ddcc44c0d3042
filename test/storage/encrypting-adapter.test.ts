// Encryption at rest: on a shared or lost computer, the IndexedDB files hold no readable case notes.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { encryptedEnvelopeSchemas } from '../../src/storage/encrypted-envelope.js';
import { ConflictError, InvalidRecordError, StorageError } from '../../src/storage/errors.js';
import { verifyHistory } from '../../src/model/history-chain.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { draftContact, freshDatabaseName } from './fixtures.js';

const secretNote = 'Mother disclosed the new address: 14 Rua das Flores';

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function encryptedStore(databaseName: string, key: CryptoKey): EncryptingStorageAdapter {
  return new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas }), { key });
}

/** Everything in the database's object stores, as the browser keeps it, read with the raw IndexedDB API. */
async function rawDatabaseText(databaseName: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const dump: unknown[] = [];
  for (const storeName of [...db.objectStoreNames]) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    dump.push(...rows);
  }
  db.close();
  return JSON.stringify(dump);
}

describe('EncryptingStorageAdapter', () => {
  let databaseName: string;
  beforeEach(() => {
    databaseName = freshDatabaseName('encrypted');
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('stores no plaintext of a note, a comment or a location in IndexedDB, yet reads everything back', async () => {
    const storage = encryptedStore(databaseName, await newKey());
    const contact = { ...draftContact('contact-secret'), notes: secretNote, location: 'Casa da avó Benedita' };
    const stored = await storage.put('contact', contact, { comment: 'Benedita asked to keep this private' });
    await storage.put('contact', { ...stored, notes: `${secretNote} (confirmed)` });

    const raw = await rawDatabaseText(databaseName);
    for (const secret of ['Rua das Flores', 'disclosed', 'Benedita', 'confirmed']) expect(raw, secret).not.to.include(secret);
    // The lookups still work on the clear index fields.
    expect(raw).to.include('contact-secret').and.to.include('child-1');

    const read = (await storage.get<Contact>('contact', 'contact-secret'))!;
    expect([read.version, read.notes, read.location]).to.deep.equal([2, `${secretNote} (confirmed)`, 'Casa da avó Benedita']);
    const listed = await storage.list<Contact>('contact', { childId: 'child-1' });
    expect(listed.records.map((record) => record.notes)).to.deep.equal([`${secretNote} (confirmed)`]);
    await storage.close();
  });

  it('keeps when a contact took place out of IndexedDB, in text or as a number, yet lists the newest first', async () => {
    const storage = encryptedStore(databaseName, await newKey());
    // Recorded in the opposite order to when they took place: an order by the clear `createdAt` is wrong.
    const visits = [
      { id: 'visit-late', occurredAt: '2026-03-17T16:45:00.000Z', createdAt: '2026-03-18T08:00:00.000Z' },
      { id: 'visit-middle', occurredAt: '2026-03-12T13:20:00.000Z', createdAt: '2026-03-19T08:00:00.000Z' },
      { id: 'visit-early', occurredAt: '2026-03-05T10:05:00.000Z', createdAt: '2026-03-20T08:00:00.000Z' },
    ];
    await storage.transaction(visits.map(({ id, occurredAt, createdAt }) => ({ kind: 'contact', record: { ...draftContact(id), occurredAt, createdAt, updatedAt: createdAt } })));
    const raw = await rawDatabaseText(databaseName);
    for (const { occurredAt } of visits) {
      for (const trace of [occurredAt, occurredAt.slice(0, 16), String(Date.parse(occurredAt))]) expect(raw, trace).not.to.include(trace);
    }
    const first = await storage.list<Contact>('contact', { childId: 'child-1', newest: 2 });
    expect(first.records.map((record) => record.id)).to.deep.equal(['visit-late', 'visit-middle']);
    await storage.close();
  });

  it('wraps any adapter: over memory too, only envelopes are held and everything reads back', async () => {
    const inner = new MemoryStorageAdapter({ schemas: encryptedEnvelopeSchemas });
    const storage = new EncryptingStorageAdapter(inner, { key: await newKey() });
    const stored = await storage.put('contact', { ...draftContact('contact-m'), notes: secretNote });
    expect(JSON.stringify(await inner.get('contact', 'contact-m'))).not.to.include('Rua das Flores');
    expect((await storage.get<Contact>('contact', 'contact-m'))!.notes).to.equal(secretNote);
    expect([stored.version, storage.persistent, storage.name]).to.deep.equal([1, false, 'encrypted memory']);
  });

  it('a write returns exactly what a read gives back: the parsed record as sealed (a -0 reads back as 0), not the object passed in', async () => {
    const storage = new EncryptingStorageAdapter(new MemoryStorageAdapter({ schemas: encryptedEnvelopeSchemas }), { key: await newKey() });
    const passed = { ...draftContact('contact-z'), durationMinutes: -0 };
    const stored = await storage.put('contact', passed);
    expect(stored).to.deep.equal(await storage.get('contact', 'contact-z'));
    expect(Object.is(stored.durationMinutes, 0)).to.equal(true);
    const [inBatch] = await storage.transaction([{ kind: 'contact', record: { ...stored, durationMinutes: -0 } as Contact }]);
    expect(inBatch).to.deep.equal(await storage.get('contact', 'contact-z'));
  });

  it('refuses to read with a wrong key: a clear StorageError decrypt-failed naming the record, not its content', async () => {
    const writer = encryptedStore(databaseName, await newKey());
    await writer.put('contact', { ...draftContact('contact-k'), notes: secretNote });
    await writer.close();

    const wrongKey = encryptedStore(databaseName, await newKey());
    const error = await wrongKey.get('contact', 'contact-k').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).failure).to.equal('decrypt-failed');
    expect((error as StorageError).code).to.equal('storage.decrypt-failed');
    expect((error as StorageError).message).to.include('contact-k').and.not.to.include('Rua');
    const listError = await wrongKey.list('contact').catch((caught: unknown) => caught);
    expect((listError as StorageError).code).to.equal('storage.decrypt-failed');
    await wrongKey.close();
  });

  it('detects a ciphertext altered in the database, or copied from another record', async () => {
    const key = await newKey();
    const storage = encryptedStore(databaseName, key);
    await storage.put('contact', { ...draftContact('contact-a'), notes: 'first child' });
    await storage.put('contact', { ...draftContact('contact-b'), notes: 'second child' });
    const db = new Dexie(databaseName);
    await db.open();
    const rows = db.table<{ kind: string; id: string; record: { ciphertext: string; iv: string } }>('records');
    const a = (await rows.get(['contact', 'contact-a']))!;
    const b = (await rows.get(['contact', 'contact-b']))!;
    await rows.put({ ...b, record: { ...b.record, iv: a.record.iv, ciphertext: a.record.ciphertext } });
    const flipped = a.record.ciphertext.startsWith('A') ? `B${a.record.ciphertext.slice(1)}` : `A${a.record.ciphertext.slice(1)}`;
    await rows.put({ ...a, record: { ...a.record, ciphertext: flipped } });
    db.close();
    for (const id of ['contact-a', 'contact-b']) {
      const error = await storage.get('contact', id).catch((caught: unknown) => caught);
      expect((error as StorageError).failure, id).to.equal('decrypt-failed');
    }
    await storage.close();
  });

  it('keeps version checks: a stale write is a ConflictError carrying both versions decrypted', async () => {
    const key = await newKey();
    const first = encryptedStore(databaseName, key);
    const second = encryptedStore(databaseName, key);
    const created = await first.put('contact', { ...draftContact('contact-c'), notes: 'original' });
    await second.put('contact', { ...created, notes: 'theirs' });
    const error = await first.put('contact', { ...created, notes: 'mine' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ConflictError);
    const conflict = error as ConflictError<Contact>;
    expect([conflict.attempted.notes, conflict.current?.notes, conflict.current?.version]).to.deep.equal(['mine', 'theirs', 2]);
    const mineAgain: Contact = { ...created, notes: 'mine again' };
    const transactionError = await first.transaction([{ kind: 'contact', record: mineAgain }]).catch((caught: unknown) => caught);
    expect((transactionError as ConflictError<Contact>).current?.notes).to.equal('theirs');
    await Promise.all([first.close(), second.close()]);
  });

  it('refuses an invalid record before encrypting it, with the violated fields', async () => {
    const storage = encryptedStore(databaseName, await newKey());
    const error = await storage.put('contact', { ...draftContact('contact-i'), durationMinutes: -5 }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).violations.map((violation) => violation.path.join('.'))).to.include('durationMinutes');
    expect(await storage.get('contact', 'contact-i')).to.equal(undefined);
    await storage.close();
  });

  it('shows a readable history (who, what changed, comment) and the chain still verifies', async () => {
    const storage = encryptedStore(databaseName, await newKey());
    const created = await storage.put('contact', { ...draftContact('contact-h'), notes: 'first' }, { action: 'contact.created' });
    const edited = await storage.put('contact', { ...created, notes: 'second', updatedBy: 'worker-2' }, { action: 'contact.edited', comment: 'typo' });
    const archived = await storage.archive('contact', edited, { action: 'contact.archived' });
    const history = await storage.history('contact', 'contact-h');
    expect(history.map((entry) => [entry.seq, entry.action, entry.by])).to.deep.equal([
      [1, 'contact.created', 'worker-1'],
      [2, 'contact.edited', 'worker-2'],
      [3, 'contact.archived', 'worker-2'],
    ]);
    expect(history[1]!.comment).to.equal('typo');
    expect(history[1]!.changes).to.deep.equal([{ path: 'notes', before: 'first', after: 'second' }]);
    expect(history[2]!.changes).to.deep.equal([{ path: 'archived', after: true }]);
    expect(await verifyHistory(history, archived.version)).to.deep.include({ valid: true, entries: 3 });
    expect(JSON.stringify(history[1]!.sealedChanges)).not.to.include('second');
    // A shown entry altered (its readable comment stays, its sealed one swapped) no longer verifies.
    const forged = history.map((entry, index) => (index === 1 ? { ...entry, sealedComment: history[0]!.sealedComment ?? 'x' } : entry));
    expect((await verifyHistory(forged, archived.version)).valid).to.equal(false);
    await storage.close();
  });
});
