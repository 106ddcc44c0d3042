// Someone with access to the browser's database, trying to make the records say something else: each case
// edits the stored rows with raw Dexie, then checks what the adapter says. `npm run reliability` prints
// how many of the cases the test itself ran were detected.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { chainHistoryEntry, digestRecord, importHistoryKey, type HistoryKey } from '../../src/model/history-chain.js';
import type { HistoryEntry } from '../../src/model/history.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { encryptedEnvelopeSchemas, sealJson } from '../../src/storage/encrypted-envelope.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { CorruptRecordError, StorageError } from '../../src/storage/errors.js';
import { reportFigures } from '../reliability/support/report.js';
import { exportServicePlan, importExportDocument } from '../../src/storage/exchange.js';
import { at, draftContact, draftPlan, freshDatabaseName } from './fixtures.js';

interface Row {
  kind: string;
  id: string;
  record: Record<string, unknown>;
}

const tally = { cases: 0, detected: 0, unprovable: 0, saidSo: 0 };
/** Counts a tamper case the test ran, and whether what it did was detected. */
function count(detected: boolean): boolean {
  tally.cases += 1;
  if (detected) tally.detected += 1;
  return detected;
}

function historyKey(): Promise<HistoryKey> {
  return importHistoryKey(crypto.getRandomValues(new Uint8Array(32)));
}

function aesKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Raw access to the adapter's database, as someone with the browser's devtools has it. */
async function rawTables(databaseName: string): Promise<{ db: Dexie; records: Dexie.Table<Row>; history: Dexie.Table<HistoryEntry> }> {
  const db = new Dexie(databaseName);
  await db.open();
  return { db, records: db.table('records'), history: db.table('history') };
}

/** A contact written three times (versions 1 to 3), as a caseworker's edits would. */
async function threeVersions(storage: { put: DexieStorageAdapter['put'] }): Promise<Contact> {
  const created = await storage.put('contact', { ...draftContact('contact-t'), notes: 'Visit went well.' });
  const second = await storage.put('contact', { ...created, notes: 'Visit went well. Child calm.' });
  return storage.put('contact', { ...second, notes: 'Visit went well. Child calm. Mother on time.' });
}

