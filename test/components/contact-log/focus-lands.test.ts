// Focus in the long list always lands somewhere a screen reader user can hear, never on the page itself
// (real Chromium, real IndexedDB; the first test is reviewer RL13's, round 13): the focused row archived in
// another tab (a second adapter on the same database) hands focus to the row that takes its place.
import { expect, waitUntil } from '@open-wc/testing';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { deepActiveElement } from '../a11y-helpers.js';
import { settle } from '../visitation-planner/helpers.js';
import { manyContacts } from './seed.js';
import { focusMiddleRow, focusedRowId, laidOut, logWithOtherTab, rows, scrollTo, setSize } from './helpers.js';

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
    const { log, otherTab } = await logWithOtherTab(manyContacts(1), 'focus-lands');
    rows(log)[0]!.querySelector<HTMLElement>('.row-open')!.focus();
    await laidOut(log);
    const contact = (await otherTab.get<Contact>('contact', 'bulk-00000'))!;
    await otherTab.put('contact', { ...contact, archived: true });
    await waitUntil(() => rows(log).length === 0, 'the archive never came', { timeout: 5000 });
    await settle(log);
    expect(deepActiveElement()?.tagName, 'focus once the list is empty').not.to.equal('BODY');
    expect(deepActiveElement()?.getAttribute('data-action'), 'focus once the list is empty').to.equal('record');
  });

  it('the only contact, focused in a read-only log, archived by another tab: focus goes to the log’s title', async () => {
    const { log, otherTab } = await logWithOtherTab(manyContacts(1), 'focus-lands', { readonly: true });
    rows(log)[0]!.querySelector<HTMLElement>('.row-open')!.focus();
    await laidOut(log);
    const contact = (await otherTab.get<Contact>('contact', 'bulk-00000'))!;
    await otherTab.put('contact', { ...contact, archived: true });
    await waitUntil(() => rows(log).length === 0, 'the archive never came', { timeout: 5000 });
    await settle(log);
    expect(deepActiveElement()?.id, 'focus once the list is empty').to.equal('log-title');
  });
});
