// Storage given late or changed on a running <visitation-planner> / <contact-log>: the records are
// opened again from the new storage and the open form is carried over onto its record (three-way merge:
// a field both changed is a conflict). The old storage gets the form first only when it was the host's;
// the default database an element on its own opened gets nothing once the host's storage arrives.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import '../../../src/entries/contact-log.js';
import { contactAt, seedWeeklyPlan, weeklyPlan } from '../contact-log/seed.js';
import { mountLog, rows } from '../contact-log/helpers.js';
import { defaultDatabaseHolds } from '../shared/default-database.js';
import { $, NOW, byId, click, family, mountPlanner, settle, typeInto, until, worker } from './helpers.js';
import { errorCodes } from '../shared/error-codes.js';

const token = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;
const planIn = async (storage: MemoryStorageAdapter) => storage.get<VisitationPlan>('visitationPlan', 'plan-weekly');
const formOpen = (element: HTMLElement) => element.shadowRoot!.querySelector('form.plan-form, form.contact-form');

async function editWeekly(planner: VisitationPlanner): Promise<void> {
  await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="edit"]'));
  await until(planner, () => formOpen(planner), 'the form did not open');
}

/** Types with real key events and stays in the field (the switch itself must commit it). */
async function typeAndStay(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

async function submit(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  $<HTMLFormElement>(element, 'form.plan-form, form.contact-form').requestSubmit();
  await settle(element);
}

describe('<visitation-planner> when the host changes storage', () => {
  it('opens the plan from the new storage with the typed edit merged onto it; the old storage got it first', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new MemoryStorageAdapter();
    await second.put('visitationPlan', { ...weeklyPlan(), location: 'Centre in the new storage' });
    const planner = await mountPlanner({ storage: first });
    await editWeekly(planner);
    const title = token('title');
    await typeAndStay(byId(planner, 'title'), title);
    planner.storage = second;
    await until(planner, () => formOpen(planner) && byId(planner, 'location').value === 'Centre in the new storage', 'the form did not open on the new storage');
    expect(byId(planner, 'title').value, 'the typed title was carried over').to.equal(title);
    expect((await planIn(first))!.title, 'flushed to the host storage it left').to.equal(title);
    await submit(planner);
    await waitUntil(async () => (await planIn(second))?.title === title, 'the carried edit was not written to the new storage', { timeout: 5000 });
    expect((await planIn(second))!.location, 'the new storage change is kept').to.equal('Centre in the new storage');
  });

  it('shows a conflict on a field the new storage holds differently', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new MemoryStorageAdapter();
    await second.put('visitationPlan', { ...weeklyPlan(), title: 'Title in the new storage' });
    const planner = await mountPlanner({ storage: first });
    await editWeekly(planner);
    const title = token('title');
    await typeInto(planner, byId(planner, 'title'), title);
    planner.storage = second;
    await until(planner, () => planner.shadowRoot!.querySelector('[part~="conflict"] fieldset.conflict-field'), 'no conflict on the title');
    const fieldsets = [...planner.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('[part~="conflict"] fieldset.conflict-field')];
    expect(fieldsets.map((fieldset) => fieldset.dataset.path)).to.deep.equal([JSON.stringify(['title'])]);
    expect((await planIn(second))!.title, 'nothing written before a choice').to.equal('Title in the new storage');
    await click(planner, fieldsets[0]!.querySelector<HTMLInputElement>('input[type="radio"]')!); // mine
    await click(planner, $(planner, '[data-action="combine"]'));
    await waitUntil(async () => (await planIn(second))?.title === title, 'the chosen side was not written', { timeout: 5000 });
  });

  it('says why in cp-error when the new storage does not hold the plan, and keeps the form as a new plan there', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new MemoryStorageAdapter();
    const planner = await mountPlanner({ storage: first });
    const errors = errorCodes(planner);
    await editWeekly(planner);
    const title = token('title');
    await typeInto(planner, byId(planner, 'title'), title);
    planner.storage = second;
    await waitUntil(() => errors.includes('storage.switched-record-absent'), 'no cp-error said the plan is not in the new storage', { timeout: 5000 });
    await until(planner, () => formOpen(planner) && byId(planner, 'title').value === title, 'the typed form was not kept');
    await submit(planner);
    await waitUntil(async () => (await second.list<VisitationPlan>('visitationPlan')).records.some((plan) => plan.title === title), 'not written to the new storage', { timeout: 5000 });
  });

  it('carries a form with problems to the new storage as typed, and does not call it lost', async () => {
    const first = new MemoryStorageAdapter();
    await seedWeeklyPlan(first);
    const second = new MemoryStorageAdapter();
    await seedWeeklyPlan(second);
    const planner = await mountPlanner({ storage: first });
    const errors = errorCodes(planner);
    await editWeekly(planner);
    const title = token('title');
    await typeInto(planner, byId(planner, 'title'), title);
    await typeInto(planner, byId(planner, 'durationMinutes'), '0'); // a problem: it cannot be written to the storage left
    planner.storage = second;
    await until(planner, () => formOpen(planner) && byId(planner, 'title').value === title, 'the form did not open on the new storage as typed');
    expect(byId(planner, 'durationMinutes').value, 'the problem kept as typed').to.equal('0');
    await settle(planner);
    expect(errors, 'what was typed is on screen, not lost').not.to.include('visits.form-not-saved');
  });

  it('on its own, given storage after it opened the default database: what was typed goes to the host storage only', async function () {
    this.timeout(30_000);
    const planner = await fixture<VisitationPlanner>(html`<visitation-planner child-id="child-1" case-id="case-1" locale="en" .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>`);
    await waitUntil(() => planner.shadowRoot?.querySelector('.plans, .empty'), 'the default storage was not opened', { timeout: 10_000 });
    const { id: _id, version: _version, ...content } = weeklyPlan();
    planner.createPlan(content);
    await until(planner, () => formOpen(planner), 'the form did not open');
    const title = token('late-host');
    await typeAndStay(byId(planner, 'title'), title);
    const host = new MemoryStorageAdapter();
    planner.storage = host;
    await until(planner, () => formOpen(planner) && byId(planner, 'title').value === title, 'the form was not carried to the host storage');
    await submit(planner);
    await waitUntil(async () => (await host.list<VisitationPlan>('visitationPlan')).records.some((plan) => plan.title === title), 'not written to the host storage', { timeout: 5000 });
    expect(await defaultDatabaseHolds(title), 'the typed plan reached the default database').to.equal(false);
    planner.remove();
  });
});

