// Focus and scroll in the long list land somewhere meaningful when another tab (a second adapter on the
// same database) changes the focused contact, and after a language switch (real Chromium, real
// IndexedDB): the focused contact moved in the order keeps focus; one archived is announced; archived
// while scrolled out of view, focus goes to its neighbour without moving the reader's view; a row held
// for focus is let go when focus is dropped on the page; after a language switch or a width change (the rows
// re-wrapped) the row read stays put, the focused row stays in view, and a smooth scroll goes the whole way.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import type { CpLiveRegion } from '../../../src/components/shared/parts/cp-live-region.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { deepActiveElement, pressKey } from '../a11y-helpers.js';
import { byId, choose } from '../visitation-planner/helpers.js';
import { manyContacts } from './seed.js';
import { focusMiddleRow, focusedRowId, laidOut, logWithOtherTab, rows, scrollTo, setSize, viewportOf } from './helpers.js';

const bulkId = (index: number) => `bulk-${String(index).padStart(5, '0')}`;
/** manyContacts' contacts are 3 hours apart, newest (bulk-00000) first: this instant sorts between `index` and the next. */
const justAfter = (index: number) => new Date(Date.parse('2026-03-30T10:00:00.000Z') - (index + 0.5) * 3 * 3_600_000).toISOString();

const rowOf = (log: ContactLog, id: string) => rows(log).find((row) => row.dataset.id === id);

function inView(log: ContactLog, row: HTMLElement): boolean {
  const box = row.getBoundingClientRect();
  const view = viewportOf(log).getBoundingClientRect();
  return box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5;
}

/** The first row shown whole at the top of the view: the one being read. */
function firstWholeRow(log: ContactLog): HTMLElement {
  const top = viewportOf(log).getBoundingClientRect().top;
  return rows(log)
    .filter((row) => row.getBoundingClientRect().top >= top - 0.5)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
}

const announced = (log: ContactLog) => log.shadowRoot!.querySelector<CpLiveRegion>('cp-live-region')!.lastAnnouncement.polite ?? '';
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A 300-contact log read around row 100, its middle row focused, that row's date moved by another tab to just after `to`. */
async function moveFocusedContact(to: (index: number) => number): Promise<{ log: ContactLog; id: string; index: number }> {
  const { log, otherTab } = await logWithOtherTab(manyContacts(300), 'focus-follows');
  await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
  await scrollTo(log, 100 * 104);
  const id = await focusMiddleRow(log);
  const from = Number(id.slice(5));
  const index = to(from);
  const contact = (await otherTab.get<Contact>('contact', id))!;
  await otherTab.put('contact', { ...contact, occurredAt: justAfter(index) });
  // Moved later in the order it takes the place just after `index`; earlier, the one just after it.
  const position = index > from ? index + 1 : index + 2;
  await waitUntil(() => rowOf(log, id)?.getAttribute('aria-posinset') === String(position), 'the other tab’s change never came', { timeout: 5000 });
  await laidOut(log);
  return { log, id, index };
}

