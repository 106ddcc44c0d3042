import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { deepActiveElement, expectNoAxeViolations, pressKey, tabTo, typeText } from '../a11y-helpers.js';
import { $, byId, choose, click, settle, typeInto, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { countText, mountLog, rows } from './helpers.js';

async function filledStorage(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }, { id: 'visit-10', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }));
  await storage.put('contact', contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { id: 'home-12', type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'] }));
  return storage;
}

describe('<contact-log> states', () => {
  it('is accessible when empty', async () => {
    const log = await mountLog({ storage: new MemoryStorageAdapter() });
    expect($(log, '.empty').textContent).to.contain('No contact has been recorded yet');
    await expectNoAxeViolations(log);
  });

  it('is accessible with contacts, compliance and the caseworker standard', async () => {
    const log = await mountLog({ storage: await filledStorage() });
    await settle(log);
    expect(rows(log)).to.have.length(3);
    expect($(log, '[data-standard="totals"]').textContent).to.equal('Months met: 1. Months not met: 0.');
    await expectNoAxeViolations(log);
  });

  it('is accessible read-only (only the history can be opened) and in the dark theme', async () => {
    const readOnly = await mountLog({ storage: await filledStorage(), readonly: true });
    await settle(readOnly);
    expect(readOnly.shadowRoot!.querySelector('[data-action="record"]')).to.equal(null);
    expect(rows(readOnly)[0]!.querySelector('[data-action="edit"]')).to.equal(null);
    await expectNoAxeViolations(readOnly);
    readOnly.remove();
    const dark = await mountLog({ storage: await filledStorage(), theme: 'dark' });
    await settle(dark);
    await expectNoAxeViolations(dark);
  });

  it('says inline that a future contact cannot be completed, and keeps the notes as typed', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await click(log, $(log, '[data-action="record"]'));
    await choose(log, byId(log, 'occurredAt'), '2026-04-07T16:00');
    await typeInto(log, byId(log, 'notes'), 'Bring <b>photos</b>');
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    expect(log.shadowRoot!.querySelector('[id="occurredAt-error"]')!.textContent).to.contain('cannot be marked completed or missed');
    expect(log.shadowRoot!.querySelector('[id="notes-error"]')!.textContent).to.contain('plain text');
    expect(byId(log, 'occurredAt').getAttribute('aria-invalid')).to.equal('true');
    await expectNoAxeViolations(log);
    expect((await storage.list('contact', { childId: 'child-1' })).records).to.have.length(3);
    // Recording it as rescheduled is fine once the notes are plain.
    await choose(log, byId<HTMLSelectElement>(log, 'outcome'), 'cancelled');
    await typeInto(log, byId(log, 'notes'), 'Bring photos');
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    await until(log, () => rows(log).length === 4, 'not saved');
  });

  it('archives a contact after asking, keeps it with its history, and shows it again on request', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await settle(log);
    const row = rows(log).find((candidate) => candidate.dataset.id === 'visit-10')!;
    await click(log, row.querySelector<HTMLElement>('[data-action="archive"]')!);
    const question = $(log, '[part="archive-confirm"]');
    expect(question.textContent).to.contain('Archive the contact of');
    expect(question.shadowRoot!.querySelector('dialog')!.open, 'asked in a modal dialog').to.equal(true);
    await click(log, question.shadowRoot!.querySelector<HTMLElement>('[part~="confirm-button"]')!);
    await until(log, () => rows(log).length === 2, 'not archived');
    expect(countText(log)).to.equal('2 contacts shown');
    await settle(log);
    // Focus moves to the contact that took the archived one's place.
    expect(deepActiveElement()!.closest('[role="listitem"]')!.getAttribute('data-id')).to.equal('visit-3');
    expect(deepActiveElement()!.getAttribute('data-action')).to.equal('open');
    expect((await storage.get<Contact>('contact', 'visit-10'))!.archived).to.equal(true);
    await click(log, byId(log, 'filter-archived'));
    await settle(log);
    const archived = rows(log).find((candidate) => candidate.dataset.id === 'visit-10')!;
    expect(archived.textContent).to.contain('Archived');
    expect(archived.querySelector('[data-action="archive"]')).to.equal(null);
    await click(log, archived.querySelector<HTMLElement>('[data-action="history"]')!);
    await until(log, () => log.shadowRoot!.querySelectorAll('[part="history"] .history-saves > li').length === 2, 'no history');
    const history = $(log, '[part="history"]').textContent!;
    expect(history).to.contain('Contact archived').and.to.contain('Claire Martin');
    await expectNoAxeViolations(log);
  });

  it('shows both versions after a conflict and takes theirs on request', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await settle(log);
    await click(log, rows(log).find((candidate) => candidate.dataset.id === 'visit-3')!.querySelector<HTMLElement>('[data-action="edit"]')!);
    await typeInto(log, byId(log, 'location'), 'Park');
    const stored = (await storage.get<Contact>('contact', 'visit-3'))!;
    await storage.put('contact', { ...stored, location: 'Library' });
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    await until(log, () => log.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict');
    await expectNoAxeViolations(log);
    await click(log, $(log, '[data-action="take-theirs"]'));
    await until(log, () => !log.shadowRoot!.querySelector('[part="conflict"]'), 'conflict stayed');
    expect((await storage.get<Contact>('contact', 'visit-3'))!.location).to.equal('Library');
  });

  it('shows both notes field by field, and combining with a choice per field never overwrites the other note', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    await settle(log);
    await click(log, rows(log).find((candidate) => candidate.dataset.id === 'visit-3')!.querySelector<HTMLElement>('[data-action="edit"]')!);
    await typeInto(log, byId(log, 'notes'), 'Lucas showed his drawings');
    await typeInto(log, byId(log, 'location'), 'Park');
    const stored = (await storage.get<Contact>('contact', 'visit-3'))!;
    await storage.put('contact', { ...stored, notes: 'Mother arrived late', durationMinutes: 40 });
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    await until(log, () => log.shadowRoot!.querySelector('[part="conflict"] fieldset'), 'no field-by-field conflict');
    const panel = $(log, '[part="conflict"]');
    expect(panel.querySelector('[data-version="theirs"]')!.textContent, 'their note is shown').to.contain('Mother arrived late');
    const fields = [...panel.querySelectorAll('fieldset')];
    expect(fields.map((field) => field.querySelector('legend')!.textContent!.trim())).to.deep.equal(['Notes']);
    await click(log, $(log, '[data-action="combine"]'));
    expect(await storage.get<Contact>('contact', 'visit-3'), 'nothing written before a choice').to.include({ notes: 'Mother arrived late' });
    await click(log, fields[0]!.querySelector<HTMLInputElement>('input[aria-label="Take theirs for Notes"]')!);
    await click(log, $(log, '[data-action="combine"]'));
    await until(log, () => !log.shadowRoot!.querySelector('[part="conflict"]'), 'conflict stayed');
    expect(await storage.get<Contact>('contact', 'visit-3')).to.include({ notes: 'Mother arrived late', location: 'Park', durationMinutes: 40, version: stored.version + 2 });
  });

  it('records a contact with the keyboard alone', async () => {
    const storage = await filledStorage();
    const log = await mountLog({ storage });
    const saved: string[] = [];
    log.addEventListener('cp-saved', (event) => saved.push(event.detail.id));
    await tabTo((element) => element.getAttribute('data-action') === 'record');
    await pressKey('Enter');
    await settle(log);
    expect(deepActiveElement()!.id).to.equal('occurredAt');
    // Tab goes through the date-time's own segments, then to the length.
    await tabTo((element) => element.id === 'durationMinutes', 10);
    await pressKey('Backspace');
    await pressKey('Backspace');
    await typeText('45');
    await pressKey('Enter');
    await until(log, () => saved.length === 1, 'not saved from the keyboard');
    await settle(log);
    expect((await storage.get<Contact>('contact', saved[0]!))!.durationMinutes).to.equal(45);
    expect(deepActiveElement()!.closest('[role="listitem"]')!.getAttribute('data-id')).to.equal(saved[0]);
    expect($(log, 'cp-live-region').shadowRoot!.textContent, 'said by the live region').to.contain('Contact recorded');
  });

  it('switches language live', async () => {
    const log = await mountLog({ storage: await filledStorage() });
    log.locale = 'es';
    await settle(log);
    expect($(log, 'h2').textContent).to.equal('Registro de contactos');
    expect(countText(log)).to.equal('3 contactos mostrados');
    log.locale = 'pt-BR';
    await settle(log);
    expect($(log, '[data-action="record"]').textContent!.trim()).to.equal('Registrar um contato');
    expect($(log, '[data-standard="totals"]').textContent).to.equal('Meses cumpridos: 1. Meses não cumpridos: 0.');
  });
});
