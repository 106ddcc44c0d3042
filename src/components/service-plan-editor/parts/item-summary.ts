import { html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { PlanItem } from '../../../model/service-plan/plan-item.js';
import { drawnOnce } from '../../shared/directives/drawn-once.js';
import { itemStatusLabel, personById } from '../labels.js';
import '../large-plan-messages.js';
import { ratioBar, ratioShown } from '../progress.js';
import { fieldId, type EditorView } from '../view.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';

/**
 * What the plan's progress says of an item: the model's of the item alone and today (`itemProgress`,
 * `overdueItems`), so a drawn line is kept by its item and today (see itemSummary).
 */
export interface ItemLine {
  overdue: boolean;
  ratio: number | undefined;
}

/** What an item's summary line says in words (besides the item's name and progress). */
interface LineWords {
  who: string;
  dates: string;
  status: string;
  progressLabel: string;
}

/**
 * The words of an item's line. `memo`: words already made for earlier lines in the same language, people
 * and day (the same caseworker, dates and status come back line after line: with 1 000 items, formatting
 * them again was a quarter of drawing the lines).
 */
function lineWords(view: EditorView, item: PlanItem, memo?: Map<string, string>): LineWords {
  const { t } = view;
  const remembered = (key: string, make: () => string): string => {
    if (!memo) return make();
    let words = memo.get(key);
    if (words === undefined) {
      words = make();
      memo.set(key, words);
    }
    return words;
  };
  const dateOrDash = (value: string | undefined) => (value ? remembered(`date|${value}`, () => t.date(value)) : '—');
  const responsible = item.responsibility;
  const who = remembered(`who|${responsible?.type ?? ''}|${responsible?.type === 'participant' ? responsible.participantId : responsible?.type === 'org-user' ? responsible.name : ''}`, () => {
    const name = responsibleName(view, item);
    return name ? t.term('spe.item.summary-responsible', { name }) : t.term('spe.responsibility.none');
  });
  return {
    who,
    dates: t.term('spe.item.summary-dates', { start: dateOrDash(item.expectedStart), end: dateOrDash(item.expectedEnd) }),
    status: remembered(`status|${item.status}`, () => itemStatusLabel(t, item.status)),
    progressLabel: t.term('spe.item.progress-named', { name: item.source.name }),
  };
}

/** Who is responsible for an item, in words (undefined: nobody yet). */
function responsibleName(view: EditorView, item: PlanItem): string | undefined {
  const responsible = item.responsibility;
  if (responsible?.type === 'participant') return personById(view.t, view.participants, responsible.participantId);
  if (responsible?.type === 'org-user') return responsible.name;
  if (responsible?.type === 'caseworker') return view.t.term('spe.responsibility.caseworker');
  return undefined;
}

/**
 * An item's one summary line, the same closed or open (WAI-ARIA disclosure): its name is the button that
 * opens its details in place (aria-expanded, focus stays on it), then who, when, status and progress.
 * The button has no listener of its own: the plan's list handles every item's (`onItemToggle`).
 */
export function itemSummaryLine(view: EditorView, item: PlanItem, where: ItemLine, open: boolean, given?: LineWords): TemplateResult {
  const { t } = view;
  const words = given ?? lineWords(view, item);
  return html`<header class="item-header item-line">
    <h4 id=${fieldId(`item.${item.id}.heading`)} tabindex="-1" class="item-name">
      <button type="button" class="disclosure details-toggle" id=${fieldId(`item.${item.id}.details`)} data-item-id=${item.id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${fieldId(`item.${item.id}.body`)}><bdi>${closedText(item.source.name)}</bdi></button>
    </h4>
    <span class="item-facts">
      <span class="item-who">${words.who}</span>
      <span class="item-dates">${words.dates}</span>
    </span>
    <span class="badge">${words.status}</span>
    ${where.overdue ? html`<span class="badge danger" part="overdue">${t.term('common.status.overdue')}</span>` : nothing}
    ${item.kind === 'basic' ? ratioBar(t, words.progressLabel, where.ratio, 'item-progress') : nothing}
  </header>`;
}

/**
 * Opens or closes the item whose summary button was clicked: one listener on the plan's list for every
 * item (a closed item's line is plain DOM, see `itemSummary`). Focus stays on the button.
 */
export function onItemToggle(view: EditorView): (event: Event) => void {
  return (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.details-toggle[data-item-id]');
    const itemId = button?.dataset['itemId'];
    if (!button || !itemId) return;
    const expanded = new Set(view.ui.expandedItems);
    if (button.getAttribute('aria-expanded') === 'true') expanded.delete(itemId);
    else expanded.add(itemId);
    view.setUi({ expandedItems: expanded });
    view.focusAfterRender(`#${button.id}`);
  };
}

/**
 * An editor's drawn lines, by item (an edited item's old line goes with it), valid while what they all
 * share stays: the language, the people, today. What else a line shows is the item's own (its progress
 * and lateness are the model's of the item and today: see ItemLine), so one element per item is all
 * that is kept (no record per line: with 5 000 items those were ~0.1 MB). With them, the words lines
 * share and one line of each shape to copy (see itemSummary).
 */
interface DrawnLines {
  locale: string;
  lang: string;
  participants: readonly CaseParticipant[];
  today: string;
  lines: WeakMap<PlanItem, Element>;
  words: Map<string, string>;
  /** Lines drawn by the template to copy, per shape (shared by the page's editors: see `lineShapes`). */
  shapes: Map<string, Element>;
  /** What a progress bar shows, by ratio. */
  bars: Map<number, { percent: number; text: string }>;
}

/**
 * A line without Lit's comment markers (inert once drawn) and without the template's indentation: half the
 * nodes of every line, drawn or copied (issue 18, round 10). Every whitespace-only text node of a closed
 * line lies between the boxes of a grid, a flex line or a block (the header, its facts, the progress bar),
 * where it is never laid out nor read; the words are in the elements' own text.
 */
function withoutMarkersOrIndentation(line: Element): Element {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const inert: Node[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.COMMENT_NODE || node.textContent!.trim() === '') inert.push(node);
  }
  for (const node of inert) node.parentNode?.removeChild(node);
  return line;
}