describe('tampering with stored records and histories', () => {
  let databaseName: string;
  beforeEach(() => {
    databaseName = freshDatabaseName('tamper');
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });
  after(() =>
    reportFigures({ scenario: 'tamper cases on stored data and import files', tamperCases: tally.cases, tamperDetected: tally.detected, unkeyedForgeries: tally.unprovable, unkeyedSaidAccidentsOnly: tally.saidSo }),
  );

  it('without a key, a chain re-computed by hand still verifies, and the verdict says it proves accidents only', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    await threeVersions(storage);
    const { db, history } = await rawTables(databaseName);
    const entries = (await history.toArray()).sort((a, b) => a.seq - b.seq);
    const forged = await chainHistoryEntry({ ...entries[1]!, by: 'someone-else' }, entries[0]);
    const next = await chainHistoryEntry({ ...entries[2]! }, forged);
    await history.bulkPut([forged, next]);
    db.close();
    const verdict = await storage.verifyHistory('contact', 'contact-t');
    // Undetectable by design without a key: what counts is that the verdict does not claim otherwise.
    tally.unprovable += 1;
    if (verdict.protects === 'accidents') tally.saidSo += 1;
    expect(verdict).to.deep.include({ valid: true, protects: 'accidents' });
    await storage.close();
  });

  it('with a key, a chain re-computed without it (or under another key) is refused at the first forged entry', async () => {
    const key = await historyKey();
    const storage = new DexieStorageAdapter({ databaseName, historyKey: key });
    await threeVersions(storage);
    expect(await storage.verifyHistory('contact', 'contact-t')).to.deep.include({ valid: true, protects: 'forgery' });
    const { db, history } = await rawTables(databaseName);
    const entries = (await history.toArray()).sort((a, b) => a.seq - b.seq);
    const unkeyed = await chainHistoryEntry({ ...entries[1]!, by: 'someone-else' }, entries[0]);
    await history.bulkPut([unkeyed, await chainHistoryEntry({ ...entries[2]! }, unkeyed)]);
    const verdict = await storage.verifyHistory('contact', 'contact-t');
    expect(count(!verdict.valid)).to.equal(true);
    expect(verdict).to.deep.include({ valid: false, brokenAt: 1, entryId: 'contact.contact-t.2', reason: 'unkeyed-entry' });
    const otherKey = await historyKey();
    const underOtherKey = await chainHistoryEntry({ ...entries[1]!, by: 'someone-else' }, entries[0], otherKey);
    await history.bulkPut([underOtherKey, await chainHistoryEntry({ ...entries[2]! }, underOtherKey, otherKey)]);
    db.close();
    const second = await storage.verifyHistory('contact', 'contact-t');
    expect(count(!second.valid)).to.equal(true);
    expect(second).to.deep.include({ brokenAt: 1, reason: 'hash-mismatch' });
    await storage.close();
  });

  it('detects a record row edited after its last write, with or without a key', async () => {
    for (const key of [undefined, await historyKey()]) {
      const name = `${databaseName}-${key ? 'keyed' : 'plain'}`;
      const storage = new DexieStorageAdapter({ databaseName: name, ...(key ? { historyKey: key } : {}) });
      await threeVersions(storage);
      const { db, records } = await rawTables(name);
      const row = (await records.get(['contact', 'contact-t']))!;
      await records.put({ ...row, record: { ...row.record, notes: 'Mother did not come.' } });
      db.close();
      const verdict = await storage.verifyHistory('contact', 'contact-t');
      expect(count(!verdict.valid), key ? 'keyed' : 'plain').to.equal(true);
      expect(verdict).to.deep.include({ valid: false, brokenAt: 3, reason: 'record-mismatch' });
      await storage.close();
      await Dexie.delete(name);
    }
  });

  it('detects a record rolled back to an earlier version while its history goes on', async () => {
    const storage = new DexieStorageAdapter({ databaseName, historyKey: await historyKey() });
    const created = await storage.put('contact', { ...draftContact('contact-t'), notes: 'Visit went well.' });
    const { db, records } = await rawTables(databaseName);
    const first = (await records.get(['contact', 'contact-t']))!;
    await storage.put('contact', { ...created, notes: 'Visit cancelled by the foster carer.' });
    await records.put(first);
    db.close();
    const verdict = await storage.verifyHistory('contact', 'contact-t');
    expect(count(!verdict.valid)).to.equal(true);
    expect(verdict).to.deep.include({ brokenAt: 2, reason: 'record-mismatch' });
    await storage.close();
  });

  it('shows the changes as stored when invented sealed changes are added to a plain history row', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    await threeVersions(storage);
    const { db, history } = await rawTables(databaseName);
    const entry = (await history.get('contact.contact-t.2'))!;
    await history.put({ ...entry, sealedChanges: entry.changes, changes: [{ path: 'notes', before: 'x', after: 'Mother shouted at the child.' }] });
    db.close();
    const shown = await storage.history('contact', 'contact-t');
    expect(shown[1]).not.to.have.property('sealedChanges');
    const verdict = await storage.verifyHistory('contact', 'contact-t');
    expect(count(!verdict.valid)).to.equal(true);
    expect(verdict).to.deep.include({ brokenAt: 1, reason: 'hash-mismatch' });
    await storage.close();
  });

  it('detects a first write whose changes were edited in the store (format 2: covered through the record they make), with or without a key', async () => {
    for (const key of [undefined, await historyKey()]) {
      const name = `${databaseName}-${key ? 'keyed' : 'plain'}`;
      const storage = new DexieStorageAdapter({ databaseName: name, ...(key ? { historyKey: key } : {}) });
      await threeVersions(storage);
      const { db, history } = await rawTables(name);
      const first = (await history.get('contact.contact-t.1'))!;
      expect(first.hash).to.match(key ? /^hmac-sha256:2:/ : /^sha256:2:/);
      const edited = first.changes.map((change) => (change.path === 'notes' ? { ...change, after: 'Mother shouted at the child.' } : change));
      await history.put({ ...first, changes: edited });
      const verdict = await storage.verifyHistory('contact', 'contact-t');
      expect(count(!verdict.valid), key ? 'keyed' : 'plain').to.equal(true);
      expect(verdict).to.deep.include({ valid: false, brokenAt: 0, reason: 'hash-mismatch' });
      // The edited value shown first, the written one listed again after it: the record they make is the same.
      await history.put({ ...first, changes: [...edited, first.changes.find((change) => change.path === 'notes')!] });
      const twice = await storage.verifyHistory('contact', 'contact-t');
      expect(count(!twice.valid), `${key ? 'keyed' : 'plain'}, listed twice`).to.equal(true);
      expect(twice).to.deep.include({ valid: false, brokenAt: 0, reason: 'hash-mismatch' });
      db.close();
      await storage.close();
      await Dexie.delete(name);
    }
  });

  it('detects a record row edited after its first and only write (the head in format 2)', async () => {
    const storage = new DexieStorageAdapter({ databaseName, historyKey: await historyKey() });
    await storage.put('contact', { ...draftContact('contact-t'), notes: 'Visit went well.' });
    const { db, records } = await rawTables(databaseName);
    const row = (await records.get(['contact', 'contact-t']))!;
    await records.put({ ...row, record: { ...row.record, notes: 'Mother did not come.' } });
    db.close();
    const verdict = await storage.verifyHistory('contact', 'contact-t');
    expect(count(!verdict.valid)).to.equal(true);
    expect(verdict).to.deep.include({ valid: false, brokenAt: 1, reason: 'record-mismatch' });
    await storage.close();
  });

  it('keeps verifying a history written in format 1 by an earlier release, goes on from it, and still detects it tampered with', async () => {
    const key = await historyKey();
    const storage = new DexieStorageAdapter({ databaseName, historyKey: key });
    const created = await storage.put('contact', { ...draftContact('contact-t'), notes: 'Visit went well.' });
    // The first write's entry as the earlier release sealed it: the record's digest, the changes hashed again.
    const { db, records, history } = await rawTables(databaseName);
    const row = (await records.get(['contact', 'contact-t']))!;
    const { hash: _hash, prevHash: _prev, ...content } = (await history.get('contact.contact-t.1'))!;
    const old = await chainHistoryEntry({ ...content, recordDigest: await digestRecord(row.record) }, undefined, key);
    expect(old.hash).to.match(/^hmac-sha256:[0-9a-f]{64}$/);
    await history.put(old);
    expect(await storage.verifyHistory('contact', 'contact-t')).to.deep.include({ valid: true, entries: 1, protects: 'forgery' });
    await storage.put('contact', { ...created, notes: 'Visit went well. Child calm.' });
    expect(await storage.verifyHistory('contact', 'contact-t')).to.deep.include({ valid: true, entries: 2, protects: 'forgery' });
    await history.put({ ...old, changes: old.changes.map((change) => (change.path === 'notes' ? { ...change, after: 'Mother shouted at the child.' } : change)) });
    db.close();
    const verdict = await storage.verifyHistory('contact', 'contact-t');
    expect(count(!verdict.valid)).to.equal(true);
    expect(verdict).to.deep.include({ valid: false, brokenAt: 0, reason: 'hash-mismatch' });
    await storage.close();
  });

  it('refuses an import file whose keyed history was re-computed without the key', async () => {
    const key = await historyKey();
    const source = new DexieStorageAdapter({ databaseName, historyKey: key });
    await source.put('servicePlan', draftPlan('plan-t'));
    const document = (await exportServicePlan(source, 'plan-t', { now: new Date(at), exportedBy: 'worker-1' }))!;
    const [entry] = document.histories;
    const { hash: _hash, prevHash: _prev, ...content } = entry!;
    const forged = { ...document, plan: { ...document.plan, goal: { ...document.plan.goal, title: 'Forged goal' } }, histories: [await chainHistoryEntry({ ...content, by: 'worker-1' }, undefined)] };
    const target = new DexieStorageAdapter({ databaseName: `${databaseName}-target` });
    const result = await importExportDocument(target, forged, { importedBy: 'worker-9', now: new Date(at), historyKey: key });
    expect(count(!result.ok)).to.equal(true);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).to.deep.equal(['exchange.history-broken']);
    expect(await target.get('servicePlan', 'plan-t')).to.equal(undefined);
    await Promise.all([source.close(), target.close()]);
    await Dexie.delete(`${databaseName}-target`);
  });

  describe('encrypted records', () => {
    function encrypted(key: CryptoKey, hmac?: HistoryKey): EncryptingStorageAdapter {
      return new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName, schemas: encryptedEnvelopeSchemas, ...(hmac ? { historyKey: hmac } : {}) }), { key });
    }

    it('refuses an older ciphertext put back under the newer version, and a whole older row put back', async () => {
      const storage = encrypted(await aesKey(), await historyKey());
      const created = await storage.put('contact', { ...draftContact('contact-t'), notes: 'Visit went well.' });
      const { db, records } = await rawTables(databaseName);
      const old = (await records.get(['contact', 'contact-t']))!;
      await storage.put('contact', { ...created, notes: 'Visit cancelled.' });
      const current = (await records.get(['contact', 'contact-t']))!;
      await records.put({ ...current, record: { ...current.record, iv: old.record.iv, ciphertext: old.record.ciphertext } });
      const replayed = await storage.get('contact', 'contact-t').catch((error: unknown) => error);
      expect(count(replayed instanceof StorageError)).to.equal(true);
      expect((replayed as StorageError).failure).to.equal('decrypt-failed');
      await records.put(old);
      db.close();
      // The whole row of version 1 is consistent in itself: its history's head (version 2) shows it.
      const verdict = await storage.verifyHistory('contact', 'contact-t');
      expect(count(!verdict.valid)).to.equal(true);
      expect(verdict).to.deep.include({ brokenAt: 2, reason: 'record-mismatch' });
      await storage.close();
    });

    it('refuses a clear field swapped (moved to another child, un-archived), in this release\'s envelopes and in earlier ones', async () => {
      const key = await aesKey();
      const storage = encrypted(key);
      const created = await storage.put('contact', { ...draftContact('contact-t'), notes: 'Visit went well.' });
      const archived = await storage.archive('contact', created);
      const { db, records } = await rawTables(databaseName);
      const row = (await records.get(['contact', 'contact-t']))!;
      for (const change of [{ childId: 'child-2' }, { archived: undefined }, { updatedBy: 'worker-9' }]) {
        await records.put({ ...row, record: { ...row.record, ...change } });
        const error = await storage.get('contact', 'contact-t').catch((caught: unknown) => caught);
        expect(count(error instanceof StorageError), JSON.stringify(change)).to.equal(true);
      }
      // An envelope as the earlier release sealed it (AAD of kind and id only): the body says otherwise.
      const { version: _stored, ...body } = archived;
      const legacy = await sealJson(key, 'contact', 'contact-t', { ...body, version: archived.version - 1 });
      const { aad: _aad, ...clear } = row.record;
      await records.put({ ...row, record: { ...clear, ...legacy } });
      expect((await storage.get<Contact>('contact', 'contact-t'))?.notes).to.equal('Visit went well.');
      await records.put({ ...row, record: { ...clear, ...legacy, childId: 'child-2' } });
      const error = await storage.get('contact', 'contact-t').catch((caught: unknown) => caught);
      expect(count(error instanceof CorruptRecordError)).to.equal(true);
      expect((error as CorruptRecordError).violations).to.deep.equal([{ code: 'storage.clear-field-mismatch', path: ['childId'] }]);
      const listed = await storage.list('contact', { includeArchived: true });
      expect([listed.records.length, listed.corrupt.length]).to.deep.equal([0, 1]);
      db.close();
      await storage.close();
    });

    it('still reads the history of a record sealed under the new AAD, field changes decrypted', async () => {
      const storage = encrypted(await aesKey(), await historyKey());
      const created = await storage.put('contact', { ...draftContact('contact-t'), notes: 'First.' });
      const moved = await storage.put('contact', { ...created, childId: 'child-2', notes: 'Second.' });
      await storage.archive('contact', moved);
      const history = await storage.history('contact', 'contact-t');
      expect(history.map((entry) => entry.changes.find((change) => change.path === 'notes')?.after ?? null)).to.deep.equal(['First.', 'Second.', null]);
      expect(history[1]!.changes.find((change) => change.path === 'childId')).to.deep.equal({ path: 'childId', before: 'child-1', after: 'child-2' });
      expect(await storage.verifyHistory('contact', 'contact-t')).to.deep.include({ valid: true, protects: 'forgery' });
      await storage.close();
    });
  });
});
