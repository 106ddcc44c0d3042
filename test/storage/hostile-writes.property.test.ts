// Fuzzing that reaches storage and imports, not only the model's schemas: hostile records written through
// each adapter, and hostile export documents imported. Every outcome must be a stored record that is exactly
// what was parsed, or a typed refusal (InvalidRecordError, a problem list): never another exception, never
// a polluted prototype, never a partial write.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import Dexie from 'dexie';
import { buildExportDocument } from '../../src/model/exchange/build.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { encryptedEnvelopeSchemas } from '../../src/storage/encrypted-envelope.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { InvalidRecordError } from '../../src/storage/errors.js';
import { importExportDocument } from '../../src/storage/exchange.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import { reportFigures } from '../reliability/support/report.js';
import { hostileValue, isPolluted, mutated, pollutingObjects } from '../model/properties/hostile.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

const now = new Date('2026-03-10T14:00:00.000Z');

describe('hostile writes and imports reach storage', () => {
  const databaseName = freshDatabaseName('hostile');
  let adapters: [string, StorageAdapter][];
  before(async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    adapters = [
      ['memory', new MemoryStorageAdapter()],
      ['indexeddb', new DexieStorageAdapter({ databaseName })],
      ['encrypted', new EncryptingStorageAdapter(new MemoryStorageAdapter({ schemas: encryptedEnvelopeSchemas }), { key })],
    ];
  });
  after(async () => {
    for (const [, adapter] of adapters) await adapter.close();
    await Dexie.delete(databaseName);
  });

  it('writes a hostile record exactly as parsed, or refuses it with an InvalidRecordError', async () => {
    let tried = 0;
    const crashes: string[] = [];
    const record = fc.oneof(mutated(draftContact('contact-h')), pollutingObjects, hostileValue, mutated({ ...draftContact('contact-h'), extra: { nested: true } }));
    await fc.assert(
      fc.asyncProperty(record, fc.constantFrom(0, 1, 2), async (value, which) => {
        const [label, storage] = adapters[which]!;
        // A new id every run (shrinking replays values): a refused write must leave nothing under it.
        const id = `contact-h${tried}`;
        const candidate = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as object), id, version: 0 } : value;
        tried += 1;
        try {
          const stored = await storage.put('contact', candidate as never);
          // Stored: what reads back is what the put returned, with no field the schema does not know.
          expect(await storage.get('contact', id), label).to.deep.equal(stored);
        } catch (error) {
          if (!(error instanceof InvalidRecordError)) crashes.push(`${label}: ${String(error)}`);
          else expect(await storage.get('contact', id), label).to.equal(undefined);
        }
        expect(isPolluted()).to.equal(false);
      }),
      { numRuns: 150 },
    );
    reportFigures({ scenario: 'hostile records written through each adapter', hostileInputs: tried, crashes: crashes.length });
    expect(crashes).to.deep.equal([]);
  });

  it('imports a hostile document to a result (created or problems), never an exception, and all or nothing', async () => {
    let tried = 0;
    const crashes: string[] = [];
    const base = buildExportDocument({ plan: { ...draftPlan('plan-h'), version: 1 }, revisions: [], visitationPlans: [], contacts: [], histories: [] }, { now, exportedBy: 'worker-1' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(base), hostileValue, pollutingObjects), async (document) => {
        const storage = new MemoryStorageAdapter();
        tried += 1;
        try {
          const result = await importExportDocument(storage, document, { importedBy: 'worker-9', now });
          if (!result.ok) expect((await storage.list('servicePlan')).records).to.deep.equal([]);
        } catch (error) {
          crashes.push(String(error));
        }
        expect(isPolluted()).to.equal(false);
        await storage.close();
      }),
      { numRuns: 150 },
    );
    reportFigures({ scenario: 'hostile export documents imported', hostileInputs: tried, crashes: crashes.length });
    expect(crashes).to.deep.equal([]);
  });
});
