import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../after-next-paint.js';
import { shallowEqual } from '../controllers/actor-controller.js';

/** What the margins of each printed page carry (already localized). */
export interface PageMarginText {
  /** Top left: what the document is and whose ("Case plan · Case 2026-0142 · Sofia Almeida"). */
  topLeft: string;
  /** Top right: its version and the day it was printed. */
  topRight: string;
  /** The page number with `{page}` and `{pages}` in it ("Page {page} of {pages}"). */
  pageOf: string;
}

/** A CSS string literal of any text: quotes, backslashes and line breaks escaped, so host-given text stays text. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return `"${text.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** `Page {page} of {pages}` as CSS `content`: `"Page " counter(page) " of " counter(pages)`. */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{page\}|\{pages\})/).filter((part) => part !== '');
  return parts.map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part))).join(' ');
}

/** The page rule: margins, and the running header and footer in the page's margin boxes. */
export function pageRule(text: PageMarginText): string {
  const box = 'font: 9pt system-ui, sans-serif; color: #000;';
  return `@page {
  size: auto;
  margin: 18mm 16mm 20mm;
  @top-left { content: ${cssString(text.topLeft)}; ${box} }
  @top-right { content: ${cssString(text.topRight)}; ${box} }
  @bottom-center { content: ${pageCounterContent(text.pageOf)}; ${box} }
}`;
}

// One sheet for the document, shared by every element that prints: the first such element on the page names the pages.
const owners = new Map<Element, PageMarginsController>();
let sheet: CSSStyleSheet | undefined;
/** The rule the sheet holds, so the same rule is not written again. */
let written: string | undefined;

/** The rule of the first element in document order that has one to print. */
function firstRule(): string | undefined {
  const inOrder = [...owners.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
  for (const element of inOrder) {
    const rule = owners.get(element)!.rule();
    if (rule !== undefined) return rule;
  }
  return undefined;
}

/**
 * Writing the document's sheet makes the browser style the whole page again (a page's first screen took
 * 2-3 ms more layout for it, issue 18), and the rule matters only on paper: a change is written after the
 * next paint, or at once when the page prints (`beforeprint`, print media) or while it prints.
 */
let writePending = false;
let printing = false;
let printWatched = false;
/** The page's print media query, made once (not a new MediaQueryList on every write). */
let printQuery: MediaQueryList | undefined;

function writeSoon(): void {
  watchPrinting();
  if (printing || printQuery?.matches === true) {
    refresh();
    return;
  }
  if (writePending) return;
  writePending = true;
  afterNextPaint(writeNow);
}

function writeNow(): void {
  if (!writePending) return;
  writePending = false;
  refresh();
}

/**
 * Writes a page rule still waiting for the next paint, at once: an element's `readComplete` calls it as it
 * settles, since a host may print then by a way that fires no `beforeprint` (a headless browser's PDF), and
 * the rule must be the one of what the element now shows (its language arrived after the first paint).
 */
export function writePageRuleNow(): void {
  writeNow();
}

function watchPrinting(): void {
  if (printWatched) return;
  printWatched = true;
  window.addEventListener('beforeprint', () => {
    printing = true;
    writeNow();
  });
  window.addEventListener('afterprint', () => (printing = false));
  printQuery = window.matchMedia('print');
  printQuery.addEventListener('change', writeNow);
}

function refresh(): void {
  writePending = false;
  const rule = firstRule();
  if (rule === undefined) {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((one) => one !== sheet);
    sheet = undefined;
    written = undefined;
    return;
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  if (rule === written) return;
  sheet.replaceSync(rule);
  written = rule;
}

/** Where the margin text comes from: what it is made of (compared after each render) and the text itself. */
export interface PageMarginSource {
  /**
   * Every value the text depends on (the language shown, the record's name, the day...), cheap to read:
   * read after each of the host's renders; only a change has the text made and the sheet written again.
   */
  inputs: () => readonly unknown[];
  /** The text (localized, dates formatted): made only when the sheet is written, never in a render. Undefined: nothing to print yet. */
  text: () => PageMarginText | undefined;
}

/**
 * The printed page's margins, running header and "page X of Y" footer. `@page` rules only work at the
 * document level (not in a shadow root), so this adds one constructed stylesheet to the document while
 * the element is on the page, holding only an `@page` rule: the screen is not touched. Constructed
 * stylesheets pass a strict `style-src` policy. The text is made only when the sheet is written, and only
 * after its inputs changed: after the next paint (at once for printing, or when `readComplete` settles);
 * an element leaving takes its rule away at once. With several printing elements, the first in document
 * order writes the margins.
 */
export class PageMarginsController implements ReactiveController {
  private inputs: readonly unknown[] | undefined;
  /** The rule of the current inputs, once made (undefined: not made since they changed). */
  private made: { rule: string | undefined } | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: PageMarginSource,
  ) {
    host.addController(this);
  }

  /** The rule for the current inputs, made on first need. */
  rule(): string | undefined {
    if (!this.made) {
      const text = this.source.text();
      this.made = { rule: text ? pageRule(text) : undefined };
    }
    return this.made.rule;
  }

  hostUpdated(): void {
    const inputs = this.source.inputs();
    if (this.inputs && shallowEqual(this.inputs, inputs)) return;
    this.inputs = inputs;
    this.made = undefined;
    if (this.connected) writeSoon();
  }

  hostConnected(): void {
    this.connected = true;
    owners.set(this.host, this);
    if (this.inputs) writeSoon();
  }

  hostDisconnected(): void {
    this.connected = false;
    owners.delete(this.host);
    refresh();
  }
}