describe('<contact-log> when the host changes storage', () => {
  it('opens the contact from the new storage with the typed notes merged onto it', async () => {
    const seed = (location: string) => contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-carried', notes: 'First notes', location });
    const first = new MemoryStorageAdapter();
    await first.put('contact', seed('Centre'));
    const second = new MemoryStorageAdapter();
    await second.put('contact', seed('Centre in the new storage'));
    const log: ContactLog = await mountLog({ storage: first });
    await settle(log);
    await click(log, rows(log).find((row) => row.dataset.id === 'visit-carried')!.querySelector<HTMLElement>('[data-action="edit"]')!);
    await until(log, () => formOpen(log), 'the form did not open');
    const notes = token('notes');
    await typeAndStay(byId<HTMLTextAreaElement>(log, 'notes'), notes);
    log.storage = second;
    await until(log, () => formOpen(log) && byId(log, 'location').value === 'Centre in the new storage', 'the form did not open on the new storage');
    expect(byId<HTMLTextAreaElement>(log, 'notes').value, 'the typed notes were carried over').to.equal(notes);
    await submit(log);
    const stored = async () => second.get<Contact>('contact', 'visit-carried');
    await waitUntil(async () => (await stored())?.notes === notes, 'the carried notes were not written to the new storage', { timeout: 5000 });
    expect((await stored())!.location).to.equal('Centre in the new storage');
  });
});
