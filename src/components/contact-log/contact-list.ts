import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
// Not Lit's styleMap: it writes a style attribute on first render, which a strict CSP refuses.
import { cssomStyle } from '../shared/directives/cssom-style.js';
import { hostStyles } from '../shared/styles/base.js';
import { forcedColorsStyles } from '../shared/styles/forced-colors.js';
import { visitsStyles } from '../visits-shared/styles.js';
import { contactRowStyles } from './parts/contact-row.js';
import { anchoredScrollTop, rowWindow, scrollToReveal } from './virtual-window.js';
import { PrintMediaController } from '../shared/controllers/print-media-controller.js';
import { shallowEqual } from '../shared/controllers/actor-controller.js';
import { contactListPrintStyles } from './print-styles.js';
import { FocusedRowController } from './focused-row-controller.js';
import { ESTIMATED_ROW_HEIGHT, RowHeightsController } from './row-heights-controller.js';

/**
 * The shared host rules (focus ring, `hidden`, print) without the base styles' universal ones:
 * `* { box-sizing: inherit }` makes Chromium compute every element's style from scratch (no
 * matched-properties cache), which was most of each scroll frame's style work with a fresh window of
 * rows. Box sizing and reduced motion are set where they matter.
 */
const listBaseStyles = [
  hostStyles,
  css`
    .viewport,
    .rows,
    .row,
    .row-line,
    .actions,
    .badge,
    button {
      box-sizing: border-box;
    }
    @media (prefers-reduced-motion: reduce) {
      .viewport {
        scroll-behavior: auto !important;
      }
      button,
      .badge {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
      }
    }
    @media print {
      .viewport,
      .row,
      .badge {
        box-shadow: none !important;
      }
    }
  `,
];

const FALLBACK_VIEWPORT = 448;
/** Measure-and-place passes after one render before giving up (the heights settle in one or two). */
const MAX_MEASURE_PASSES = 4;

export interface ListRow {
  id: string;
}

/**
 * A long list that keeps only the visible rows in the DOM: a scroll container holding a `role="list"`
 * of rows, each `role="listitem"` with its position in the whole list, as tall as its content (rows are
 * measured on screen, so 200 % text or a narrow screen never cuts a row). Each row starts with a button
 * named after its contact; those buttons are one tab stop (roving tabindex): arrow keys, Page Up/Down,
 * Home and End move between them (scrolling the row into view), Tab moves into the row's other buttons.
 * It keeps the reader's place: rows added, removed or re-sized above the view leave the rows in view
 * where they are on screen (at the very top a new row shows, pushing the rest down); a new `query`
 * shows its rows from the top; the row holding focus stays in the page while focused, even scrolled
 * away, so focus never falls to the page and Tab goes on from it. Moved in the order (its contact's date
 * changed elsewhere) it keeps focus, where it was on screen; gone, focus goes to the row in its place (the
 * view scrolled to it only when the gone row was in view) and the host is told (`focusedRowGone`). A new
 * `locale`, or a new width, re-wraps the rows without moving the one being read.
 * Internal part of `<contact-log>`.
 *
 * @csspart list - The scroll container.
 * @csspart row - One row.
 */
export class ContactList<T extends ListRow = ListRow> extends LitElement {
  static override styles = [
    listBaseStyles,
    visitsStyles,
    contactRowStyles,
    forcedColorsStyles,
    css`
      /* The viewport fills the list's box when the log stretches it into a region (layout-styles.ts). */
      :host {
        display: flex;
        flex-direction: column;
      }
      .viewport {
        flex: 1 1 auto;
        position: relative;
        overflow-y: auto;
        /* Most of the window by default, not a fixed few rows; a host sets the height it gives the list. */
        max-height: var(--_cp-contact-list-max-height);
        border: 1px solid var(--_cp-color-border);
        border-radius: var(--_cp-radius-control);
        background: var(--_cp-color-surface);
      }
      .rows {
        position: relative;
        margin: 0;
        padding: 0;
      }
      .row {
        position: absolute;
        inset-inline: 0;
        box-sizing: border-box;
        padding: var(--_cp-space-xs) var(--_cp-space-s);
        border-bottom: 1px solid var(--_cp-color-border);
      }
      .row.open {
        background: var(--_cp-color-surface-sunken);
      }
      @media (forced-colors: active) {
        /* The sunken background is Canvas here: a system-coloured edge marks the open row instead. */
        .row.open {
          outline: 2px solid Highlight;
          outline-offset: -2px;
        }
      }
      @media print {
        .viewport {
          max-height: none;
          overflow: visible;
        }
      }
    `,
    // Last: on paper its rules win over the screen's row placement above.
    contactListPrintStyles,
  ];

