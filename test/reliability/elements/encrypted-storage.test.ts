// The elements on an encrypted store: a host wraps IndexedDB in EncryptingStorageAdapter and the elements
// work as before, while the database on disk holds none of what the caseworker typed.
import { expect, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { encryptedEnvelopeSchemas } from '../../../src/storage/encrypted-envelope.js';
import { EncryptingStorageAdapter } from '../../../src/storage/encrypting-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { contact } from '../../model/visitation/fixtures.js';
import { $, mountEditor, typeInto, untilSaved } from '../../components/service-plan-editor/helpers.js';
import { mountLog } from '../../components/contact-log/helpers.js';
import { freshDatabaseName } from '../../storage/fixtures.js';

async function rawDatabaseText(databaseName: string): Promise<string> {
  const db = new Dexie(databaseName);
  await db.open();
  const dump = await Promise.all(db.tables.map((table) => table.toArray()));
  db.close();
  return JSON.stringify(dump);
}

describe('the elements on an encrypted IndexedDB store', () => {
  let databaseName: string;
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('<service-plan-editor> and <contact-log> show and save as usual; the database holds no plaintext', async () => {
    databaseName = freshDatabaseName('encrypted-elements');
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const storage = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas }), { key });
    await storage.put('servicePlan', { ...readyPlan(), version: 0 });
    await storage.put('contact', { ...contact('2026-03-10T15:00:00.000Z'), version: 0, notes: 'Grandmother Benedita brought the photo album.' });

    const editor = await mountEditor({ storage, planId: 'plan-1' });
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Leo returns home safely');
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Leo lives with his aunt Celestina');
    await untilSaved(editor);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('Leo lives with his aunt Celestina');

    const log = await mountLog({ storage });
    await waitUntil(() => (log.shadowRoot!.querySelector('cp-contact-list')?.shadowRoot?.textContent ?? '').includes('Benedita'), 'the contact is not shown');

    const raw = await rawDatabaseText(databaseName);
    for (const secret of ['Celestina', 'Benedita', 'Leo returns home', 'photo album']) expect(raw, secret).not.to.include(secret);
    await storage.close();
  });
});
