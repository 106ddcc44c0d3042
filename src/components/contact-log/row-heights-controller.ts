import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowOffsets, rowWindow } from './virtual-window.js';

/**
 * Height given to a row not shown yet (two lines and the buttons at the default text size). Rows are
 * measured once rendered: their text wraps at the width and the text size the user has.
 */
export const ESTIMATED_ROW_HEIGHT = 104;

export interface RowHeightsOptions {
  /** Every row of the list, in order (only a window of them is rendered). */
  items(): readonly { id: string }[];
  /** A rendered row changed size without a render (the user's text size): the rows are to be measured again. */
  resized(): void;
}

/**
 * The heights of a windowed list's rows: each row as it measured on screen, the estimate for rows not shown
 * yet, and where each row starts (`offsets`). Measured rows placed at another height are reported by `measure`
 * with the pixels the scroll position must move for the rows in view to stay put; what rows above the view
 * measured differently is first taken from rows further up not measured yet. `heightsToEstimates` keeps every
 * height only as an estimate, until the row is measured again (the rows re-wrapped: a new language or width).
 * It also watches the rendered rows' sizes (`observe`, after each render).
 */
export class RowHeightsController implements ReactiveController {
  /** Measured heights by row id, and the offsets they give (recomputed only when a height or the rows change). */
  private readonly heights = new Map<string, number>();
  private measuredTotal = 0;
  private version = 0;
  private offsetsCache: { items: readonly { id: string }[]; version: number; offsets: Float64Array } | undefined;
  /**
   * The height of a row not shown yet: the average of the rows measured, followed only while every row
   * above the view is measured. An average that moved with every row measured would move every
   * unmeasured row above the view with it (after a jump down the list), and the rows under the reader's
   * eyes, or in a smooth scroll's way, with them.
   */
  private estimate = ESTIMATED_ROW_HEIGHT;
  /** Pixels added to (or taken from) the estimate of rows not measured yet, by id: see `takeFromRowsAbove`. */
  private readonly slack = new Map<string, number>();
  /** How many rows from the first are all measured (looked at again from the first when the rows change). */
  private measuredPrefix = 0;
  /** Rows whose size changes without a render (the user's text size): measured again on the next frame. */
  private rowObserver: ResizeObserver | undefined;
  private readonly observedRows = new Set<Element>();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RowHeightsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.rowObserver = new ResizeObserver(() => this.options.resized());
  }

  hostDisconnected(): void {
    this.rowObserver?.disconnect();
    this.observedRows.clear();
  }

  /** Where each row starts, from the measured heights (the estimate for rows not shown yet). */
  offsets(items: readonly { id: string }[] = this.options.items()): Float64Array {
    const cached = this.offsetsCache;
    if (cached && cached.items === items && cached.version === this.version) return cached.offsets;
    const slack = this.slack.size > 0 ? this.slack : undefined;
    const offsets = rowOffsets(items.length, (index) => {
      const id = items[index]!.id;
      return this.heights.get(id) ?? (slack ? this.estimate + (slack.get(id) ?? 0) : undefined);
    }, this.estimate);
    if (items === this.options.items()) this.offsetsCache = { items, version: this.version, offsets };
    return offsets;
  }

  /** The rows changed: which of them are all measured from the first is looked at again. */
  rowsChanged(): void {
    this.measuredPrefix = 0;
  }

  /**
   * Every measured height becomes an estimate (the row's last height, as slack on the estimate), to be
   * measured again when the row is next shown (a new locale or width wraps every row anew).
   */
  heightsToEstimates(): void {
    if (this.heights.size === 0) return;
    for (const [id, height] of this.heights) this.slack.set(id, height - this.estimate);
    this.heights.clear();
    this.measuredTotal = 0;
    this.measuredPrefix = 0;
    this.version += 1;
  }

  /**
   * Measures the rendered rows (`data-id`, `data-index`) with the view scrolled to `scrollTop`. Undefined when each
   * is the height it was placed with; else the rows are to be placed again, and the result is the pixels the scroll
   * position must move so that what the user reads stays where it was (a row above the view grew or shrank): 0
   * when rows further up not measured yet took it, so no scrollTop is written (which would stop a smooth scroll and
   * fight a scrollbar drag); only what is left once every row above is measured moves the scroll.
   */
  measure(rows: Iterable<HTMLElement>, scrollTop: number, viewportHeight: number): number | undefined {
    const offsets = this.offsets();
    let changed = false;
    let shiftAbove = 0;
    for (const row of rows) {
      const id = row.dataset.id;
      const index = Number(row.dataset.index);
      const height = row.getBoundingClientRect().height;
      if (id === undefined || height === 0) continue;
      const placed = (offsets[index + 1] ?? 0) - (offsets[index] ?? 0);
      const known = this.heights.get(id);
      if (known === undefined || Math.abs(known - height) >= 0.5) {
        this.measuredTotal += height - (known ?? 0);
        this.heights.set(id, height);
        this.slack.delete(id);
      }
      if (Math.abs(placed - height) < 0.5) continue;
      changed = true;
      if ((offsets[index] ?? 0) < scrollTop) shiftAbove += height - placed;
    }
    if (!changed) return undefined;
    this.version += 1;
    const items = this.options.items();
    while (this.measuredPrefix < items.length && this.heights.has(items[this.measuredPrefix]!.id)) this.measuredPrefix += 1;
    if (this.measuredPrefix >= rowWindow(offsets, scrollTop, viewportHeight, 0).first) this.estimate = this.measuredTotal / this.heights.size;
    return shiftAbove === 0 ? 0 : this.takeFromRowsAbove(shiftAbove, rowWindow(offsets, scrollTop, viewportHeight).first);
  }

  /**
   * Gives `shift` pixels back from the rows not measured yet above row `first` (the nearest first, each
   * kept between half and twice the estimate), and returns what is left.
   */
  private takeFromRowsAbove(shift: number, first: number): number {
    const least = this.estimate / 2;
    const most = this.estimate * 2;
    const items = this.options.items();
    for (let index = first - 1; index >= 0 && Math.abs(shift) >= 0.5; index -= 1) {
      const id = items[index]!.id;
      if (this.heights.has(id)) continue;
      const placed = this.estimate + (this.slack.get(id) ?? 0);
      const next = Math.min(most, Math.max(least, placed - shift));
      this.slack.set(id, next - this.estimate);
      shift -= placed - next;
    }
    return shift;
  }

  /** Watches the rendered rows' sizes (and forgets rows no longer in the page). */
  observe(rows: Iterable<Element>): void {
    const observer = this.rowObserver;
    if (!observer) return;
    for (const row of this.observedRows) {
      if (!row.isConnected) {
        observer.unobserve(row);
        this.observedRows.delete(row);
      }
    }
    for (const row of rows) {
      if (this.observedRows.has(row)) continue;
      observer.observe(row);
      this.observedRows.add(row);
    }
  }
}