  /** Every row (only a window of them is rendered). */
  @property({ attribute: false }) items: readonly T[] = [];
  /** Renders one row's content; `tabbable` says whether its buttons are in the tab order. */
  @property({ attribute: false }) renderRow: (item: T, tabbable: boolean) => TemplateResult = () => html``;
  /** The id of the row that is open (in the form or the history): marked, the others are not. */
  @property({ attribute: false }) openId: string | undefined;
  /** The list's accessible name. */
  @property() label = '';
  /**
   * What chose and ordered the rows (the log's filter and order), compared value by value: a new query
   * shows its rows from the top, where a change of the rows alone (one added or archived) keeps the
   * reader's place.
   */
  @property({ attribute: false, hasChanged: (value, old) => !shallowEqual(old, value) }) query: readonly unknown[] = [];
  /**
   * The language the rows are written in. Another one wraps every row anew: the heights measured in the
   * last are kept only as estimates until each row is measured again, so what they measure then is taken
   * from rows further up, as a row never measured is (the reader's place and a smooth scroll kept).
   */
  @property({ attribute: false }) locale = '';
  /**
   * Told when the focused row left the rows (archived or deleted, here or in another tab; or its contact
   * no longer matches), with the row as it was, as focus goes to the row in its place: the host says so.
   */
  @property({ attribute: false }) focusedRowGone: ((item: T) => void) | undefined;

  /** The viewport's `scrollTop` as last read (not reactive: a render is asked for only when the window changes). */
  private scrollOffset = 0;
  @state() private viewportHeight = FALLBACK_VIEWPORT;
  /** The viewport's width when last observed (undefined before the first observation). */
  private viewportWidth: number | undefined;
  @state() private activeIndex = 0;
  @query('.viewport') private viewport!: HTMLElement;
  private focusPending: string | undefined;
  /** Give the pending focus where the row is, without scrolling to it (see `focusInPlaceOf`). */
  private focusWithoutScroll = false;
  /** Where the viewport is to be scrolled once the rows are placed (the reader's place kept, or a new query's top). */
  private scrollPending: number | undefined;
  /** Keep the active row in view while the rows around it are measured (after a move or a reveal). */
  private revealPending = false;
  private measurePasses = 0;
  private resizeObserver: ResizeObserver | undefined;
  private frame: number | undefined;
  /** The rows' heights, measured on screen (estimated for rows not shown yet), and where each row starts. */
  private readonly heights = new RowHeightsController(this, { items: () => this.items, resized: () => this.updateNextFrame() });
  /** On paper every row is rendered, in the flow (the window of rows is for the screen). */
  private readonly print = new PrintMediaController(this);
  private renderedForPrint = false;
  /** The row holding focus: kept in the page while it does, even out of the window, and never moved. */
  private readonly pin = new FocusedRowController(this, {
    items: () => this.items,
    window: () => rowWindow(this.offsets(), this.scrollOffset, this.viewportHeight),
    replaced: (index, item) => this.focusInPlaceOf(index, item as T),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => {
      // On paper (or still laid out for it) the viewport is as tall as every row: not a window size to keep.
      if (!this.viewport || this.print.printing || this.renderedForPrint) return;
      this.viewportHeight = this.viewport.clientHeight || FALLBACK_VIEWPORT;
      // A new width wraps every row anew, as a new locale does: the heights measured are only estimates until each
      // row is measured again (the reader's place and a smooth scroll kept).
      const width = this.viewport.clientWidth;
      if (this.viewportWidth !== undefined && width !== this.viewportWidth) this.heights.heightsToEstimates();
      this.viewportWidth = width;
      this.updateNextFrame(); // measure the rows again
    });
  }

