import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { $, byId, choose, click, settle } from '../visitation-planner/helpers.js';
import { seedWeeklyPlan } from './seed.js';
import { mountLog } from './helpers.js';

// Half of a character (an emoji cut in two by a paste or another system) cannot reach the agency's server
// (its jsonb refuses it): the form says so at the field, before saving, and keeps every word typed.
describe('<contact-log>: a note holding half a character', () => {
  it('is refused at the notes field, in the element\'s language; the note stays as typed; nothing is stored', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const log = await mountLog({ storage, locale: 'es' });
    await click(log, $(log, '[data-action="record"]'));
    await choose(log, byId(log, 'occurredAt'), '2026-03-10T16:05');
    const typed = 'Buena visita, jugamos \uD83D';
    await choose(log, byId(log, 'notes'), typed);
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    await settle(log);
    const notes = byId<HTMLTextAreaElement>(log, 'notes');
    expect(notes.getAttribute('aria-invalid'), 'the notes field is marked').to.equal('true');
    const said = (notes.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => log.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
    expect(said).to.contain('medio carácter');
    expect(notes.value, 'what was typed').to.equal(typed);
    expect((await storage.list<Contact>('contact', { childId: 'child-1' })).records).to.have.length(0);
  });
});
