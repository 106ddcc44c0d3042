// Moving a plan between devices or systems: export to a versioned JSON document and import it back.
// An import is all or nothing: invalid files, conflicts with newer saved records and failed writes
// leave the store exactly as it was.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { EXPORT_FORMAT } from '../../src/model/exchange/document.js';
import { verifyHistory } from '../../src/model/history-chain.js';
import type { HistoryEntry } from '../../src/model/history.js';
import type { StoredRecord } from '../../src/model/record.js';
import { revisionSnapshot } from '../../src/model/service-plan/lifecycle.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { createDraftVisitationPlan } from '../../src/model/visitation/create.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { exportServicePlan, importExportDocument, IMPORTED_HISTORY_KIND } from '../../src/storage/exchange.js';
import { draftContact, draftPlan, freshDatabaseName } from './fixtures.js';
import { storedFormat1Export } from '../model/exchange/fixtures/stored-export.js';

const now = new Date('2026-03-10T14:00:00.000Z');
const later = (minutes: number) => new Date(Date.parse('2026-03-02T09:00:00.000Z') + minutes * 60_000).toISOString();

/** A case with a plan edited twice, a revision, a visitation plan, two contacts (one archived) and another case's contact. */
async function seedCase(storage: DexieStorageAdapter): Promise<void> {
  const plan = await storage.put('servicePlan', draftPlan('plan-1'));
  const edited = await storage.put('servicePlan', { ...plan, updatedAt: later(5), goal: { title: 'Safe return home', description: '<img src=x onerror=alert(1)>' } });
  await storage.put('servicePlanRevision', revisionSnapshot(edited, 'review', later(6), 'worker-1'));
  await storage.put('visitationPlan', createDraftVisitationPlan({ id: 'visits-1', caseId: 'case-1', childId: 'child-1', createdBy: 'worker-1', createdAt: later(7), startDate: '2026-03-03', timeZone: 'America/Sao_Paulo' }));
  const first = await storage.put('contact', { ...draftContact('contact-1'), notes: 'Visit went well.' });
  await storage.put('contact', { ...first, updatedAt: later(8), notes: 'Visit went well. Child asked about school.' });
  const second = await storage.put('contact', draftContact('contact-2'));
  await storage.archive('contact', second);
  await storage.put('contact', draftContact('contact-other', { caseId: 'case-2' }));
}

async function snapshot(storage: DexieStorageAdapter): Promise<string> {
  const kinds = ['servicePlan', 'servicePlanRevision', 'visitationPlan', 'contact', IMPORTED_HISTORY_KIND];
  const parts: unknown[] = [];
  for (const kind of kinds) parts.push((await storage.list(kind, { includeArchived: true })).records.sort((a, b) => a.id.localeCompare(b.id)));
  return JSON.stringify(parts);
}

