// RX (round 16): the browser's database edited by hand (devtools, a copied profile), without touching the
// history, or with history rows deleted. The panel says the history failed its check, but it rebuilds each
// save's changes from the record as stored now: a contact's notes rewritten in the database were listed as
// the last genuine save's change, under its author's name ("Notes: ... → FORGED NOTE, by Claire Martin"),
// and what that save really wrote was not shown; with its last save deleted, what the deleted save wrote
// was listed under the save before it; with every entry deleted the panel said "from save 0 on" and
// "Nothing has been saved yet" beside a contact saved three times.
import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../../../src/storage/dexie-adapter.js';
import type { Contact } from '../../../../src/model/visitation/contact.js';
import { freshDatabaseName } from '../../../storage/fixtures.js';
import { click, settle, until } from '../../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from '../../contact-log/seed.js';
import { mountLog, rows } from '../../contact-log/helpers.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A contact saved three times, the database then changed by `forge`; its history panel opened. */
async function forgedHistoryPanel(forge: (raw: Dexie) => Promise<void>): Promise<{ panel: HTMLElement; storage: DexieStorageAdapter }> {
  const databaseName = freshDatabaseName('forged-record');
  const storage = new DexieStorageAdapter({ databaseName });
  await seedWeeklyPlan(storage);
  const first = await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', notes: 'Good visit.' }));
  const second = await storage.put<Contact>('contact', { ...first, notes: 'Good visit; mother arrived late.' }, { action: 'contact.updated' });
  await storage.put<Contact>('contact', { ...second, notes: 'Good visit; mother arrived late. Child happy.' }, { action: 'contact.updated' });
  const raw = new Dexie(databaseName);
  await raw.open();
  await forge(raw);
  raw.close();
  const log = await mountLog({ storage });
  await settle(log);
  await click(log, rows(log).find((row) => row.dataset.id === 'visit-3')!.querySelector<HTMLElement>('[data-action="history"]')!);
  await until(log, () => log.shadowRoot!.querySelector('[part~="history"] [data-history-untrusted]'), 'nothing said the history failed its check');
  await settle(log);
  return { panel: log.shadowRoot!.querySelector<HTMLElement>('[part~="history"]')!, storage };
}

type Row = { id: string; recordId: string; seq: number; record: { id: string; notes: string } };

describe('history panel, database changed by hand', () => {
  it('a record changed with no history entry: its forged text is not listed as a save, the genuine last save is', async () => {
    const { panel, storage } = await forgedHistoryPanel(async (raw) => {
      const row = ((await raw.table('records').toArray()) as Row[]).find((item) => item.record.id === 'visit-3')!;
      await raw.table('records').put({ ...row, record: { ...row.record, notes: 'FORGED NOTE' } });
    });
    const saves = text(panel.querySelector('.history-saves'));
    expect(saves, 'the forged text is listed as a save').not.to.contain('FORGED NOTE');
    expect(text(panel.querySelector('li[data-seq="3"]')), 'what save 3 wrote').to.contain('Child happy.');
    await storage.close();
  });

  it('the last entry deleted: what it wrote is not listed under the save before it', async () => {
    const { panel, storage } = await forgedHistoryPanel(async (raw) => {
      const entry = ((await raw.table('history').toArray()) as Row[]).find((item) => item.recordId === 'visit-3' && item.seq === 3)!;
      await raw.table('history').delete(entry.id);
    });
    expect(text(panel.querySelector('li[data-seq="2"]')), 'save 2').not.to.contain('Child happy.');
    expect(text(panel.querySelector('li[data-seq="2"]')), 'save 2').to.contain('mother arrived late.');
    await storage.close();
  });

  it('every entry deleted: no "save 0", and not "Nothing has been saved yet"', async () => {
    const { panel, storage } = await forgedHistoryPanel(async (raw) => {
      for (const entry of ((await raw.table('history').toArray()) as Row[]).filter((item) => item.recordId === 'visit-3')) await raw.table('history').delete(entry.id);
    });
    expect(text(panel)).not.to.contain('save 0');
    expect(text(panel)).not.to.contain('Nothing has been saved yet');
    await storage.close();
  });
});