  /**
   * A render in the next frame, never inside a resize observer's callback: rows placed there resize what is
   * observed in the same delivery, a loop the browser reports as an error (a host's error monitor sees it).
   */
  private updateNextFrame(): void {
    if (this.frame === undefined) this.frame = requestAnimationFrame(() => ((this.frame = undefined), this.requestUpdate()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Where each row starts, from the measured heights (the estimate for rows not shown yet). */
  private offsets(items: readonly T[] = this.items): Float64Array {
    return this.heights.offsets(items);
  }

  /**
   * Reads `scrollTop` once per scroll event (nothing is written in between, so no forced layout) and
   * asks for a render only when the rows to show change, not on every pixel scrolled.
   */
  private onScroll(): void {
    const top = this.viewport?.scrollTop ?? 0;
    const offsets = this.offsets();
    const next = rowWindow(offsets, top, this.viewportHeight);
    const current = rowWindow(offsets, this.scrollOffset, this.viewportHeight);
    this.scrollOffset = top;
    this.revealPending = false; // the user scrolls: the list follows them, not the active row
    if (next.first !== current.first || next.last !== current.last) this.requestUpdate();
  }

  protected override firstUpdated(): void {
    this.resizeObserver?.observe(this.viewport);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('items') as readonly T[] | undefined;
    if (changed.has('query') && changed.get('query') !== undefined) {
      // A new search, filter or order: its rows from the top.
      this.scrollOffset = 0;
      this.scrollPending = 0;
      this.activeIndex = 0;
    } else if (changed.has('items') && before && before.length > 0) this.keepPlace(before);
    if (changed.has('locale') && changed.get('locale')) {
      this.heights.heightsToEstimates();
      // A focused row in view stays in view as the rows around it re-wrap (rows above it in view may grow).
      if (this.pin.focusedId !== undefined && this.items[this.activeIndex]?.id === this.pin.focusedId) {
        const offsets = this.offsets();
        const top = (offsets[this.activeIndex] ?? 0) - this.scrollOffset;
        if (top < this.viewportHeight && (offsets[this.activeIndex + 1] ?? 0) - this.scrollOffset > 0) this.revealPending = true;
      }
    }
    if (changed.has('items')) this.heights.rowsChanged();
    if (changed.has('items') && this.activeIndex >= this.items.length) this.activeIndex = Math.max(0, this.items.length - 1);
  }

  /**
   * The rows changed (a contact added, archived, saved): the row at the top of the view keeps its place
   * on screen, and the active row stays the same row.
   */
  private keepPlace(before: readonly T[]): void {
    let map: Map<string, number> | undefined;
    const byId = () => (map ??= new Map(this.items.map((item, index) => [item.id, index])));
    const shift = this.items.length - before.length;
    // Rows move by the number added or removed above them, or not at all: those are looked at first.
    const indexNow = (index: number) => {
      const id = before[index]!.id;
      if (this.items[index + shift]?.id === id) return index + shift;
      if (this.items[index]?.id === id) return index;
      return byId().get(id) ?? -1;
    };
    if (this.activeIndex < before.length) {
      const now = indexNow(this.activeIndex);
      if (now >= 0) this.activeIndex = now;
    }
    const anchored = this.scrollOffset > 0 ? anchoredScrollTop(this.offsets(before), this.offsets(), this.scrollOffset, indexNow) : this.scrollOffset;
    const top = this.focusedRowKept(before, indexNow, anchored) ?? anchored;
    if (Math.abs(top - this.scrollOffset) < 0.5) return;
    this.scrollOffset = top;
    this.scrollPending = top;
  }

  /**
   * Where to scroll so that the focused row, in view before the rows changed, is in view after: where it
   * was on screen (its contact moved in the order when another tab changed its date), or undefined when
   * the place kept (`top`) shows it already, or it was not in view.
   */
  private focusedRowKept(before: readonly T[], indexNow: (index: number) => number, top: number): number | undefined {
    const id = this.pin.focusedId;
    if (id === undefined) return undefined;
    const was = before[this.activeIndex]?.id === id ? this.activeIndex : before.findIndex((item) => item.id === id);
    const now = was < 0 ? -1 : indexNow(was);
    if (now < 0) return undefined;
    const then = this.offsets(before);
    const screenTop = (then[was] ?? 0) - this.scrollOffset;
    const screenBottom = (then[was + 1] ?? 0) - this.scrollOffset;
    if (screenBottom <= 0 || screenTop >= this.viewportHeight) return undefined;
    const offsets = this.offsets();
    if (scrollToReveal(offsets, now, top, this.viewportHeight) === top) return undefined;
    return scrollToReveal(offsets, now, Math.max(0, (offsets[now] ?? 0) - screenTop), this.viewportHeight);
  }

  /**
   * Measures the rows on screen; when one is not the height it was placed with, the rows are placed
   * again (before the frame is painted). A row above the view that grew or shrank moves the scroll
   * position with it (what rows further up not measured yet could not take), so what the user reads stays
   * where it was.
   */
  private measureRows(): boolean {
    const shift = this.heights.measure(this.renderRoot.querySelectorAll<HTMLElement>('.row'), this.scrollOffset, this.viewportHeight);
    if (shift === undefined) return false;
    if (Math.abs(shift) >= 0.5 && this.viewport && !this.revealPending) {
      this.viewport.scrollTop = this.scrollOffset + shift;
      this.scrollOffset = this.viewport.scrollTop;
    }
    return true;
  }

  protected override updated(): void {
    // The rows around the focused one were only removed: the new ones are added before anything is measured.
    if (this.pin.addHeldRows()) return;
    if (this.scrollPending !== undefined && this.viewport && !this.print.printing && !this.renderedForPrint) {
      // The rows are placed (and the list as tall as they are): the place kept is written before paint.
      const top = this.scrollPending;
      this.scrollPending = undefined;
      if (Math.abs(this.viewport.scrollTop - top) >= 0.5) this.viewport.scrollTop = top;
      this.scrollOffset = this.viewport.scrollTop;
    }
    if (!this.print.printing && !this.renderedForPrint) {
      this.heights.observe(this.renderRoot.querySelectorAll('.row'));
      if (this.measureRows() && this.measurePasses < MAX_MEASURE_PASSES) {
        this.measurePasses += 1;
        // The row kept in view is scrolled to once the rows are placed again: the list's new height is
        // not written yet, and a scrollTop past the old one would be cut short by it.
        if (this.revealPending) this.scrollPending = this.scrollOffset = this.revealTop();
        this.requestUpdate();
        return;
      }
    }
    this.measurePasses = 0;
    this.revealPending = false;
    if (this.focusPending === undefined) return;
    const selector = this.focusPending;
    const preventScroll = this.focusWithoutScroll;
    this.focusPending = undefined;
    this.focusWithoutScroll = false;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.activeIndex}"] ${selector}`)?.focus({ preventScroll });
  }

  /**
   * Scrolls the row with this id into view and focuses it (after a contact was added or archived), or
   * the control in it that `selector` names (the button that opened a prompt, when it closes).
   */
  reveal(id: string, selector = '.row-open'): void {
    const index = this.items.findIndex((item) => item.id === id);
    if (index >= 0) this.moveTo(index, selector);
  }

  /** Focuses the row at `index` (clamped), scrolling it into view. */
  moveTo(index: number, selector = '.row-open'): void {
    if (this.items.length === 0) return;
    this.focusWithoutScroll = false;
    this.activeIndex = Math.max(0, Math.min(this.items.length - 1, index));
    this.scrollActiveIntoView();
    this.revealPending = true;
    this.focusPending = selector;
    this.requestUpdate();
  }

  /**
   * The focused row left the rows (before this render): focus goes to the row now at its place, or the
   * one before it when it was last, so focus never falls to the page and a screen reader reads where the
   * user is (and hears why: `focusedRowGone`). Was the row in view, the row taking its place is scrolled
   * into view once the rows are placed. Was it out of view (the reader scrolled away from it), the view
   * stays where the reader is, and the row taking its place gets focus where it is, held in the page as
   * the focused row was: the scroll position is the mouse user's, and a key pressed from there (an arrow,
   * Tab) brings that row into view. With no row left the log shows no list: it places focus itself.
   * Returns the row to hold out of the window, if any.
   */
  private focusInPlaceOf(index: number, item: T): number | undefined {
    this.focusedRowGone?.(item);
    if (this.items.length === 0) return undefined;
    this.activeIndex = Math.min(index, this.items.length - 1);
    this.focusPending = '.row-open';
    if (this.wasInView(item.id)) {
      this.scrollPending = this.scrollOffset = this.revealTop();
      this.revealPending = true;
      return undefined;
    }
    this.focusWithoutScroll = true;
    return this.activeIndex;
  }

  /** Whether the row with this id is in the page and on screen in the viewport (read before a render changes them). */
  private wasInView(id: string): boolean {
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('.row')].find((candidate) => candidate.dataset.id === id);
    if (!row || !this.viewport) return false;
    const box = row.getBoundingClientRect();
    const view = this.viewport.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  }

  private revealTop(): number {
    return scrollToReveal(this.offsets(), this.activeIndex, this.scrollOffset, this.viewportHeight);
  }

  private scrollActiveIntoView(): void {
    const top = this.revealTop();
    if (this.viewport && top !== this.viewport.scrollTop) this.viewport.scrollTop = top;
    this.scrollOffset = top;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!(event.target as HTMLElement).classList.contains('row-open')) return;
    const offsets = this.offsets();
    const rowHeight = (offsets[this.activeIndex + 1] ?? 0) - (offsets[this.activeIndex] ?? 0) || ESTIMATED_ROW_HEIGHT;
    const page = Math.max(1, Math.floor(this.viewportHeight / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.activeIndex + 1,
      ArrowUp: this.activeIndex - 1,
      PageDown: this.activeIndex + page,
      PageUp: this.activeIndex - page,
      Home: 0,
      End: this.items.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.moveTo(next);
  }

  private onRowFocus(index: number): void {
    this.activeIndex = index;
    this.pin.focusIn(index);
  }

  /**
   * The row whose buttons are in the tab order (roving tab stop): the active row while it holds focus or
   * is in view, else the first row in view (the whole of it when it can), so Tab into a list scrolled
   * away from the active row lands on a row the reader sees, never on the scroll container, and the next
   * Tab goes on from there.
   */
  private tabStop(offsets: Float64Array): number {
    const view = rowWindow(offsets, this.scrollOffset, this.viewportHeight, 0);
    if (this.pin.holdsFocus || (this.activeIndex >= view.first && this.activeIndex < view.last)) return this.activeIndex;
    const cutAtTop = (offsets[view.first] ?? 0) < this.scrollOffset - 0.5;
    return cutAtTop && view.first + 1 < view.last ? view.first + 1 : view.first;
  }

  protected override render(): TemplateResult {
    const printing = this.print.printing;
    this.renderedForPrint = printing;
    const offsets = printing ? undefined : this.offsets();
    const window = offsets ? rowWindow(offsets, this.scrollOffset, this.viewportHeight) : { first: 0, last: this.items.length };
    const shown = this.pin.rows(window);
    const tabStop = offsets ? this.tabStop(offsets) : this.activeIndex;
    return html`<div class="viewport ${printing ? 'printing' : ''}" part="list" @scroll=${this.onScroll} @keydown=${this.onKeydown}>
      <div class="rows" role="list" aria-label=${this.label} style=${cssomStyle({ height: offsets ? `${offsets[this.items.length]}px` : undefined })}>
        ${repeat(
          shown,
          (index) => this.items[index]!.id,
          (index) => {
            const item = this.items[index]!;
            const active = index === tabStop;
            return html`<div
              class="row ${item.id === this.openId ? 'open' : ''}"
              part="row"
              role="listitem"
              data-index=${index}
              data-id=${item.id}
              aria-setsize=${this.items.length}
              aria-posinset=${index + 1}
              style=${cssomStyle(offsets ? { top: `${offsets[index]}px` } : {})}
              @focusin=${() => this.onRowFocus(index)}
              @focusout=${this.pin.focusOut}
            >
              ${this.renderRow(item, active)}
            </div>`;
          },
        )}
      </div>
    </div>`;
  }
}
