// The contact log's first page through the encrypting adapter (issue 18): it must be the same page as from
// every record decrypted, reveal nothing of when contacts took place, and decrypt little more than the page.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { encryptedEnvelopeSchemas, type EncryptedEnvelope } from '../../src/storage/encrypted-envelope.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { CorruptRecordError } from '../../src/storage/errors.js';
import { databaseLayouts } from '../../src/storage/dexie-schema.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { draftContact, freshDatabaseName } from './fixtures.js';

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const hour = 3_600_000;
const start = Date.parse('2026-03-30T10:00:00.000Z');

/** `count` contacts, one every 5 hours backwards, each logged 2 hours after it took place (as visits are). */
function loggedAfterwards(count: number): Contact[] {
  return Array.from({ length: count }, (_, index) => {
    const occurredAt = new Date(start - index * 5 * hour).toISOString();
    const createdAt = new Date(start - index * 5 * hour + 2 * hour).toISOString();
    return { ...draftContact(`contact-${String(index).padStart(4, '0')}`), occurredAt, createdAt, updatedAt: createdAt };
  });
}

/** Exceptions the bound must not miss: one logged before it took place (the newest), one logged long after. */
const inAdvance = { ...draftContact('contact-in-advance'), occurredAt: '2026-04-02T10:00:00.000Z', createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z' };
const lateEntry = { ...draftContact('contact-late-entry'), occurredAt: '2026-03-29T09:30:00.000Z', createdAt: '2026-01-02T08:00:00.000Z', updatedAt: '2026-01-02T08:00:00.000Z' };
const backdated = { ...draftContact('contact-backdated'), occurredAt: '2025-06-01T09:00:00.000Z', createdAt: '2026-03-31T08:00:00.000Z', updatedAt: '2026-03-31T08:00:00.000Z' };

/** Counts the AES-GCM decryptions the page makes while `work` runs. */
async function countDecryptions<R>(work: () => Promise<R>): Promise<{ result: R; decryptions: number }> {
  const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
  let decryptions = 0;
  crypto.subtle.decrypt = ((...args: Parameters<SubtleCrypto['decrypt']>) => {
    decryptions += 1;
    return decrypt(...args);
  }) as SubtleCrypto['decrypt'];
  try {
    return { result: await work(), decryptions };
  } finally {
    crypto.subtle.decrypt = decrypt;
  }
}

/** The first page as a reader of every record would see it: sorted by when each took place, newest first. */
function expectedPage(contacts: readonly Contact[], size: number): string[] {
  return [...contacts]
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
    .slice(0, size)
    .map((contact) => contact.id);
}

describe('EncryptingStorageAdapter: a first page in time order', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  for (const [label, makeInner] of [
    ['over IndexedDB', () => new DexieStorageAdapter({ databaseName: names[names.push(freshDatabaseName('encrypted-page')) - 1]!, schemas: encryptedEnvelopeSchemas })],
    ['over memory', () => new MemoryStorageAdapter({ schemas: encryptedEnvelopeSchemas })],
  ] as const) {
    it(`${label}: the same page as every record decrypted, decrypting a few times the page and not the whole log`, async () => {
      const storage = new EncryptingStorageAdapter(makeInner() as StorageAdapter, { key: await newKey() });
      const contacts = [...loggedAfterwards(400), inAdvance, lateEntry, backdated];
      await storage.transaction(contacts.map((record) => ({ kind: 'contact', record })));
      const { result, decryptions } = await countDecryptions(() => storage.list<Contact>('contact', { childId: 'child-1', newest: 20 }));
      expect(result.records.map((record) => record.id)).to.deep.equal(expectedPage(contacts, 20));
      expect(result.records[0]!.id).to.equal('contact-in-advance');
      expect(result.records.map((record) => record.id)).to.include('contact-late-entry');
      expect(decryptions, `decryptions for a page of 20 out of ${contacts.length} contacts`).to.be.at.most(contacts.length / 4);
      const whole = await storage.list<Contact>('contact', { childId: 'child-1' });
      expect(whole.records.length).to.equal(contacts.length);
      await storage.close();
    });
  }

  it('still finds the newest when every contact was created at one instant (a bulk import): all are decrypted', async () => {
    const storage = new EncryptingStorageAdapter(new MemoryStorageAdapter({ schemas: encryptedEnvelopeSchemas }), { key: await newKey() });
    const contacts = loggedAfterwards(60).map((contact) => ({ ...contact, createdAt: '2026-04-01T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z' }));
    await storage.transaction(contacts.map((record) => ({ kind: 'contact', record })));
    const first = await storage.list<Contact>('contact', { childId: 'child-1', newest: 5 });
    expect(first.records.map((record) => record.id)).to.deep.equal(expectedPage(contacts, 5));
    await storage.close();
  });

  it('marks in clear only whether a contact took place by its creation, and a mark forged on a later one is refused on reading', async () => {
    const databaseName = freshDatabaseName('encrypted-mark');
    names.push(databaseName);
    const storage = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas }), { key: await newKey() });
    await storage.transaction([inAdvance, loggedAfterwards(1)[0]!].map((record) => ({ kind: 'contact', record })));
    const db = new Dexie(databaseName);
    await db.open();
    const rows = db.table<{ kind: string; id: string; at: number; record: Record<string, unknown> }>('records');
    const advance = (await rows.get(['contact', 'contact-in-advance']))!;
    const logged = (await rows.get(['contact', 'contact-0000']))!;
    expect([advance.record.boundedByCreation, logged.record.boundedByCreation]).to.deep.equal([undefined, true]);
    // The index holds the clear creation time, or "first": never when the contact took place.
    expect([advance.at, logged.at]).to.deep.equal([Number.MAX_SAFE_INTEGER, Date.parse(loggedAfterwards(1)[0]!.createdAt)]);
    await rows.put({ ...advance, at: Date.parse(inAdvance.createdAt), record: { ...advance.record, boundedByCreation: true } });
    db.close();
    const error = await storage.get('contact', 'contact-in-advance').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(CorruptRecordError);
    expect((error as CorruptRecordError).violations).to.deep.include({ code: 'storage.clear-field-mismatch', path: ['boundedByCreation'] });
    await storage.close();
  });

  it('after the upgrade from layout 4, an envelope of an earlier release (no mark) that took place after its creation is on the first page', async () => {
    const databaseName = freshDatabaseName('encrypted-layout-4');
    names.push(databaseName);
    const key = await newKey();
    // Envelopes as an earlier release wrote them: sealed the same way, without the mark, indexed by createdAt.
    const sealing = new MemoryStorageAdapter({ schemas: encryptedEnvelopeSchemas });
    await new EncryptingStorageAdapter(sealing, { key }).transaction([inAdvance, ...loggedAfterwards(30)].map((record) => ({ kind: 'contact', record })));
    const envelopes = (await sealing.list<EncryptedEnvelope>('contact', { childId: 'child-1' })).records.map(({ boundedByCreation: _mark, ...envelope }) => envelope);
    const fourthRelease = new Dexie(databaseName);
    for (const layout of databaseLayouts.slice(0, 4)) fourthRelease.version(layout.version).stores(layout.stores);
    await fourthRelease.open();
    await fourthRelease.table('records').bulkPut(envelopes.map((envelope) => ({ kind: 'contact', id: envelope.id, caseId: 'case-1', childId: 'child-1', at: Date.parse(String(envelope.createdAt)), record: envelope })));
    await fourthRelease.table('meta').put({ key: 'schemaVersion', value: 4 });
    fourthRelease.close();
    const storage = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas }), { key });
    // Then this release logs ten more visits, marked, created after every earlier one.
    const logged = Array.from({ length: 10 }, (_, index) => {
      const occurredAt = new Date(Date.parse('2026-04-01T00:00:00.000Z') + index * hour).toISOString();
      const createdAt = new Date(Date.parse(occurredAt) + 2 * hour).toISOString();
      return { ...draftContact(`contact-new-${index}`), occurredAt, createdAt, updatedAt: createdAt };
    });
    await storage.transaction(logged.map((record) => ({ kind: 'contact', record })));
    const first = await storage.list<Contact>('contact', { childId: 'child-1', newest: 3 });
    expect(first.records.map((record) => record.id)).to.deep.equal(expectedPage([inAdvance, ...loggedAfterwards(30), ...logged], 3));
    expect(first.records[0]!.id).to.equal('contact-in-advance');
    await storage.close();
  });
});
