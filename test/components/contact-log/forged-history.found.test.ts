import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { freshDatabaseName } from '../../storage/fixtures.js';
import { importHistoryKey } from '../../../src/model/history-chain.js';
import { click, settle, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

// RX (round 15): someone with the browser's database in hand (devtools, a copied profile) rewrites who made
// a save and what it said. storage.verifyHistory names the entry at fault ('hash-mismatch'), but the history
// panel reads storage.history() alone and shows the forged entry like every genuine one: a reader (a
// supervisor, a court) sees "Helen Park" made a save she never made, and nothing says the history failed its check.

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('<contact-log> history rewritten in the database', () => {
  it('is not shown as genuine: the panel says the history failed its check', async () => {
    const databaseName = freshDatabaseName('forged-history');
    const storage = new DexieStorageAdapter({ databaseName });
    await seedWeeklyPlan(storage);
    const first = await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', notes: 'Good visit.' }));
    await storage.put<Contact>('contact', { ...first, notes: 'Good visit; mother arrived late.' }, { action: 'contact.updated' });
    // Devtools-style: the second entry now says a colleague made it.
    const raw = new Dexie(databaseName);
    await raw.open();
    const rowsOf = (await raw.table('history').toArray()) as { id: string; recordId: string; seq: number; by: string }[];
    const second = rowsOf.find((row) => row.recordId === 'visit-3' && row.seq === 2)!;
    await raw.table('history').put({ ...second, by: 'casa-1' });
    raw.close();
    expect((await storage.verifyHistory('contact', 'visit-3')).valid, 'the adapter detects it').to.equal(false);

    const log = await mountLog({ storage });
    await settle(log);
    await click(log, rows(log).find((row) => row.dataset.id === 'visit-3')!.querySelector<HTMLElement>('[data-action="history"]')!);
    await until(log, () => log.shadowRoot!.querySelector('[part~="history"] li[data-seq="2"]'), 'the history was not shown');
    const panel = log.shadowRoot!.querySelector<HTMLElement>('[part~="history"]')!;
    expect(text(panel), 'the forged save is listed').to.contain('Helen Park');
    expect(panel.querySelector('[role="alert"], .notice.warning, [data-history-untrusted]'), `nothing says the history failed its check: "${text(panel).slice(0, 300)}"`).not.to.equal(null);
    await storage.close();
  });

  it('a keyed history read without its key is not called altered (it cannot be checked, which is no sign of tampering)', async () => {
    const databaseName = freshDatabaseName('keyed-history');
    const keyed = new DexieStorageAdapter({ databaseName, historyKey: await importHistoryKey(crypto.getRandomValues(new Uint8Array(32))) });
    await seedWeeklyPlan(keyed);
    const first = await keyed.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', notes: 'Good visit.' }));
    await keyed.put<Contact>('contact', { ...first, notes: 'Good visit; mother arrived late.' }, { action: 'contact.updated' });
    await keyed.close();
    const storage = new DexieStorageAdapter({ databaseName });
    expect(await storage.verifyHistory('contact', 'visit-3')).to.include({ valid: false, reason: 'key-required' });
    const log = await mountLog({ storage });
    await settle(log);
    await click(log, rows(log).find((row) => row.dataset.id === 'visit-3')!.querySelector<HTMLElement>('[data-action="history"]')!);
    await until(log, () => log.shadowRoot!.querySelector('[part~="history"] li[data-seq="2"]'), 'the history was not shown');
    expect(log.shadowRoot!.querySelector('[part~="history"] [data-history-untrusted]')?.textContent ?? null, 'said to be altered').to.equal(null);
    await storage.close();
  });
});
