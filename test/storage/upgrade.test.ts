import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { importHistoryKey, verifyHistory } from '../../src/model/history-chain.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { freshDatabaseName } from './fixtures.js';
import { layout1Rows, layout1Stores } from './fixtures/layout-1.js';
import { layout2History, layout2Record, layout2Rows, layout2Stores } from './fixtures/layout-2.js';
import { layout3Earlier, layout3Later, layout3Rows, layout3Stores } from './fixtures/layout-3.js';

describe('a database written by the first release', () => {
  let databaseName: string;
  beforeEach(async () => {
    databaseName = freshDatabaseName('upgrade');
    const firstRelease = new Dexie(databaseName);
    firstRelease.version(1).stores(layout1Stores);
    await firstRelease.open();
    await firstRelease.table('records').bulkPut(layout1Rows);
    firstRelease.close();
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('opens after the upgrade with every record intact and findable by child and plan', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    const original = layout1Rows[0]!.record;
    expect(await storage.get('contact', 'contact-from-v1')).to.deep.equal(original);
    expect((await storage.list('contact', { childId: 'child-1' })).records.map((record) => record.id)).to.deep.equal(['contact-from-v1']);
    expect((await storage.list('contact', { planId: 'visit-plan-1' })).records.map((record) => record.id)).to.deep.equal(['contact-from-v1']);
    await storage.close();
  });

  it('accepts edits to an upgraded record and starts its history there', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    const contact = (await storage.get<Contact>('contact', 'contact-from-v1'))!;
    const edited = await storage.put('contact', { ...contact, notes: `${contact.notes} Next visit at the park.` });
    expect(edited.version).to.equal(3);
    const history = await storage.history('contact', 'contact-from-v1');
    expect(history.map((entry) => entry.seq)).to.deep.equal([3]);
    expect(await verifyHistory(history, edited.version)).to.deep.include({ valid: true, entries: 1 });
    await storage.close();
  });
});

describe('a database written by the second release', () => {
  let databaseName: string;
  beforeEach(async () => {
    databaseName = freshDatabaseName('upgrade-2');
    const secondRelease = new Dexie(databaseName);
    secondRelease.version(1).stores(layout1Stores);
    secondRelease.version(2).stores(layout2Stores);
    await secondRelease.open();
    await secondRelease.table('records').bulkPut(layout2Rows());
    await secondRelease.table('history').bulkAdd(await layout2History());
    await secondRelease.table('meta').put({ key: 'schemaVersion', value: 2 });
    secondRelease.close();
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('opens after the upgrade with its records listable by kind, case and child, and its history intact', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    expect(await storage.get('contact', 'contact-from-v2')).to.deep.equal(layout2Record);
    for (const query of [{}, { caseId: 'case-1' }, { childId: 'child-1' }]) {
      expect((await storage.list('contact', query)).records.map((record) => record.id)).to.deep.equal(['contact-from-v2']);
    }
    const history = await storage.history('contact', 'contact-from-v2');
    expect(history).to.deep.equal(await layout2History());
    expect(await verifyHistory(history, 2)).to.deep.include({ valid: true, entries: 2 });
    await storage.close();
  });

  it('continues the history chain of an upgraded record', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    const contact = (await storage.get<Contact>('contact', 'contact-from-v2'))!;
    const edited = await storage.put('contact', { ...contact, notes: 'Called again.' });
    const history = await storage.history('contact', 'contact-from-v2');
    expect(history.map((entry) => entry.seq)).to.deep.equal([1, 2, 3]);
    expect(history[2]!.prevHash).to.equal(history[1]!.hash);
    expect(await verifyHistory(history, edited.version)).to.deep.include({ valid: true, entries: 3 });
    await storage.close();
  });

  it('verifies through the adapter as it was written (accidents only, no key), and under a newly adopted key from its first keyed entry', async () => {
    const plain = new DexieStorageAdapter({ databaseName });
    expect(await plain.verifyHistory('contact', 'contact-from-v2')).to.deep.equal({ valid: true, entries: 2, protects: 'accidents' });
    await plain.close();
    const historyKey = await importHistoryKey(crypto.getRandomValues(new Uint8Array(32)));
    const adopting = new DexieStorageAdapter({ databaseName, historyKey, allowUnkeyedHistory: true });
    const contact = (await adopting.get<Contact>('contact', 'contact-from-v2'))!;
    await adopting.put('contact', { ...contact, notes: 'Called again.' });
    expect(await adopting.verifyHistory('contact', 'contact-from-v2')).to.deep.equal({ valid: true, entries: 3, protects: 'accidents', keyedFrom: 2 });
    await adopting.close();
    // Without saying so, a key refuses the entries written before it: anyone could have written those.
    const strict = new DexieStorageAdapter({ databaseName, historyKey });
    expect(await strict.verifyHistory('contact', 'contact-from-v2')).to.deep.include({ valid: false, brokenAt: 0, reason: 'unkeyed-entry' });
    await strict.close();
  });
});

describe('a database written by the third release', () => {
  let databaseName: string;
  beforeEach(async () => {
    databaseName = freshDatabaseName('upgrade-3');
    const thirdRelease = new Dexie(databaseName);
    thirdRelease.version(1).stores(layout1Stores);
    thirdRelease.version(2).stores(layout2Stores);
    thirdRelease.version(3).stores(layout3Stores);
    await thirdRelease.open();
    await thirdRelease.table('records').bulkPut(layout3Rows());
    await thirdRelease.table('meta').put({ key: 'schemaVersion', value: 3 });
    thirdRelease.close();
  });
  afterEach(async () => {
    await Dexie.delete(databaseName);
  });

  it('opens after the upgrade with every record listable by case, child and plan, and its newest first by when it took place', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    for (const query of [{}, { caseId: 'case-1' }, { childId: 'child-1' }]) {
      expect((await storage.list('contact', query)).records.map((record) => record.id).sort(), JSON.stringify(query)).to.deep.equal(['contact-a-later', 'contact-b-earlier']);
    }
    expect((await storage.list('contact', { planId: 'visit-plan-3' })).records.map((record) => record.id)).to.deep.equal(['contact-a-later']);
    for (const query of [{ childId: 'child-1' }, { caseId: 'case-1' }, {}]) {
      expect((await storage.list('contact', { ...query, newest: 1 })).records, JSON.stringify(query)).to.deep.equal([layout3Later]);
    }
    expect(await storage.get('contact', 'contact-b-earlier')).to.deep.equal(layout3Earlier);
    await storage.close();
  });

  it('keeps an edited record in the first page by its new time', async () => {
    const storage = new DexieStorageAdapter({ databaseName });
    const earlier = (await storage.get<Contact>('contact', 'contact-b-earlier'))!;
    await storage.put('contact', { ...earlier, occurredAt: '2026-03-01T09:00:00.000Z' });
    expect((await storage.list('contact', { childId: 'child-1', newest: 1 })).records.map((record) => record.id)).to.deep.equal(['contact-b-earlier']);
    await storage.close();
  });
});
