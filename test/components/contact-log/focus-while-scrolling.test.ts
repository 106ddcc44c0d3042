// The long list's focused row, driven as a user drives it (real Chromium, real IndexedDB; found by reviewer
// RL13, round 13). The row holding focus is kept in the page out of the window; these are the ways back and
// forth past it that a reader scrolling with the wheel or the scrollbar takes, and End.
import { expect, waitUntil } from '@open-wc/testing';
import { deepActiveElement, pressKey } from '../a11y-helpers.js';
import { manyContacts } from './seed.js';
import { focusMiddleRow, focusedRowId, laidOut, logWithOtherTab, rows, scrollTo, setSize, viewportOf } from './helpers.js';

describe('<contact-log>: the focused row while the reader scrolls past it, and End', () => {
  it('a row focused deep in the list keeps focus when the wheel or the scrollbar goes back up above it', async () => {
    const { log } = await logWithOtherTab(manyContacts(600), 'contact-list-review');
    await waitUntil(() => setSize(log) === '600', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 300 * 104);
    const id = await focusMiddleRow(log);
    await scrollTo(log, 0);
    expect(rows(log).some((row) => row.getAttribute('aria-posinset') === '1'), 'the window moved to the top').to.equal(true);
    expect(deepActiveElement()?.tagName, 'focus after scrolling up past the focused row').not.to.equal('BODY');
    expect(focusedRowId(), 'the focused row').to.equal(id);
  });

  it('a focused row scrolled away below, then above, keeps focus', async () => {
    const { log } = await logWithOtherTab(manyContacts(600), 'contact-list-review');
    await waitUntil(() => setSize(log) === '600', 'not every contact in', { timeout: 5000 });
    await scrollTo(log, 300 * 104);
    const id = await focusMiddleRow(log);
    await scrollTo(log, 500 * 104); // the focused row is now above the window (kept first)
    expect(focusedRowId(), 'focus after scrolling down past it').to.equal(id);
    await scrollTo(log, 100 * 104); // and now below it (kept last)
    expect(deepActiveElement()?.tagName, 'focus after scrolling back up past it').not.to.equal('BODY');
    expect(focusedRowId(), 'the focused row').to.equal(id);
  });

  it('End on a row moves focus to the last row and shows that row whole', async () => {
    const { log } = await logWithOtherTab(manyContacts(1000), 'contact-list-review');
    await waitUntil(() => setSize(log) === '1000', 'not every contact in', { timeout: 5000 });
    await laidOut(log);
    rows(log)[0]!.querySelector<HTMLElement>('.row-open')!.focus();
    await pressKey('End');
    await laidOut(log);
    const row = deepActiveElement()!.closest<HTMLElement>('[role="listitem"]')!;
    expect(row.getAttribute('aria-posinset'), 'the row End focused').to.equal('1000');
    const viewport = viewportOf(log);
    const box = row.getBoundingClientRect();
    const shownBottom = viewport.getBoundingClientRect().top + viewport.clientTop + viewport.clientHeight;
    expect(viewport.scrollTop, 'scrolled to the end').to.be.closeTo(viewport.scrollHeight - viewport.clientHeight, 1);
    expect(box.bottom, 'the last row’s bottom edge against the list’s').to.be.at.most(shownBottom + 0.5);
  });
});
