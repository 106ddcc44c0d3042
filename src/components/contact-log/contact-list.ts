import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
// Not Lit's styleMap: it writes a style attribute on first render, which a strict CSP refuses.
import { cssomStyle } from '../shared/directives/cssom-style.js';
import { hostStyles } from '../shared/styles/base.js';
import { visitsStyles } from '../visits-shared/styles.js';
import { contactRowStyles } from './parts/contact-row.js';
import { rowWindow, scrollToReveal } from './virtual-window.js';
import { PrintMediaController } from '../shared/controllers/print-media-controller.js';
import { contactListPrintStyles } from './print-styles.js';

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

/** Pixels per row: fixed, so the window is simple arithmetic (matches `--cp-contact-row-height` below). */
export const CONTACT_ROW_HEIGHT = 104;
const FALLBACK_VIEWPORT = 448;

export interface ListRow {
  id: string;
}

/**
 * A long list that keeps only the visible rows in the DOM: a scroll container holding a `role="list"`
 * of fixed-height rows, each `role="listitem"` with its position in the whole list. One row is the tab
 * stop; arrow keys, Page Up/Down, Home and End move between rows (scrolling them into view), Tab moves
 * into the row's buttons. Internal part of `<contact-log>`.
 *
 * @csspart list - The scroll container.
 * @csspart row - One row.
 */
export class ContactList<T extends ListRow = ListRow> extends LitElement {
  static override styles = [
    listBaseStyles,
    visitsStyles,
    contactRowStyles,
    css`
      :host {
        display: block;
      }
      .viewport {
        position: relative;
        overflow-y: auto;
        max-height: 28rem;
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
        overflow: hidden;
        padding: var(--_cp-space-xs) var(--_cp-space-s);
        border-bottom: 1px solid var(--_cp-color-border);
      }
      .row:focus-visible {
        outline-offset: -4px;
      }
      .row[aria-current='true'] {
        background: var(--_cp-color-surface-sunken);
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
  /** The list's accessible name. */
  @property() label = '';

  /** The viewport's `scrollTop` as last read (not reactive: a render is asked for only when the window changes). */
  private scrollOffset = 0;
  @state() private viewportHeight = FALLBACK_VIEWPORT;
  @state() private activeIndex = 0;
  @query('.viewport') private viewport!: HTMLElement;
  private focusPending = false;
  private resizeObserver: ResizeObserver | undefined;
  /** On paper every row is rendered, in the flow (the window of rows is for the screen). */
  private readonly print = new PrintMediaController(this);
  private renderedForPrint = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => {
      // On paper (or still laid out for it) the viewport is as tall as every row: not a window size to keep.
      if (this.viewport && !this.print.printing && !this.renderedForPrint) this.viewportHeight = this.viewport.clientHeight || FALLBACK_VIEWPORT;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /**
   * Reads `scrollTop` once per scroll event (nothing is written in between, so no forced layout) and
   * asks for a render only when the rows to show change, not on every pixel scrolled.
   */
  private onScroll(): void {
    const top = this.viewport?.scrollTop ?? 0;
    const next = rowWindow(this.items.length, CONTACT_ROW_HEIGHT, top, this.viewportHeight);
    const current = rowWindow(this.items.length, CONTACT_ROW_HEIGHT, this.scrollOffset, this.viewportHeight);
    this.scrollOffset = top;
    if (next.first !== current.first || next.last !== current.last) this.requestUpdate();
  }

  protected override firstUpdated(): void {
    this.resizeObserver?.observe(this.viewport);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items') && this.activeIndex >= this.items.length) this.activeIndex = Math.max(0, this.items.length - 1);
  }

  protected override updated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.activeIndex}"]`)?.focus();
  }

  /** Scrolls the row with this id into view and focuses it (after a contact was added or archived). */
  reveal(id: string): void {
    const index = this.items.findIndex((item) => item.id === id);
    if (index >= 0) this.moveTo(index);
  }

  /** Focuses the row at `index` (clamped), scrolling it into view. */
  moveTo(index: number): void {
    if (this.items.length === 0) return;
    this.activeIndex = Math.max(0, Math.min(this.items.length - 1, index));
    const top = scrollToReveal(this.activeIndex, CONTACT_ROW_HEIGHT, this.scrollOffset, this.viewportHeight);
    if (this.viewport && top !== this.viewport.scrollTop) this.viewport.scrollTop = top;
    this.scrollOffset = top;
    this.focusPending = true;
    this.requestUpdate();
  }

  private onKeydown(event: KeyboardEvent): void {
    if ((event.target as HTMLElement).getAttribute('role') !== 'listitem') return;
    const page = Math.max(1, Math.floor(this.viewportHeight / CONTACT_ROW_HEIGHT) - 1);
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

  protected override render(): TemplateResult {
    const printing = this.print.printing;
    this.renderedForPrint = printing;
    const window = printing ? { first: 0, last: this.items.length } : rowWindow(this.items.length, CONTACT_ROW_HEIGHT, this.scrollOffset, this.viewportHeight);
    const shown = this.items.slice(window.first, window.last);
    return html`<div class="viewport ${printing ? 'printing' : ''}" part="list" @scroll=${this.onScroll} @keydown=${this.onKeydown}>
      <div class="rows" role="list" aria-label=${this.label} style=${cssomStyle({ height: printing ? undefined : `${this.items.length * CONTACT_ROW_HEIGHT}px` })}>
        ${repeat(
          shown,
          (item) => item.id,
          (item, offset) => {
            const index = window.first + offset;
            const active = index === this.activeIndex;
            return html`<div
              class="row"
              part="row"
              role="listitem"
              data-index=${index}
              data-id=${item.id}
              aria-setsize=${this.items.length}
              aria-posinset=${index + 1}
              aria-current=${active ? 'true' : 'false'}
              tabindex=${active ? 0 : -1}
              style=${cssomStyle(printing ? {} : { top: `${index * CONTACT_ROW_HEIGHT}px`, height: `${CONTACT_ROW_HEIGHT}px` })}
              @focus=${() => (this.activeIndex = index)}
            >
              ${this.renderRow(item, active)}
            </div>`;
          },
        )}
      </div>
    </div>`;
  }
}
