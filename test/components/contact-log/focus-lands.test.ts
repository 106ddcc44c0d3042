// Focus in the long list always lands somewhere a screen reader user can hear, never on the page itself
// (real Chromium, real IndexedDB; the first test is reviewer RL13's, round 13): the focused row archived in
// another tab (a second adapter on the same database) hands focus to the row that takes its place.
import { expect, waitUntil } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { deepActiveElement, describeElement, pressKey, tab } from '../a11y-helpers.js';
import { $, settle } from '../visitation-planner/helpers.js';
import { manyContacts } from './seed.js';
import { focusMiddleRow, focusedRowId, laidOut, logWithOtherTab, rows, scrollTo, setSize, viewportOf } from './helpers.js';

/** A log of one contact, its row focused, archived by another tab until the list is empty. */
async function archiveTheOnlyFocusedContact(options?: { readonly: boolean }): Promise<void> {
  const { log, otherTab } = await logWithOtherTab(manyContacts(1), 'focus-lands', options);
  rows(log)[0]!.querySelector<HTMLElement>('.row-open')!.focus();
  await laidOut(log);
  const contact = (await otherTab.get<Contact>('contact', 'bulk-00000'))!;
  await otherTab.put('contact', { ...contact, archived: true });
  await waitUntil(() => rows(log).length === 0, 'the archive never came', { timeout: 5000 });
  await settle(log);
}

describe('<contact-log>: focus lands on a row, not on the page', () => {
  it('a focused row archived by another tab hands focus to a row beside it, not to the page', async () => {
    const { log, otherTab } = await logWithOtherTab(manyContacts(300), 'focus-lands');
    await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 100 * 104);
    const id = await focusMiddleRow(log);
    const contact = (await otherTab.get<Contact>('contact', id))!;
    await otherTab.put('contact', { ...contact, archived: true });
    await waitUntil(() => setSize(log) === '299', 'the archive never came', { timeout: 5000 });
    await laidOut(log);
    expect(deepActiveElement()?.tagName, 'focus after the focused row was archived in another tab').not.to.equal('BODY');
    // The contacts are newest first, bulk-00000 at the top: the next row down takes the archived one's place.
    const next = `bulk-${String(Number(id.slice(5)) + 1).padStart(5, '0')}`;
    expect(focusedRowId(), 'the row focused now').to.equal(next);
    expect(deepActiveElement()?.matches('.row-open'), 'on the row’s own button (its name read out)').to.equal(true);
  });

  it('the focused last row archived by another tab hands focus to the row before it', async () => {
    const { log, otherTab } = await logWithOtherTab(manyContacts(30), 'focus-lands');
    await waitUntil(() => setSize(log) === '30', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 1e6);
    const last = rows(log).find((row) => row.getAttribute('aria-posinset') === '30')!;
    last.querySelector<HTMLElement>('.row-open')!.focus();
    await laidOut(log);
    const contact = (await otherTab.get<Contact>('contact', last.dataset.id!))!;
    await otherTab.put('contact', { ...contact, archived: true });
    await waitUntil(() => setSize(log) === '29', 'the archive never came', { timeout: 5000 });
    await laidOut(log);
    expect(focusedRowId(), 'the row focused now').to.equal('bulk-00028');
  });

  it('the only contact, focused, archived by another tab: focus goes to the log’s own button, not the page', async () => {
    await archiveTheOnlyFocusedContact();
    expect(deepActiveElement()?.tagName, 'focus once the list is empty').not.to.equal('BODY');
    expect(deepActiveElement()?.getAttribute('data-action'), 'focus once the list is empty').to.equal('record');
  });

  it('the only contact, focused in a read-only log, archived by another tab: focus goes to the log’s title', async () => {
    await archiveTheOnlyFocusedContact({ readonly: true });
    expect(deepActiveElement()?.id, 'focus once the list is empty').to.equal('log-title');
  });

  it('Tab from the last filter into the list scrolled deep lands on a row', async () => {
    const { log } = await logWithOtherTab(manyContacts(600), 'focus-lands');
    await waitUntil(() => setSize(log) === '600', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 300 * 104);
    $<HTMLInputElement>(log, '#filter-archived').focus();
    await pressKey('Tab');
    await laidOut(log);
    const first = deepActiveElement();
    await pressKey('Tab');
    const second = deepActiveElement();
    expect(first?.closest('[role="listitem"]'), `Tab into the list landed on ${first?.tagName}.${first?.className}`).not.to.equal(null);
    expect(second?.tagName, 'the Tab after that').not.to.equal('BODY');
  });

  it('scrolled deep, Tab lands on a row in view, goes through its buttons and out of the list; Shift+Tab comes back the same way', async () => {
    const { log } = await logWithOtherTab(manyContacts(600), 'focus-lands');
    await waitUntil(() => setSize(log) === '600', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 300 * 104);
    // The host page's next control (nothing in the log after the list takes focus: its summaries are text).
    const next = document.createElement('button');
    next.textContent = 'Next on the page';
    log.after(next);
    const filter = $<HTMLInputElement>(log, '#filter-archived');
    filter.focus();
    await tab();
    await laidOut(log);
    const row = deepActiveElement()!.closest<HTMLElement>('[role="listitem"]');
    expect(row, `Tab into the list landed on ${describeElement(deepActiveElement())}`).not.to.equal(null);
    expect(deepActiveElement()!.matches('.row-open'), 'on the row’s own button').to.equal(true);
    const box = row!.getBoundingClientRect();
    const viewport = viewportOf(log).getBoundingClientRect();
    expect(box.bottom > viewport.top && box.top < viewport.bottom, `the row (${box.top}-${box.bottom}) in view (${viewport.top}-${viewport.bottom})`).to.equal(true);
    const buttons = row!.querySelectorAll('button').length;
    await tab(buttons);
    const out = deepActiveElement();
    expect(out, `Tab after the row’s ${buttons} buttons: ${describeElement(out)}`).to.equal(next);
    await tab(1, true);
    expect(deepActiveElement()?.closest('[role="listitem"]'), 'Shift+Tab back into the list').to.equal(row);
    await tab(buttons, true);
    expect(deepActiveElement(), 'Shift+Tab out of the list, to the filter').to.equal(filter);
  });
});
