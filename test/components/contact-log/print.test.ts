import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { settle, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { listOf, mountLog, rows } from './helpers.js';

/** A long note, so a row cut at its screen height or on one line would lose words. */
function longNote(index: number): string {
  return `Contact ${index}: ${'The mother arrived on time and read with the child; they talked about school. '.repeat(6)}End of note ${index}.`;
}

const COUNT = 60;

async function logWithNotes() {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  const start = Date.parse('2026-03-30T10:00:00.000Z');
  const written = Array.from({ length: COUNT }, (_, index) => contactAt(new Date(start - index * 86_400_000).toISOString(), { type: 'completed' }, { id: `print-${index}`, notes: longNote(index) }));
  await storage.transaction(written.map((record) => ({ kind: 'contact', record })));
  const log = await mountLog({ storage });
  await settle(log);
  await until(log, () => rows(log).length > 0, 'no rows');
  return { log, written };
}

describe('<contact-log> on paper', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('renders every contact under print media, each row whole (every note in full, in the flow, not split across pages)', async () => {
    const { log, written } = await logWithNotes();
    expect(rows(log).length).to.be.below(COUNT); // a window on screen

    await emulateMedia({ media: 'print' });
    await until(log, () => rows(log).length === COUNT, 'not every contact was rendered for print');
    await listOf(log).updateComplete;
    const printed = rows(log);
    expect(printed.map((row) => row.dataset['id']).sort()).to.deep.equal(written.map((contact) => contact.id).sort());
    for (const row of printed) {
      const id = row.dataset['id']!;
      const note = written.find((contact) => contact.id === id)!.notes;
      expect(row.querySelector('[data-notes]')!.textContent).to.equal(note);
      const style = getComputedStyle(row);
      expect(style.position, 'a row in the flow').to.equal('static');
      expect(style.breakInside, 'a row kept on one page').to.equal('avoid');
      // Nothing of the row is clipped: it is as tall as its content.
      expect(row.scrollHeight, `row ${id} cut`).to.be.at.most(row.clientHeight + 1);
      const line = row.querySelector<HTMLElement>('.row-detail')!;
      expect(getComputedStyle(line).whiteSpace, 'the note wraps').to.equal('normal');
      // The row's own button is its first line (when, type, who, outcome): printed, unlike the other buttons.
      const title = row.querySelector<HTMLElement>('[data-action="open"]')!;
      expect(title.checkVisibility(), `row ${id} printed without its date, type and outcome`).to.equal(true);
      expect(title.querySelector('[data-outcome]')!.checkVisibility()).to.equal(true);
      expect(row.querySelector<HTMLElement>('[data-action="history"]')!.checkVisibility(), 'a History button on paper').to.equal(false);
    }

    // The log's headings stay with what they head; the time zone is said once, by its name.
    const heading = log.shadowRoot!.querySelector<HTMLElement>('h2')!;
    expect(getComputedStyle(heading).breakAfter).to.equal('avoid');
    const zone = log.shadowRoot!.querySelector<HTMLElement>('[data-print-zone]')!;
    expect(zone.checkVisibility()).to.equal(true);
    expect(zone.textContent).to.contain('Western European Time').and.not.to.contain('Europe/Lisbon');

    await emulateMedia({ media: 'screen' });
    await until(log, () => rows(log).length < COUNT, 'the screen went back to a window of rows');
    expect(zone.checkVisibility()).to.equal(false);
  });

  it('numbers the printed pages itself when it is the only printing element on the page', async () => {
    const { log } = await logWithNotes();
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(rules).to.contain('"Page " counter(page) " of " counter(pages)');
    expect(rules).to.contain('Contact log');
    log.remove();
  });

  it('renders every contact from beforeprint to afterprint (the print dialog, print to PDF)', async () => {
    const { log } = await logWithNotes();
    window.dispatchEvent(new Event('beforeprint'));
    await listOf(log).updateComplete;
    expect(rows(log).length).to.equal(COUNT);
    window.dispatchEvent(new Event('afterprint'));
    await listOf(log).updateComplete;
    expect(rows(log).length).to.be.below(COUNT);
  });
});
