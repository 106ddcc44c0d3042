// RX (round 16): an export file is plain JSON; whoever carries it (a vendor's script, a person with a text
// editor) can change a record in it and leave its history as it was. The import checks each history's chain
// and that it ends at the record's version, but not that the record is the one its last entry wrote: a
// contact's notes rewritten in the file were imported as the record that genuine history ends at, and the
// target store then shows the forged text with a history that says nothing was wrong.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import type { Contact } from '../../src/model/visitation/contact.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { encryptedEnvelopeSchemas } from '../../src/storage/encrypted-envelope.js';
import { exportServicePlan, importExportDocument } from '../../src/storage/exchange.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

const now = new Date('2026-03-10T14:00:00.000Z');

describe('import of an export file whose record was changed by hand (history left as it was)', () => {
  const names: string[] = [];
  const fresh = (schemas?: typeof encryptedEnvelopeSchemas) => {
    const name = freshDatabaseName('exchange-forged');
    names.push(name);
    return new DexieStorageAdapter({ databaseName: name, ...(schemas ? { schemas } : {}) });
  };
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  async function exported() {
    const source = fresh();
    await source.put('servicePlan', draftPlan('plan-1'));
    const first = await source.put('contact', { ...draftContact('contact-1'), notes: 'Visit went well.' });
    await source.put('contact', { ...first, updatedAt: '2026-03-02T10:00:00.000Z', notes: 'Visit went well. Child asked about school.' });
    await source.put('contact', { ...draftContact('contact-2'), notes: 'First visit.' });
    const document = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    await source.close();
    return JSON.parse(JSON.stringify(document)) as typeof document;
  }

  it('a record edited after its last save (format 1 head) is refused, and nothing is imported', async () => {
    const document = await exported();
    document.contacts.find((contact) => contact.id === 'contact-1')!.notes = 'Mother shouted at the child.';
    const target = fresh();
    const result = await importExportDocument(target, document, { importedBy: 'worker-9', now });
    expect(result.ok, `the forged record was imported: ${JSON.stringify(result)}`).to.equal(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).to.deep.equal(['exchange.history-broken']);
    expect(await target.get<Contact>('contact', 'contact-1')).to.equal(undefined);
    await target.close();
  });

  it('a record edited after its only save (format 2 head, the first write) is refused too', async () => {
    const document = await exported();
    document.contacts.find((contact) => contact.id === 'contact-2')!.notes = 'Child was hurt.';
    const result = await importExportDocument(fresh(), document, { importedBy: 'worker-9', now });
    expect(result.ok, `the forged record was imported: ${JSON.stringify(result)}`).to.equal(false);
  });

  it('the file as exported still imports, from a plain store, a memory store (an archived contact too) and an encrypting one', async () => {
    expect(await importExportDocument(fresh(), await exported(), { importedBy: 'worker-9', now })).to.deep.include({ ok: true, created: 3 });
    const memory = new MemoryStorageAdapter();
    await memory.put('servicePlan', draftPlan('plan-1'));
    const kept = await memory.put('contact', { ...draftContact('contact-1'), notes: 'Visit went well.' });
    await memory.archive('contact', await memory.put('contact', { ...kept, notes: 'Visit went well; archived after review.' }));
    const fromMemory = JSON.parse(JSON.stringify(await exportServicePlan(memory, 'plan-1', { now, exportedBy: 'worker-1' })));
    expect(await importExportDocument(fresh(), fromMemory, { importedBy: 'worker-9', now })).to.deep.include({ ok: true, created: 2 });
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const sealed = new EncryptingStorageAdapter(fresh(encryptedEnvelopeSchemas), { key });
    await sealed.put('servicePlan', draftPlan('plan-1'));
    const first = await sealed.put('contact', { ...draftContact('contact-1'), notes: 'Visit went well.' });
    await sealed.put('contact', { ...first, updatedAt: '2026-03-02T10:00:00.000Z', notes: 'Visit went well. Child asked about school.' });
    const document = JSON.parse(JSON.stringify(await exportServicePlan(sealed, 'plan-1', { now, exportedBy: 'worker-1' })));
    expect(await importExportDocument(fresh(), document, { importedBy: 'worker-9', now })).to.deep.include({ ok: true, created: 2 });
  });
});