describe('<contact-log>: focus follows the focused contact when another tab changes it', () => {
  for (const [where, to] of [
    ['far up the list', () => 10],
    ['a few rows down (in the same window of rows)', (from: number) => from + 3],
  ] as const) {
    it(`its date changed so it moves ${where}: focus stays on it, in view, and the next key goes on from it`, async () => {
      const { log, id, index } = await moveFocusedContact(to);
      expect(deepActiveElement()?.tagName, 'focus after the move').not.to.equal('BODY');
      expect(focusedRowId(), 'the row focused after its contact moved').to.equal(id);
      expect(inView(log, rowOf(log, id)!), 'the focused row in view').to.equal(true);
      await pressKey('ArrowDown');
      await laidOut(log);
      expect(focusedRowId(), 'ArrowDown from the moved row').to.equal(bulkId(index + 1));
    });
  }

  for (const locale of ['en', 'es']) {
    it(`the focused contact archived by another tab is announced, named as its row is (${locale})`, async () => {
      const { log, otherTab } = await logWithOtherTab(manyContacts(300), 'focus-follows', { locale });
      await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
      await scrollTo(log, 100 * 104);
      const id = await focusMiddleRow(log);
      const when = words(rowOf(log, id)!.querySelector('.row-when')!.textContent);
      const contact = (await otherTab.get<Contact>('contact', id))!;
      await otherTab.put('contact', { ...contact, archived: true });
      await waitUntil(() => setSize(log) === '299', 'the archive never came', { timeout: 5000 });
      await laidOut(log);
      const said = announced(log);
      expect(said, 'announced').to.include(when);
      expect(said.toLowerCase(), 'announced').to.include(locale === 'en' ? 'archived elsewhere' : 'archivado en otro lugar');
      expect(focusedRowId(), 'the row focused now').to.equal(bulkId(Number(id.slice(5)) + 1));
    });
  }

  for (const [locale, why] of [
    ['en', 'changed elsewhere, no longer in the list'],
    ['fr', 'modifié ailleurs, retiré de la liste'],
  ] as const) {
    it(`the focused contact changed by another tab so it leaves the filter is announced as changed elsewhere (${locale})`, async () => {
      const { log, otherTab } = await logWithOtherTab(manyContacts(300), 'focus-follows', { locale });
      await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
      await choose(log, byId<HTMLSelectElement>(log, 'filter-type'), 'phone'); // every fifth contact, bulk-00001 on
      await waitUntil(() => setSize(log) === '60', 'the filter not applied', { timeout: 5000 });
      await laidOut(log);
      const id = await focusMiddleRow(log);
      const when = words(rowOf(log, id)!.querySelector('.row-when')!.textContent);
      const contact = (await otherTab.get<Contact>('contact', id))!;
      await otherTab.put('contact', { ...contact, type: 'video' });
      await waitUntil(() => setSize(log) === '59', 'the change never came', { timeout: 5000 });
      await laidOut(log);
      const said = announced(log);
      expect(said, 'the contact named').to.include(when);
      expect(said.toLowerCase(), 'why it went').to.include(why);
      expect(focusedRowId(), 'the row focused now: the next phone contact').to.equal(bulkId(Number(id.slice(5)) + 5));
    });
  }

  it('the user’s own archive of a focused row is announced as their save, not as a change made elsewhere', async () => {
    const { log } = await logWithOtherTab(manyContacts(300), 'focus-follows');
    await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 100 * 104);
    const id = await focusMiddleRow(log);
    const when = words(rowOf(log, id)!.querySelector('.row-when')!.textContent);
    rowOf(log, id)!.querySelector<HTMLElement>('[data-action="archive"]')!.focus();
    await pressKey('Enter');
    await laidOut(log);
    // Every announcement, not only the last: a second one right after the first may be read too.
    const region = log.shadowRoot!.querySelector<CpLiveRegion>('cp-live-region')!;
    const said: string[] = [];
    const announce = region.announce.bind(region);
    region.announce = (text, politeness) => (said.push(text), announce(text, politeness));
    const question = log.shadowRoot!.querySelector('[part="archive-confirm"]')!;
    question.shadowRoot!.querySelector<HTMLElement>('[part~="confirm-button"]')!.click();
    await waitUntil(() => setSize(log) === '299', 'the archive never came', { timeout: 5000 });
    await laidOut(log);
    expect(said.join(' | ').toLowerCase(), 'announced').not.to.include('elsewhere');
    expect(said.join(' | '), 'announced').to.include(when);
    expect(focusedRowId(), 'the row focused now').to.equal(bulkId(Number(id.slice(5)) + 1));
  });

  it('the focused row archived while scrolled out of view: focus goes to the next row, announced, and the view stays where the reader is', async () => {
    const { log, otherTab } = await logWithOtherTab(manyContacts(300), 'focus-follows');
    await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 100 * 104);
    const id = await focusMiddleRow(log);
    await scrollTo(log, 200 * 104); // the mouse user reads further down; the focused row is held out of view
    expect(rowOf(log, id), 'the focused row held in the page').not.to.equal(undefined);
    const read = firstWholeRow(log);
    const readTop = read.getBoundingClientRect().top;
    const contact = (await otherTab.get<Contact>('contact', id))!;
    await otherTab.put('contact', { ...contact, archived: true });
    await waitUntil(() => setSize(log) === '299', 'the archive never came', { timeout: 5000 });
    await laidOut(log);
    const next = bulkId(Number(id.slice(5)) + 1);
    expect(focusedRowId(), 'the row focused now').to.equal(next);
    expect(rowOf(log, read.dataset.id!)!.getBoundingClientRect().top, 'the row read, after the focused row out of view was archived').to.be.closeTo(readTop, 1);
    expect(inView(log, rowOf(log, next)!), 'the row focused now, out of view as its neighbour was').to.equal(false);
    expect(announced(log).toLowerCase(), 'announced').to.include('archived elsewhere');
    // The keyboard user goes on from there: the next row is brought into view.
    await pressKey('ArrowDown');
    await laidOut(log);
    const after = bulkId(Number(id.slice(5)) + 2);
    expect(focusedRowId(), 'ArrowDown from the row that took the archived one’s place').to.equal(after);
    expect(inView(log, rowOf(log, after)!), 'the row ArrowDown moved to').to.equal(true);
  });

  /** A log read around row 200, the focused row from around row 100 held in the page out of view. */
  async function heldRow(): Promise<{ log: ContactLog; id: string }> {
    const { log } = await logWithOtherTab(manyContacts(300), 'focus-follows');
    await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 100 * 104);
    const id = await focusMiddleRow(log);
    await scrollTo(log, 200 * 104);
    expect(rowOf(log, id), 'the focused row held in the page').not.to.equal(undefined);
    return { log, id };
  }

  // The page in front and not (document.hasFocus() false, as in a page the browser has not brought to the front).
  for (const front of [true, false]) {
    it(`a row held out of view for focus is let go once focus is dropped on the page, a click on nothing (page ${front ? 'in front' : 'not in front'})`, async () => {
      const { log, id } = await heldRow();
      const empty = document.createElement('div');
      empty.style.height = '60px';
      log.after(empty);
      if (!front) document.hasFocus = () => false;
      try {
        const box = empty.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 30)] });
        await laidOut(log);
        await new Promise((resolve) => setTimeout(resolve));
        await laidOut(log);
      } finally {
        delete (document as { hasFocus?: unknown }).hasFocus;
        empty.remove();
      }
      expect(deepActiveElement()?.tagName, 'focus after the click on nothing').to.equal('BODY');
      expect(rowOf(log, id) !== undefined, 'the row held for focus still in the page, focus gone').to.equal(false);
    });
  }

  it('a row held out of view for focus stays while the page’s window is left (focus stays on it, to come back)', async () => {
    const { log, id } = await heldRow();
    const button = deepActiveElement() as HTMLElement;
    // What Chromium sends when the window loses focus: focusout to nothing, the element still the active one.
    button.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
    await new Promise((resolve) => setTimeout(resolve));
    await laidOut(log);
    expect(rowOf(log, id), 'the row held for focus, the window left').not.to.equal(undefined);
    expect(focusedRowId(), 'focus').to.equal(id);
    await pressKey('ArrowDown');
    await laidOut(log);
    expect(focusedRowId(), 'ArrowDown from it, back in the window').to.equal(bulkId(Number(id.slice(5)) + 1));
  });

  for (const [rewrap, width, change] of [
    ['a language switch', '320px', (log: ContactLog) => log.setAttribute('locale', 'pt')],
    ['a width change', '480px', (log: ContactLog) => (log.style.width = '320px')],
  ] as const) {
    it(`${rewrap} with a row focused keeps focus on it, in view`, async () => {
      const { log } = await logWithOtherTab(manyContacts(300), 'focus-follows');
      await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
      log.style.display = 'block';
      log.style.width = width;
      await scrollTo(log, 100 * 104);
      const id = await focusMiddleRow(log);
      change(log);
      await laidOut(log);
      await laidOut(log);
      expect(focusedRowId(), `the row focused after ${rewrap}`).to.equal(id);
      expect(inView(log, rowOf(log, id)!), `the focused row in view after ${rewrap}`).to.equal(true);
    });
  }

  // A width change wraps every row anew as a language switch does (the host's layout, a phone turned, a window resized).
  for (const [rewrap, change] of [
    ['a language switch', (log: ContactLog) => log.setAttribute('locale', 'fr')],
    ['a width change', (log: ContactLog) => (log.style.width = '560px')],
  ] as const) {
    it(`a smooth scroll up after ${rewrap} (rows re-wrapped, every row above measured before) goes the whole way; the row read stays where it was`, async () => {
      const { log } = await logWithOtherTab(manyContacts(300), 'focus-follows');
      await waitUntil(() => setSize(log) === '300', 'not every contact in', { timeout: 5000 });
      log.style.display = 'block';
      log.style.width = '360px';
      await laidOut(log);
      const viewport = viewportOf(log);
      for (let top = 0; top < 60 * 104; top += 300) await scrollTo(log, top); // read down from the top
      // On screen within the list (the log's text above it wraps anew too, moving the list on the page).
      const inList = (row: HTMLElement) => row.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
      const reading = firstWholeRow(log);
      const readingTop = inList(reading);
      change(log);
      await laidOut(log);
      await laidOut(log);
      expect(inList(rowOf(log, reading.dataset.id!)!), `the row read, after ${rewrap}`).to.be.closeTo(readingTop, 1);
      const shownTop = viewport.getBoundingClientRect().top + 120;
      const watched = rows(log).find((row) => row.getBoundingClientRect().top <= shownTop && row.getBoundingClientRect().bottom > shownTop)!;
      const before = watched.getBoundingClientRect().top;
      const ended = new Promise((resolve) => viewport.addEventListener('scrollend', resolve, { once: true }));
      viewport.scrollBy({ top: -400, behavior: 'smooth' });
      await ended;
      await laidOut(log);
      const after = rowOf(log, watched.dataset.id!)!.getBoundingClientRect().top;
      expect(before - after, 'pixels the rows moved').to.be.closeTo(-400, 1);
    });
  }
});
