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

  /** A log of two contacts (3 and 10 March) with a pasted search over 200 characters refused beside its message. */
  async function refusedSearchLog(storage = new MemoryStorageAdapter()) {
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { notes: 'Lucas showed his drawings.' }));
    await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { notes: 'Short visit.' }));
    const log = await mountLog({ storage });
    await waitUntil(() => rows(log).length === 2, 'listed', { timeout: 5000 });
    const pasted = 'drawings '.repeat(30);
    const search = log.shadowRoot!.querySelector<HTMLInputElement>('#filter-text')!;
    search.focus();
    search.value = pasted;
    search.dispatchEvent(new Event('input', { bubbles: true }));
    search.dispatchEvent(new Event('change', { bubbles: true }));
    search.blur();
    await log.updateComplete;
    const seen = () => {
      const field = log.shadowRoot!.querySelector<HTMLInputElement>('#filter-text')!;
      return { text: field.value, message: log.shadowRoot!.getElementById('filter-text-error')?.textContent?.trim() !== undefined, invalid: field.getAttribute('aria-invalid') };
    };
    await waitUntil(() => seen().message, 'nothing said', { timeout: 5000 });
    return { log, pasted, seen };
  }

  it('another filter changed (the period): the refused text and its message stay in view, and the list is filtered by the period alone', async () => {
    const { log, pasted, seen } = await refusedSearchLog();
    const to = log.shadowRoot!.querySelector<HTMLInputElement>('#filter-to')!;
    to.focus();
    to.value = '2026-03-05';
    to.dispatchEvent(new Event('input', { bubbles: true }));
    to.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => rows(log).length === 1, 'the period did not filter', { timeout: 5000 });
    await log.updateComplete;
    expect(seen(), 'the text the test pasted, still beside its message').to.deep.equal({ text: pasted, message: true, invalid: 'true' });
  });

  it('the host switches child, or storage: the refused search goes with the rest of the filters (no text without its message)', async () => {
    const { log, seen } = await refusedSearchLog();
    log.childId = 'child-2';
    await log.updateComplete;
    await waitUntil(() => log.shadowRoot!.querySelector('[data-count]'), 'the other child did not load', { timeout: 5000 });
    await log.updateComplete;
    expect(seen(), 'another child').to.deep.equal({ text: '', message: false, invalid: 'false' });

    const second = await refusedSearchLog();
    const other = new MemoryStorageAdapter();
    await seedWeeklyPlan(other);
    second.log.storage = other;
    await second.log.updateComplete;
    await waitUntil(() => second.log.shadowRoot!.querySelector('[data-count]'), 'the other storage did not load', { timeout: 5000 });
    await second.log.updateComplete;
    expect(second.seen(), 'another storage').to.deep.equal({ text: '', message: false, invalid: 'false' });
  });
});
