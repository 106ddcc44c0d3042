import { expect } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { deepActiveElement, pressKey } from '../a11y-helpers.js';
import { $, click, settle, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { listOf, mountLog, rows } from './helpers.js';

const LONG_NOTE = 'Lucas showed his drawings to his mother, they read two chapters together and planned the next visit at the library; the foster carer asked for the Saturday slot. '.repeat(3).trim();

/** Six contacts: long notes on some, two at the same minute with different people (so only the subject tells them apart). */
async function storageWithNotes(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  const contacts: Contact[] = [
    contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00', notes: LONG_NOTE }),
    contactAt('2026-03-10T16:00:00.000Z', { type: 'cancelled', by: { party: 'caregiver' } }, { id: 'visit-10', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00', notes: 'Short note' }),
    contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { id: 'home-12', type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'], notes: LONG_NOTE }),
    contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { id: 'phone-12', type: 'phone', participantIds: ['mother-1'] }),
    contactAt('2026-03-17T16:00:00.000Z', { type: 'completed' }, { id: 'visit-17', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-17T16:00', notes: `${LONG_NOTE}\n\nSecond paragraph.` }),
    contactAt('2026-03-24T16:00:00.000Z', { type: 'completed' }, { id: 'visit-24', visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-24T16:00' }),
  ];
  for (const contact of contacts) await storage.put('contact', contact);
  return storage;
}

/** Every rendered row shows all of its text: nothing overflows it, nothing of it lies under the next row. */
function expectRowsWhole(log: Parameters<typeof rows>[0]): void {
  const shown = rows(log);
  expect(shown.length).to.be.greaterThan(0);
  for (const row of shown) {
    expect(row.scrollHeight, `row ${row.dataset.id} is cut (${row.scrollHeight} > ${row.clientHeight})`).to.be.at.most(row.clientHeight);
    const box = row.getBoundingClientRect();
    for (const part of row.querySelectorAll('.row-open, .row-detail, .actions button')) {
      const inner = part.getBoundingClientRect();
      expect(inner.bottom, `${row.dataset.id}: ${part.className || part.textContent} lies outside its row`).to.be.at.most(box.bottom + 0.5);
      expect(inner.right, `${row.dataset.id}: ${part.textContent?.trim()} is wider than its row`).to.be.at.most(box.right + 0.5);
    }
  }
  const byPosition = [...shown].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
  for (let index = 1; index < byPosition.length; index += 1) {
    const above = byPosition[index - 1]!.getBoundingClientRect();
    const below = byPosition[index]!.getBoundingClientRect();
    expect(below.top, `row ${byPosition[index]!.dataset.id} overlaps the row above`).to.be.at.least(above.bottom - 0.5);
  }
}

/** The full notes of a row, as the page shows them (not cut with an ellipsis). */
function notesShown(row: HTMLElement): string {
  const notes = row.querySelector<HTMLElement>('[data-notes]')!;
  expect(notes.scrollWidth, 'notes cut at the side').to.be.at.most(notes.clientWidth + 1);
  return notes.textContent!;
}

describe('<contact-log> rows: every contact readable at any size, named, reachable', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('shows each row whole at 100 %: the notes wrap, rows are as tall as their text', async () => {
    await setViewport({ width: 800, height: 900 });
    const log = await mountLog({ storage: await storageWithNotes() });
    await settle(log);
    await listOf(log).updateComplete;
    expectRowsWhole(log);
    const row = rows(log).find((candidate) => candidate.dataset.id === 'visit-17')!;
    expect(notesShown(row)).to.equal(`${LONG_NOTE}\n\nSecond paragraph.`);
    // The list is not a four-row box: it takes most of the window (or all its rows need, when less).
    const viewport = listOf(log).shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    expect(viewport.clientHeight, 'the list is a small box on a tall screen').to.be.at.least(Math.min(viewport.scrollHeight, innerHeight * 0.75));
    expect(viewport.clientHeight).to.be.greaterThan(4 * 104);
  });

  it('takes the height the host gives the list', async () => {
    await setViewport({ width: 800, height: 900 });
    const log = await mountLog({ storage: await storageWithNotes() });
    log.style.setProperty('--cp-contact-list-max-height', '300px');
    await settle(log);
    await listOf(log).updateComplete;
    const viewport = listOf(log).shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    expect(viewport.getBoundingClientRect().height).to.equal(300);
    expectRowsWhole(log);
  });

  it('shows every row’s contact data at 200 % text size', async () => {
    await setViewport({ width: 800, height: 900 });
    document.documentElement.style.fontSize = '200%';
    const log = await mountLog({ storage: await storageWithNotes() });
    await settle(log);
    await listOf(log).updateComplete;
    await settle(log);
    expectRowsWhole(log);
    for (const row of rows(log)) {
      expect(row.querySelector('.row-when')!.getBoundingClientRect().height, `${row.dataset.id} shows no date`).to.be.greaterThan(0);
    }
    // Scrolled to the end, the last rows are whole as well (their heights measured as they come into view).
    const viewport = listOf(log).shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    viewport.scrollTop = viewport.scrollHeight;
    viewport.dispatchEvent(new Event('scroll'));
    await listOf(log).updateComplete;
    await settle(log);
    expectRowsWhole(log);
    expect(rows(log).map((row) => row.dataset.id)).to.include('visit-3');
  });

  it('fits a 320 px screen: the page is not wider than the screen and the History buttons are whole', async () => {
    await setViewport({ width: 320, height: 640 });
    const log = await mountLog({ storage: await storageWithNotes() });
    await settle(log);
    await listOf(log).updateComplete;
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    expect(log.scrollWidth, 'the log is wider than its box').to.be.at.most(log.clientWidth);
    expectRowsWhole(log);
    for (const row of rows(log)) {
      const history = row.querySelector<HTMLElement>('[data-action="history"]')!.getBoundingClientRect();
      expect(history.right, `${row.dataset.id}: History cut off`).to.be.at.most(320);
      expect(history.width).to.be.greaterThan(0);
    }
  });

  it('names every row and each of its buttons after its contact, marks only the open one current, and moves between rows with the arrows', async () => {
    const log = await mountLog({ storage: await storageWithNotes() });
    await settle(log);
    interface AxNode { role?: string; name?: string; children?: AxNode[] }
    const buttons = async () => {
      const names: string[] = [];
      const walk = (node: AxNode) => {
        if (node.role === 'button' && node.name) names.push(node.name);
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as AxNode);
      return names;
    };
    const names = await buttons();
    // The two contacts at the same minute differ by type and people.
    expect(names).to.include.members([
      'History of the contact of Thu, Mar 12, 2026, 10:00 AM · Caseworker home visit · Lucas Almeida and Claire Martin',
      'History of the contact of Thu, Mar 12, 2026, 10:00 AM · Phone call · Joana Almeida',
      'Edit the contact of Thu, Mar 12, 2026, 10:00 AM · Phone call · Joana Almeida',
    ]);
    const opens = names.filter((name) => name.startsWith('Thu, Mar 12, 2026, 10:00 AM'));
    expect(opens, 'the rows’ own buttons say when, what and who').to.have.length(2);
    expect(opens[0]).to.contain('Caseworker home visit').and.to.contain('Lucas Almeida');
    // Chromium's own "Show date picker" inside each native date field is not ours to name.
    const ours = names.filter((name) => !name.includes('Show date picker'));
    expect(ours.filter((name, index) => ours.indexOf(name) !== index), 'buttons with the same name').to.deep.equal([]);

    // Rows are list items, not focus stops; nothing is current until a contact is opened.
    for (const row of rows(log)) {
      expect(row.hasAttribute('tabindex'), 'a focusable list item').to.equal(false);
      expect(row.hasAttribute('aria-current')).to.equal(false);
    }
    expect(listOf(log).shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
    await click(log, rows(log).find((row) => row.dataset.id === 'phone-12')!.querySelector<HTMLElement>('[data-action="open"]')!);
    await settle(log);
    expect(deepActiveElement()!.id, 'the contact opens in the form').to.equal('occurredAt');
    const current = [...listOf(log).shadowRoot!.querySelectorAll('[aria-current="true"]')];
    expect(current).to.have.length(1);
    expect(current[0]!.closest<HTMLElement>('[role="listitem"]')!.dataset.id).to.equal('phone-12');
    await click(log, [...log.shadowRoot!.querySelectorAll<HTMLElement>('form.contact-form button')].find((button) => button.textContent!.trim() === 'Cancel')!);
    await settle(log);
    expect(listOf(log).shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);

    // One tab stop for the rows; the arrows move between their buttons.
    rows(log)[0]!.querySelector<HTMLElement>('[data-action="open"]')!.focus();
    await pressKey('ArrowDown');
    await listOf(log).updateComplete;
    const focused = deepActiveElement()!;
    expect(focused.getAttribute('data-action')).to.equal('open');
    expect(focused.closest('[role="listitem"]')!.getAttribute('aria-posinset')).to.equal('2');
    const tabbable = [...listOf(log).shadowRoot!.querySelectorAll('[data-action="open"]')].filter((button) => button.getAttribute('tabindex') === '0');
    expect(tabbable).to.deep.equal([focused]);
  });

  it('names the contact in its history’s heading, and closing the history puts focus back on its History button', async () => {
    const log = await mountLog({ storage: await storageWithNotes() });
    await settle(log);
    const history = () => rows(log).find((row) => row.dataset.id === 'phone-12')!.querySelector<HTMLElement>('[data-action="history"]')!;
    await click(log, history());
    await until(log, () => log.shadowRoot!.querySelector('#history-title'), 'no history');
    expect($(log, '#history-title').textContent).to.equal('History of the contact of Thu, Mar 12, 2026, 10:00 AM · Phone call · Joana Almeida');
    expect(deepActiveElement()!.id).to.equal('history-title');
    const current = [...listOf(log).shadowRoot!.querySelectorAll('[aria-current="true"]')];
    expect(current.map((element) => element.closest<HTMLElement>('[role="listitem"]')!.dataset.id)).to.deep.equal(['phone-12']);
    await click(log, $(log, '[data-action="close-history"]'));
    await listOf(log).updateComplete;
    await settle(log);
    expect(deepActiveElement()).to.equal(history());
  });

  it('closes the archive question on Escape, archives nothing, and puts focus back on the Archive button that asked', async () => {
    const storage = await storageWithNotes();
    const log = await mountLog({ storage });
    await settle(log);
    const archive = () => rows(log).find((row) => row.dataset.id === 'visit-10')!.querySelector<HTMLElement>('[data-action="archive"]')!;
    archive().focus();
    await pressKey('Enter');
    await settle(log);
    // The question (the shared <cp-confirm>, a modal dialog) opens with focus on its safe choice, Cancel.
    const question = $(log, '[part="archive-confirm"]');
    const dialog = question.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(deepActiveElement()!.getAttribute('part')).to.equal('cancel-button');
    await pressKey('Escape');
    await until(log, () => !dialog.open, 'the question stayed open on Escape');
    await listOf(log).updateComplete;
    await settle(log);
    expect(deepActiveElement(), 'focus is not back on the Archive button').to.equal(archive());
    expect((await storage.get<Contact>('contact', 'visit-10'))!.archived ?? false).to.equal(false);

    // Cancel does the same.
    await pressKey('Enter');
    await settle(log);
    await click(log, question.shadowRoot!.querySelector<HTMLElement>('[part~="cancel-button"]')!);
    await listOf(log).updateComplete;
    await settle(log);
    expect(deepActiveElement()).to.equal(archive());
  });
});