describe('export and import', () => {
  const names: string[] = [];
  const fresh = () => {
    const name = freshDatabaseName('exchange');
    names.push(name);
    return new DexieStorageAdapter({ databaseName: name });
  };
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('exports a plan with its revision, the case visitation plans, contacts (archived too) and histories, and imports it back whole', async () => {
    const source = fresh();
    await seedCase(source);
    const document = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    expect([document.format, document.formatVersion, document.exportedAt]).to.deep.equal([EXPORT_FORMAT, 1, now.toISOString()]);
    expect(document.revisions.map((record) => record.id)).to.deep.equal(['plan-1.r1']);
    expect(document.visitationPlans.map((record) => record.id)).to.deep.equal(['visits-1']);
    expect(document.contacts.map((record) => [record.id, record.archived === true])).to.deep.equal([
      ['contact-1', false],
      ['contact-2', true],
    ]);
    expect(document.histories).to.have.length(2 + 1 + 1 + 2 + 2);

    const target = fresh();
    const result = await importExportDocument(target, JSON.parse(JSON.stringify(document)), { importedBy: 'worker-9', now });
    expect(result).to.deep.equal({ ok: true, created: 5, updated: 0, unchanged: 0 });
    const plan = (await target.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect([plan.goal.title, plan.goal.description, plan.updatedAt]).to.deep.equal(['Safe return home', '<img src=x onerror=alert(1)>', later(5)]);
    const contact = (await target.get<Contact>('contact', 'contact-1'))!;
    expect(contact.notes).to.equal('Visit went well. Child asked about school.');
    expect((await target.get<Contact>('contact', 'contact-2'))!.archived).to.equal(true);
    // The history each record had before the import is kept, and its chain still verifies.
    const kept = (await target.get<StoredRecord & { entries: HistoryEntry[] }>(IMPORTED_HISTORY_KIND, 'contact.contact-1'))!;
    expect(kept.entries.map((entry) => entry.seq)).to.deep.equal([1, 2]);
    expect((await verifyHistory(kept.entries, 2)).valid).to.equal(true);
    expect((await target.history('contact', 'contact-1')).map((entry) => entry.action)).to.deep.equal(['record.imported']);

    // The same file again changes nothing.
    expect(await importExportDocument(target, document, { importedBy: 'worker-9', now })).to.deep.equal({ ok: true, created: 0, updated: 0, unchanged: 5 });
    await Promise.all([source.close(), target.close()]);
  });

  it('imports a stored file of the first export format', async () => {
    const target = fresh();
    expect(await importExportDocument(target, await storedFormat1Export(), { importedBy: 'worker-9', now })).to.deep.equal({ ok: true, created: 3, updated: 0, unchanged: 0 });
    expect((await target.get<Contact>('contact', 'contact-v1'))!.notes).to.equal('Visit went well; Lia showed her drawings.');
    await target.close();
  });

  it('an invalid file changes nothing and reports every problem with its path', async () => {
    const source = fresh();
    await seedCase(source);
    const document = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    const target = fresh();
    await target.put('contact', draftContact('contact-local'));
    const before = await snapshot(target);
    const broken = { ...document, contacts: [{ ...document.contacts[0]!, durationMinutes: 'long' }, { ...document.contacts[1]!, outcome: { type: 'exploded' } }] };
    const result = await importExportDocument(target, broken, { importedBy: 'worker-9', now });
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.problems.map((problem) => problem.path.join('.'));
    expect(paths).to.include('contacts.0.durationMinutes');
    expect(paths.some((path) => path.startsWith('contacts.1.outcome'))).to.equal(true);
    expect(await snapshot(target)).to.equal(before);
    expect(await importExportDocument(target, { ...document, formatVersion: 7 }, { importedBy: 'worker-9', now })).to.deep.equal({
      ok: false,
      problems: [{ code: 'exchange.newer-format', path: ['formatVersion'], params: { version: 7, supported: 1 } }],
    });
    expect(await snapshot(target)).to.equal(before);
    await Promise.all([source.close(), target.close()]);
  });

  it('never overwrites a record changed here since the file was made from it: reported, and nothing of the file is imported', async () => {
    const source = fresh();
    await seedCase(source);
    const firstExport = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    const target = fresh();
    await importExportDocument(target, firstExport, { importedBy: 'worker-9', now });
    // Here, someone adds to the contact; there, someone edits the plan and the same contact earlier.
    const local = (await target.get<Contact>('contact', 'contact-1'))!;
    await target.put('contact', { ...local, updatedAt: later(60), notes: 'Added here after the import.' });
    const sourcePlan = (await source.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await source.put('servicePlan', { ...sourcePlan, updatedAt: later(30), goal: { ...sourcePlan.goal, title: 'Changed there' } });
    const sourceContact = (await source.get<Contact>('contact', 'contact-1'))!;
    await source.put('contact', { ...sourceContact, updatedAt: later(30), notes: 'Changed there.' });
    const secondExport = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;

    const before = await snapshot(target);
    const result = await importExportDocument(target, secondExport, { importedBy: 'worker-9', now });
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.code} @ ${problem.path.join('.')}`)).to.deep.equal(['exchange.diverged @ contacts.0']);
    expect(await snapshot(target)).to.equal(before);
    expect((await target.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('Safe return home');

    // Without the newer local contact, the newer plan from the file updates the older one here.
    const retry = { ...secondExport, contacts: secondExport.contacts.filter((record) => record.id !== 'contact-1'), histories: secondExport.histories.filter((entry) => entry.recordId !== 'contact-1') };
    expect(await importExportDocument(target, retry, { importedBy: 'worker-9', now })).to.deep.equal({ ok: true, created: 0, updated: 1, unchanged: 3 });
    expect((await target.get<ServicePlan>('servicePlan', 'plan-1'))!.goal.title).to.equal('Changed there');
    await Promise.all([source.close(), target.close()]);
  });

  it('is decided by the histories, never by the file\'s clock: a file dated 9999 neither wins nor blocks later imports', async () => {
    const source = fresh();
    await seedCase(source);
    const target = fresh();
    await importExportDocument(target, (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!, { importedBy: 'worker-9', now });
    const local = (await target.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await target.put('servicePlan', { ...local, updatedAt: later(90), goal: { ...local.goal, title: 'Edited here' } });
    // Elsewhere, a plan with the same id written with a clock far ahead: a history this store never saw.
    const forger = fresh();
    await seedCase(forger);
    const far = (await forger.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await forger.put('servicePlan', { ...far, updatedAt: '9999-12-31T00:00:00.000Z', goal: { ...far.goal, title: 'From the future' } });
    const future = (await exportServicePlan(forger, 'plan-1', { now: new Date('9999-12-31T00:00:00.000Z'), exportedBy: 'worker-1' }))!;
    const before = await snapshot(target);
    const result = await importExportDocument(target, future, { importedBy: 'worker-9', now });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).to.deep.equal(['exchange.diverged']);
    expect(await snapshot(target)).to.equal(before);
    // The source goes on from what it had; this store goes on too: both changed since, so still not decided by dates.
    const sourcePlan = (await source.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await source.put('servicePlan', { ...sourcePlan, updatedAt: later(1), goal: { ...sourcePlan.goal, title: 'Changed there' } });
    const next = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    const again = await importExportDocument(target, next, { importedBy: 'worker-9', now });
    expect(again.ok ? [] : again.problems.map((problem) => problem.code)).to.deep.equal(['exchange.diverged']);
    await Promise.all([source.close(), target.close(), forger.close()]);
  });

  it('takes an edit made from an import back, refuses an older file after a newer one, and imports the same file twice to no effect', async () => {
    const source = fresh();
    await seedCase(source);
    const first = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    const target = fresh();
    expect(await importExportDocument(target, first, { importedBy: 'worker-9', now })).to.deep.include({ ok: true, updated: 0, unchanged: 0 });
    // The other store edits what it imported and sends it back: it continues this store's head.
    const there = (await target.get<Contact>('contact', 'contact-1'))!;
    await target.put('contact', { ...there, updatedAt: later(2), notes: 'Edited on the other device.' });
    const back = (await exportServicePlan(target, 'plan-1', { now, exportedBy: 'worker-9' }))!;
    expect(await importExportDocument(source, back, { importedBy: 'worker-1', now })).to.deep.include({ ok: true, updated: 1 });
    expect((await source.get<Contact>('contact', 'contact-1'))!.notes).to.equal('Edited on the other device.');
    // The same file again: nothing changes, not even the histories.
    const before = await snapshot(source);
    const historyBefore = await source.history('contact', 'contact-1');
    expect(await importExportDocument(source, back, { importedBy: 'worker-1', now })).to.deep.include({ ok: true, created: 0, updated: 0 });
    expect(await snapshot(source)).to.equal(before);
    expect(await source.history('contact', 'contact-1')).to.deep.equal(historyBefore);
    // The first file, older than what the source holds now, is refused.
    const older = await importExportDocument(source, first, { importedBy: 'worker-1', now });
    expect(older.ok ? [] : older.problems.map((problem) => `${problem.code} @ ${problem.path.join('.')}`)).to.deep.equal(['exchange.stored-is-newer @ contacts.0']);
    await Promise.all([source.close(), target.close()]);
  });

  it('keeps only what the hashes cover of a file\'s history: invented readable changes beside sealed ones are not imported', async () => {
    const source = fresh();
    await seedCase(source);
    const document = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    const forged = structuredClone(document);
    const entry = forged.histories.find((item) => item.recordId === 'contact-1' && item.seq === 2)!;
    entry.sealedChanges = entry.changes;
    entry.changes = [{ path: 'notes', before: 'Visit went well.', after: 'Mother shouted at the child.' }];
    const target = fresh();
    expect(await importExportDocument(target, forged, { importedBy: 'worker-9', now })).to.deep.include({ ok: true });
    const kept = (await target.get<StoredRecord & { entries: HistoryEntry[] }>(IMPORTED_HISTORY_KIND, 'contact.contact-1'))!;
    expect(JSON.stringify(kept.entries)).not.to.include('shouted');
    expect(kept.entries[1]!.changes).to.deep.equal(document.histories.find((item) => item.recordId === 'contact-1' && item.seq === 2)!.changes);
    await Promise.all([source.close(), target.close()]);
  });

  it('a write cut off in the middle of the import (tab closed, disk full) stores nothing', async () => {
    const source = fresh();
    await seedCase(source);
    const document = (await exportServicePlan(source, 'plan-1', { now, exportedBy: 'worker-1' }))!;
    const target = fresh();
    const before = await snapshot(target);
    const originalAdd = IDBObjectStore.prototype.add;
    let adds = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      adds += 1;
      if (this.name === 'history' && adds > 3) {
        IDBObjectStore.prototype.add = originalAdd;
        this.transaction.abort();
      }
      return originalAdd.apply(this, args);
    };
    try {
      const result = await importExportDocument(target, document, { importedBy: 'worker-9', now });
      expect(result).to.deep.equal({ ok: false, problems: [{ code: 'storage.aborted', path: [] }] });
    } finally {
      IDBObjectStore.prototype.add = originalAdd;
    }
    expect(await snapshot(target)).to.equal(before);
    await Promise.all([source.close(), target.close()]);
  });
});
