import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

describe('<contact-log> text search', () => {
  it('finds contacts by a word in the notes or a person’s name, typed in the filters', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { notes: 'Lucas showed his drawings.' }));
    await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { notes: 'Short visit.', participantIds: ['child-1', 'grandmother-1'] }));
    const log = await mountLog({ storage });
    await waitUntil(() => rows(log).length === 2, 'both contacts listed', { timeout: 5000 });
    const search = log.shadowRoot!.querySelector<HTMLInputElement>('#filter-text')!;
    expect(log.shadowRoot!.querySelector(`label[for="filter-text"]`)?.textContent).to.equal('Search');
    const find = async (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('change', { bubbles: true }));
      await log.updateComplete;
    };
    await find('DRAWINGS');
    await waitUntil(() => rows(log).length === 1 && rows(log)[0]!.textContent!.includes('drawings'), 'the note was not found', { timeout: 5000 });
    await find('souza');
    await waitUntil(() => rows(log).length === 1 && rows(log)[0]!.textContent!.includes('Short visit'), 'the grandmother’s contact was not found by her name', { timeout: 5000 });
    await find('');
    await waitUntil(() => rows(log).length === 2, 'clearing the search did not show everything', { timeout: 5000 });
  });

  it('a search pasted over its 200 characters is refused at the field, in words, and the list stays as it was', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { notes: 'Lucas showed his drawings.' }));
    const log = await mountLog({ storage });
    await waitUntil(() => rows(log).length === 1, 'the contact listed', { timeout: 5000 });
    const search = log.shadowRoot!.querySelector<HTMLInputElement>('#filter-text')!;
    search.focus();
    search.value = 'drawings '.repeat(30); // 270 characters, as a paste sets it
    search.dispatchEvent(new Event('change', { bubbles: true }));
    await log.updateComplete;
    const message = () => log.shadowRoot!.getElementById('filter-text-error')?.textContent ?? '';
    await waitUntil(() => message() !== '', 'nothing said at the search field', { timeout: 5000 });
    expect(message()).to.contain('200');
    expect(search.getAttribute('aria-invalid')).to.equal('true');
    expect(rows(log).length, 'the list is not filtered by a refused search').to.equal(1);
  });
});
