// The contact log in a conflict while the other side saves the contact again (the machine's half is
// test/machines/visitation/conflict-renewed.test.ts): the live region says the conflict now shows their newest save,
// in the log's language, and an "Edit mine" chosen before that save is read is refused and said, not silently dropped.
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { $, byId, click, typeInto, until } from '../visitation-planner/helpers.js';
import { announced, theirsChanged } from '../visits-shared/conflict-words.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

/** The log in a conflict on visit-3's notes: mine 'Lucas showed his drawings', theirs 'Mother arrived late'. */
async function logConflict(): Promise<{ log: ContactLog; storage: FaultyStorage; theirs: MemoryStorageAdapter }> {
  const theirs = new MemoryStorageAdapter();
  await seedWeeklyPlan(theirs);
  await theirs.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  const storage = new FaultyStorage(theirs);
  const log = await mountLog({ storage });
  await until(log, () => rows(log).length === 1, 'no row');
  await click(log, rows(log)[0]!.querySelector<HTMLElement>('[data-action="edit"]')!);
  await typeInto(log, byId(log, 'notes'), 'Lucas showed his drawings');
  await savesAgain(theirs, 'Mother arrived late');
  await click(log, $(log, 'form.contact-form button[type="submit"]'));
  await until(log, () => log.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict shown');
  return { log, storage, theirs };
}

/** The other side saves the contact's notes. */
async function savesAgain(theirs: MemoryStorageAdapter, notes: string): Promise<void> {
  const stored = (await theirs.get<Contact>('contact', 'visit-3'))!;
  await theirs.put('contact', { ...stored, notes, updatedBy: 'someone-else' });
}

/** Their side of the conflict panel (the notes are always shown there). */
const theirSide = (log: ContactLog) => log.shadowRoot!.querySelector('[part="conflict"] [data-version="theirs"]')?.textContent ?? '';

describe('<contact-log>: the other side saves again during a conflict', () => {
  for (const locale of ['en', 'pt']) {
    it(`says the conflict now shows their newest save, focus left where it is (${locale})`, async () => {
      const { log, theirs } = await logConflict();
      log.locale = locale;
      await log.updateComplete;
      const takeTheirs = $(log, '[data-action="take-theirs"]');
      takeTheirs.focus();
      await savesAgain(theirs, 'Mother arrived late, then left early');
      await until(log, () => theirSide(log).includes('then left early'), 'their newest save not shown');
      expect(announced(log)).to.equal(theirsChanged[locale]);
      expect(log.shadowRoot!.activeElement, 'focus left on the button the user was on').to.equal(takeTheirs);
    });
  }

  for (const locale of ['en', 'fr']) {
    it(`refuses "Edit mine" chosen before their newest save is read, and says so (${locale})`, async () => {
      const { log, storage, theirs } = await logConflict();
      log.locale = locale;
      await log.updateComplete;
      const release = storage.holdReads();
      const reads = storage.reads;
      await savesAgain(theirs, 'Mother arrived late, then left early');
      await waitUntil(() => storage.reads > reads, 'their save was never announced');
      await click(log, $(log, '[data-action="edit-mine"]'));
      expect(log.shadowRoot!.querySelector('form.contact-form'), 'the form opened on a version not seen').to.equal(null);
      expect(announced(log), 'the refusal said').to.equal(theirsChanged[locale]);
      release();
      await until(log, () => theirSide(log).includes('then left early'), 'their newest save not shown');
      await click(log, $(log, '[data-action="edit-mine"]'));
      await until(log, () => log.shadowRoot!.querySelector('form.contact-form'), 'Edit mine refused once their save was read');
      expect(byId<HTMLTextAreaElement>(log, 'notes').value).to.equal('Lucas showed his drawings');
      expect(log.shadowRoot!.activeElement?.id, 'focus in the form').to.equal('occurredAt');
    });
  }
});
