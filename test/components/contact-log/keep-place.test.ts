// The long list keeps the reader's place and focus, driven as a user drives it (real Chromium, real
// IndexedDB): a contact logged or archived above the rows being read (here by another tab, a second
// adapter on the same database) leaves those rows where they are on screen; a focused row that scrolls
// out of the window stays in the page, focused; a new search shows its results from the top; a smooth
// scroll goes the whole way it was asked to.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { deepActiveElement, expectNoAxeViolations, pressKey } from '../a11y-helpers.js';
import { $ } from '../visitation-planner/helpers.js';
import { contactAt, manyContacts } from './seed.js';
import { countText, laidOut, logWithOtherTab, rows, scrollTo, setSize, viewportOf } from './helpers.js';

/** The row under the viewport's top edge plus `y` pixels: what the reader is looking at. */
function rowAtScreen(log: ContactLog, y = 60): HTMLElement {
  const at = viewportOf(log).getBoundingClientRect().top + y;
  const row = rows(log).find((candidate) => {
    const box = candidate.getBoundingClientRect();
    return box.top <= at && box.bottom > at;
  });
  if (!row) throw new Error(`no row at ${y}px in the view`);
  return row;
}

function rowById(log: ContactLog, id: string): HTMLElement {
  const row = rows(log).find((candidate) => candidate.dataset.id === id);
  if (!row) throw new Error(`row ${id} is not in the page`);
  return row;
}

