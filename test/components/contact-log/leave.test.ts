// Nothing typed in a contact form is lost by leaving: closing the tab, removing the element, or the
// host passing another adapter object saves a valid form first; one that cannot be saved is reported when it is
// let go (the element removed), and not when it is carried to the other adapter, where it opens again as typed.
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { byId, click, settle, typeInto, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';
import { errorCodes } from '../shared/error-codes.js';

async function filledStorage(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  return storage;
}

async function editNotes(log: Awaited<ReturnType<typeof mountLog>>, text: string): Promise<void> {
  await settle(log);
  await click(log, rows(log).find((candidate) => candidate.dataset.id === 'visit-3')!.querySelector<HTMLElement>('[data-action="edit"]')!);
  await typeInto(log, byId(log, 'notes'), text);
}

const notesOf = async (storage: MemoryStorageAdapter) => (await storage.get<Contact>('contact', 'visit-3'))?.notes;

describe('<contact-log>: leaving a half-typed form', () => {
  it('saves a valid open form on pagehide', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await editNotes(log, 'Typed just before closing the tab');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await notesOf(storage)) === 'Typed just before closing the tab', 'the form was not saved', { timeout: 5000 });
  });

  it('saves the open form when the element is removed, and when the host passes another adapter', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await editNotes(log, 'Typed before the host switched adapters');
    (log as unknown as { storage: unknown }).storage = new MemoryStorageAdapter();
    await waitUntil(async () => (await notesOf(storage)) === 'Typed before the host switched adapters', 'switching adapters discarded the form', { timeout: 5000 });

    const second = await mountLog({ storage });
    await editNotes(second, 'Typed before the element was removed');
    second.remove();
    await waitUntil(async () => (await notesOf(storage)) === 'Typed before the element was removed', 'removal discarded the form', { timeout: 5000 });
  });

  it('asks before unload while a form with problems is open, and reports it when the element is removed with it', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await editNotes(log, 'Some notes');
    await typeInto(log, byId(log, 'durationMinutes'), '0'); // a problem: the form cannot be saved as it is
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented, 'the page asks before unloading').to.equal(true);
    const errors = errorCodes(log);
    log.remove();
    await waitUntil(() => errors.includes('visits.form-not-saved'), 'no cp-error said the form was not written', { timeout: 5000 });
  });

  it('carries a form with problems to another adapter as typed, and does not call it lost', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await editNotes(log, 'Some notes');
    await typeInto(log, byId(log, 'durationMinutes'), '0');
    const errors = errorCodes(log);
    const next = await filledStorage();
    (log as unknown as { storage: unknown }).storage = next;
    await until(log, () => log.shadowRoot!.querySelector('form.contact-form') && byId<HTMLTextAreaElement>(log, 'notes').value === 'Some notes', 'the form did not open on the new storage as typed');
    expect(byId(log, 'durationMinutes').value, 'the problem kept as typed').to.equal('0');
    await settle(log);
    expect(errors, 'what was typed is on screen, not lost').not.to.include('visits.form-not-saved');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented, 'the page still asks before unloading').to.equal(true);
  });
});
