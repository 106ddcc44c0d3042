// The host changes `storage` while the log's contact form holds unsaved notes, and the new storage then cannot be
// read: the form waits on the page until it can; the log says so in its notice (an alert), in its
// language (the host hears a cp-error `storage.switched-edits-waiting`); once a retry reads the storage, the form
// opens there with what was typed. (The planner's twin: test/components/visitation-planner/carried-load-failed.test.ts.)
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { es } from '../../../src/components/shared/i18n/messages/es/storage-errors.js';
import { UnreadableStorage } from '../../doubles/unreadable-storage.js';
import { byId, click, typeInto, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';
import { errorCodes } from '../shared/error-codes.js';

const seedVisit = async (storage: MemoryStorageAdapter) => {
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
};
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const waiting = plain(String(es['storage.switched-edits-waiting']));

describe('<contact-log>: the new storage cannot be read after a switch with an unsaved form', () => {
  it('says the form is waiting, in its language, and tells the host; a retry that reads the storage opens the form there with what was typed', async () => {
    const first = new MemoryStorageAdapter();
    await seedVisit(first);
    const second = new UnreadableStorage();
    await seedVisit(second);
    const log = await mountLog({ storage: first, locale: 'es' });
    const errors = errorCodes(log);
    await until(log, () => rows(log).length === 1, 'no row');
    await click(log, rows(log)[0]!.querySelector<HTMLElement>('[data-action="edit"]')!);
    await typeInto(log, byId<HTMLTextAreaElement>(log, 'notes'), 'Escrito antes del cambio');
    log.storage = second;
    await waitUntil(() => errors.includes('storage.switched-edits-waiting'), 'the host was not told the form waits', { timeout: 5000 });
    const notice = () => log.shadowRoot!.querySelector('[part="notice"][role="alert"]');
    await until(log, () => plain(notice()?.textContent).includes(waiting), 'the log did not say the form waits');
    second.reads = true;
    await click(log, [...notice()!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Volver a intentar')!);
    await until(log, () => log.shadowRoot!.querySelector('form.contact-form'), 'the carried form did not open on the new storage');
    expect(byId<HTMLTextAreaElement>(log, 'notes').value).to.equal('Escrito antes del cambio');
    expect(notice(), 'the waiting notice gone').to.equal(null);
  });
});