describe('<contact-log>’s long list keeps the reader’s place and focus', () => {
  it('a contact logged or archived above the rows being read leaves them where they are; at the very top a new one pushes the rest down', async () => {
    const { log, otherTab } = await logWithOtherTab(manyContacts(1000), 'contact-keep-place');
    await waitUntil(() => setSize(log) === '1000', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 400 * 104);
    await scrollTo(log, viewportOf(log).scrollTop + 10); // measured around here
    const read = rowAtScreen(log);
    const before = read.getBoundingClientRect().top;
    expect(Number(read.getAttribute('aria-posinset')), 'scrolled deep').to.be.above(300);

    await otherTab.put('contact', contactAt('2026-03-30T18:00:00.000Z', { type: 'completed' }, { id: 'new-on-top', notes: 'Logged in another tab.' }));
    await waitUntil(() => setSize(log) === '1001', 'the other tab’s contact never came', { timeout: 5000 });
    await laidOut(log);
    expect(rowById(log, read.dataset.id!).getBoundingClientRect().top, 'the row read after a contact was logged above it').to.be.closeTo(before, 1);

    const above = (await otherTab.get<Contact>('contact', 'bulk-00010'))!;
    await otherTab.put('contact', { ...above, archived: true });
    await waitUntil(() => setSize(log) === '1000', 'the archive never came', { timeout: 5000 });
    await laidOut(log);
    expect(rowById(log, read.dataset.id!).getBoundingClientRect().top, 'the row read after a contact above it was archived').to.be.closeTo(before, 1);

    // At the very top, the newest contact appears first and pushes the rest down.
    await scrollTo(log, 0);
    const firstBefore = rowAtScreen(log, 1).dataset.id;
    await otherTab.put('contact', contactAt('2026-03-30T20:00:00.000Z', { type: 'completed' }, { id: 'newer-on-top' }));
    await waitUntil(() => setSize(log) === '1001', 'the second contact never came', { timeout: 5000 });
    await laidOut(log);
    expect(viewportOf(log).scrollTop).to.equal(0);
    expect(rowAtScreen(log, 1).dataset.id, 'the first row seen').to.equal('newer-on-top');
    expect(rowById(log, firstBefore!).getBoundingClientRect().top).to.be.above(rowById(log, 'newer-on-top').getBoundingClientRect().top);
  });

  it('a focused row scrolled out of the window by the wheel or Page Down stays in the page and keeps focus, until focus goes elsewhere', async () => {
    const { log } = await logWithOtherTab(manyContacts(600), 'contact-keep-place');
    await waitUntil(() => setSize(log) === '600', 'not every contact in', { timeout: 5000 });
    await laidOut(log);
    const row = rows(log)[1]!;
    const id = row.dataset.id!;
    row.querySelector<HTMLElement>('.row-open')!.focus();
    await laidOut(log);

    // The wheel (or the scrollbar) moves the view far below the focused row.
    await scrollTo(log, 200 * 104);
    expect(rows(log).some((candidate) => Number(candidate.getAttribute('aria-posinset')) > 150), 'the window moved').to.equal(true);
    expect(deepActiveElement(), 'focus after the wheel').not.to.equal(document.body);
    expect(deepActiveElement()!.closest<HTMLElement>('[role="listitem"]')?.dataset.id, 'the focused row').to.equal(id);
    await expectNoAxeViolations(log); // the row kept away from the window is a list item like the others
    // Tab continues from the row: into its own buttons.
    await pressKey('Tab');
    expect(deepActiveElement()!.getAttribute('data-action')).to.equal('edit');
    expect(deepActiveElement()!.closest<HTMLElement>('[role="listitem"]')?.dataset.id).to.equal(id);

    // Page Down in the viewport (focus on the row's edit button, so the browser scrolls the list).
    await scrollTo(log, 0);
    for (let press = 0; press < 12; press += 1) await pressKey('PageDown');
    await laidOut(log);
    expect(viewportOf(log).scrollTop, 'Page Down scrolled the list').to.be.above(2000);
    expect(deepActiveElement(), 'focus after Page Down').not.to.equal(document.body);
    expect(deepActiveElement()!.getAttribute('data-action')).to.equal('edit');
    expect(deepActiveElement()!.closest<HTMLElement>('[role="listitem"]')?.dataset.id).to.equal(id);
    await sendKeys({ down: 'Shift' });
    await pressKey('Tab');
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()!.classList.contains('row-open'), 'Shift+Tab back to the row’s button').to.equal(true);
    expect(deepActiveElement()!.closest<HTMLElement>('[role="listitem"]')?.dataset.id).to.equal(id);
    // (Focus moved by Tab brings the row into view, as the browser does.) Away again, then focus elsewhere.
    await scrollTo(log, 200 * 104);
    expect(deepActiveElement()!.closest<HTMLElement>('[role="listitem"]')?.dataset.id, 'still focused, away').to.equal(id);

    // Focus elsewhere releases it: the row leaves the page like any row out of the window.
    $<HTMLInputElement>(log, '#filter-text').focus();
    await laidOut(log);
    expect(rows(log).some((candidate) => candidate.dataset.id === id), 'the row left once unfocused').to.equal(false);
  });

  it('a search typed while scrolled deep shows its results from the top, and says how many', async () => {
    const contacts = manyContacts(3000).map((contact, index) => (index % 250 === 7 ? { ...contact, notes: 'Lucas drew a boat.' } : contact));
    const { log } = await logWithOtherTab(contacts, 'contact-keep-place');
    await waitUntil(() => setSize(log) === '3000', 'not every contact in', { timeout: 5000 });
    const viewport = viewportOf(log);
    await scrollTo(log, viewport.scrollHeight);
    await scrollTo(log, viewport.scrollHeight);
    expect(Number(rowAtScreen(log).getAttribute('aria-posinset')), 'scrolled deep').to.be.above(2900);

    const search = $<HTMLInputElement>(log, '#filter-text');
    search.focus();
    search.value = 'boat';
    search.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => setSize(log) === '12', 'the search did not apply', { timeout: 5000 });
    await laidOut(log);
    expect(countText(log)).to.equal('12 contacts shown');
    expect($(log, 'cp-live-region').shadowRoot!.textContent, 'the count said').to.contain('12 contacts shown');
    expect(viewport.scrollTop, 'the results from the top').to.equal(0);
    expect(rowAtScreen(log, 1).getAttribute('aria-posinset'), 'the first row seen').to.equal('1');
    expect(rowAtScreen(log, 1).getBoundingClientRect().top).to.be.closeTo(viewport.getBoundingClientRect().top + viewport.clientTop, 1);
  });

  for (const [where, start, by] of [
    ['down from the top', 0, 300],
    ['down, deep in the list (jumped to as with the scrollbar)', 300 * 104, 300],
    ['up, deep in the list (jumped to as with the scrollbar)', 300 * 104, -300],
  ] as const) {
    it(`a smooth scroll ${where} goes the whole way, the rows moving with it`, async () => {
      const { log } = await logWithOtherTab(manyContacts(1000), 'contact-keep-place');
      await waitUntil(() => setSize(log) === '1000', 'not every contact in', { timeout: 5000 });
      const viewport = viewportOf(log);
      await scrollTo(log, start);
      const watched = rowAtScreen(log, 120);
      const before = watched.getBoundingClientRect().top;
      const ended = new Promise((resolve) => viewport.addEventListener('scrollend', resolve, { once: true }));
            viewport.scrollBy({ top: by, behavior: 'smooth' });
      await ended;
      await laidOut(log);
      expect(before - rowById(log, watched.dataset.id!).getBoundingClientRect().top, 'pixels the rows moved up').to.be.closeTo(by, 1);
    });
  }
});
