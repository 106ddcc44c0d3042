import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { SET_ASIDE_KIND, setAsideOf } from '../../../src/model/set-aside.js';
import { threeWayMerge } from '../../../src/model/shared/three-way-merge.js';
import { versionRestoredAction } from '../../../src/model/history-actions.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, byId, click, settle, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows, type LogOptions } from './helpers.js';

const TYPED = 'Lucas asked to stay for dinner; his mother agreed to bring the photo album next time.';

/** A phone call whose note I typed was set aside when a colleague's note was kept (a conflict's take-theirs). */
async function contactWithSetAside(): Promise<{ storage: MemoryStorageAdapter; kept: Contact }> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  const base = await storage.put('contact', contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { id: 'phone-12', type: 'phone', participantIds: ['mother-1'], durationMinutes: 20, notes: 'Call about the weekend.' }), { action: 'contact.recorded' });
  const mine: Contact = { ...base, notes: TYPED };
  const kept = await storage.put('contact', { ...base, notes: 'Call about the weekend; mother confirmed.', updatedBy: 'worker-2' }, { action: 'contact.updated' });
  const conflict = { mine, theirs: kept, base, fields: threeWayMerge(base, mine, kept).conflicts, choices: {} };
  const version = setAsideOf({ id: 'set-aside-phone', recordKind: 'contact', conflict, resolution: 'take-theirs', by: 'worker-1', at: '2026-03-30T10:00:00.000Z' })!;
  await storage.put(SET_ASIDE_KIND, version, { action: 'conflict.set-aside' });
  return { storage, kept };
}

async function openSetAside(options: LogOptions, { archived = false } = {}) {
  const log = await mountLog(options);
  await settle(log);
  if (archived) {
    await click(log, byId(log, 'filter-archived'));
    await settle(log);
  }
  await click(log, rows(log).find((row) => row.dataset.id === 'phone-12')!.querySelector<HTMLElement>('[data-action="history"]')!);
  await until(log, () => log.shadowRoot!.querySelector('[data-set-aside="set-aside-phone"] [data-action="restore"]'), 'the version set aside was not shown');
  return log;
}

describe('<contact-log> restoring a version set aside', () => {
  it('brings back the note I typed as one ordinary save, written in the history', async () => {
    const { storage, kept } = await contactWithSetAside();
    const log = await openSetAside({ storage });
    await click(log, $(log, '[data-set-aside="set-aside-phone"] [data-action="restore"]'));
    await waitUntil(async () => (await storage.get<Contact>('contact', 'phone-12'))?.notes === TYPED, 'the typed note was not restored', { timeout: 5000 });
    const stored = (await storage.get<Contact>('contact', 'phone-12'))!;
    expect(stored.version).to.equal(kept.version + 1);
    expect((await storage.history('contact', 'phone-12')).at(-1)).to.include({ action: versionRestoredAction('contact'), by: 'worker-1' });
  });

  it('refuses on a contact archived since, says why at the button, and writes nothing', async () => {
    const { storage, kept } = await contactWithSetAside();
    const archived = await storage.put('contact', { ...kept, archived: true }, { action: 'contact.archived' });
    const log = await openSetAside({ storage }, { archived: true });
    await click(log, $(log, '[data-set-aside="set-aside-phone"] [data-action="restore"]'));
    await until(log, () => log.shadowRoot!.querySelector('[data-set-aside="set-aside-phone"] [data-refused]'), 'the refusal was not said');
    expect($(log, '[data-set-aside="set-aside-phone"] [data-refused]').textContent).to.contain('This contact is archived and can no longer be changed.');
    const after = (await storage.get<Contact>('contact', 'phone-12'))!;
    expect(after.version, 'nothing written').to.equal(archived.version);
    expect(after.notes).to.not.equal(TYPED);
    await expectNoAxeViolations(log);
  });
});
