// The log's search refusing a pasted text over 200 characters: the text stays in view beside its message.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

describe('the log search refused', () => {
  it('the pasted text stays in the field after leaving it, the message goes once it is shortened, and the list then filters', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { notes: 'Lucas showed his drawings.' }));
    await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { notes: 'Short visit.' }));
    const log = await mountLog({ storage });
    await waitUntil(() => rows(log).length === 2, 'listed', { timeout: 5000 });
    const search = () => log.shadowRoot!.querySelector<HTMLInputElement>('#filter-text')!;
    const pasted = 'drawings '.repeat(30);
    search().focus();
    search().value = pasted;
    search().dispatchEvent(new Event('input', { bubbles: true }));
    search().dispatchEvent(new Event('change', { bubbles: true }));
    await log.updateComplete;
    const message = () => log.shadowRoot!.getElementById('filter-text-error')?.textContent?.trim() ?? '';
    await waitUntil(() => message() !== '', 'nothing said', { timeout: 5000 });
    search().blur();
    await log.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect({ kept: search().value === pasted, length: search().value.length, message: message() !== '' }, 'the pasted text, kept after leaving the field, beside its message').to.deep.equal({ kept: true, length: pasted.length, message: true });
    search().focus();
    search().select();
    await sendKeys({ type: 'drawings' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => rows(log).length === 1, 'the shortened search did not filter', { timeout: 5000 });
    expect({ message: message(), invalid: search().getAttribute('aria-invalid') }).to.deep.equal({ message: '', invalid: 'false' });
  });
});