/** Each editor's drawn lines, keyed by its localize controller (one per element). */
const drawnLines = new WeakMap<object, DrawnLines>();

/**
 * A line drawn by the template, kept apart, per shape (overdue or not, with a progress bar or not), for
 * every editor of the page in one language and formats: a shape holds only the language's fixed words
 * (the overdue badge); everything that differs between items, people or days is written by `fillLine`,
 * and heading levels after insertion. So a second editor opening on a page copies its lines from the
 * first's instead of having Lit draw them again (issue 18, round 8).
 */
const lineShapes = new Map<string, Map<string, Element>>();

function shapesFor(locale: string, lang: string): Map<string, Element> {
  const key = `${locale}|${lang}`;
  let shapes = lineShapes.get(key);
  if (!shapes) {
    shapes = new Map();
    lineShapes.set(key, shapes);
  }
  return shapes;
}

/** Forgets the page's line shapes, so the next line of each shape is drawn by the template (tests compare the two). */
export function forgetLineShapes(): void {
  lineShapes.clear();
}

/** The closed line's template: the same header as an open item's, in its article. */
function closedLine(view: EditorView, item: PlanItem, where: ItemLine, words: LineWords): TemplateResult {
  return html`<article part="item" class="item compact ${where.overdue ? 'overdue' : ''}" aria-labelledby=${fieldId(`item.${item.id}.heading`)} data-item-id=${item.id}>
    ${itemSummaryLine(view, item, where, false, words)}
  </article>`;
}

/**
 * Makes a copy of a closed line of the same shape (drawn by `closedLine`) say this item: everything the
 * template binds that differs between two items of one shape. test/components/service-plan-editor/
 * item-lines.test.ts compares the lines so made with lines the template draws, item by item.
 */
function fillLine(line: Element, item: PlanItem, words: LineWords, bar: { percent: number; text: string }): void {
  const headingId = fieldId(`item.${item.id}.heading`);
  line.setAttribute('aria-labelledby', headingId);
  line.setAttribute('data-item-id', item.id);
  const heading = line.querySelector('h4')!;
  heading.id = headingId;
  const button = heading.querySelector('button')!;
  button.id = fieldId(`item.${item.id}.details`);
  button.setAttribute('data-item-id', item.id);
  button.setAttribute('aria-controls', fieldId(`item.${item.id}.body`));
  button.querySelector('bdi')!.textContent = item.source.name;
  line.querySelector('.item-who')!.textContent = words.who;
  line.querySelector('.item-dates')!.textContent = words.dates;
  line.querySelector('.badge')!.textContent = words.status;
  const track = line.querySelector<HTMLElement>('.progress-track');
  if (!track) return;
  const { percent, text } = bar;
  line.querySelector('.progress-label')!.textContent = words.progressLabel;
  track.setAttribute('aria-label', words.progressLabel);
  track.setAttribute('aria-valuenow', String(percent));
  track.setAttribute('aria-valuetext', text);
  (track.firstElementChild as HTMLElement).style.setProperty('inline-size', `${percent}%`);
  line.querySelector('.progress-text')!.textContent = text;
}

/**
 * A closed item: its summary line, drawn once as plain DOM (no Lit parts: with 5 000 items those were
 * most of the editor's heap) and drawn again only when what it shows changed: the item (the model
 * replaces an edited item, never mutates it), today, the language, the people. The first line of each
 * shape is drawn by the template; the others are copies of it made to say their item (`fillLine`):
 * Lit's render per line was most of the time to open a plan of 1 000 items.
 */
export function itemSummary(view: EditorView, item: PlanItem, where: ItemLine): Element {
  const { t } = view;
  let drawn = drawnLines.get(t);
  if (!drawn || drawn.locale !== t.locale || drawn.lang !== t.lang || drawn.participants !== view.participants || drawn.today !== view.today) {
    drawn = { locale: t.locale, lang: t.lang, participants: view.participants, today: view.today, lines: new WeakMap(), words: new Map(), shapes: shapesFor(t.locale, t.lang), bars: new Map() };
    drawnLines.set(t, drawn);
  }
  const known = drawn.lines.get(item);
  if (known) return known;
  const words = lineWords(view, item, drawn.words);
  const shape = `${where.overdue}|${item.kind === 'basic'}`;
  const model = drawn.shapes.get(shape);
  let line: Element;
  if (model) {
    line = model.cloneNode(true) as Element;
    const ratio = where.ratio ?? 0;
    let bar = drawn.bars.get(ratio);
    if (!bar) {
      bar = ratioShown(t, ratio);
      drawn.bars.set(ratio, bar);
    }
    fillLine(line, item, words, bar);
  } else {
    line = withoutMarkersOrIndentation(drawnOnce(closedLine(view, item, where, words)));
    drawn.shapes.set(shape, line.cloneNode(true) as Element);
  }
  drawn.lines.set(item, line);
  return line;
}
