import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RowWindow } from './virtual-window.js';

export interface FocusedRowOptions {
  /** Every row of the list, in order (only a window of them is rendered). */
  items(): readonly { id: string }[];
  /** The rows of the window now (those in view and a few either side). */
  window(): RowWindow;
  /**
   * The focused row is no longer a row of the list (archived or deleted, here or in another tab): its
   * element is about to leave the page, and focus with it. `index` is where it was: the row that takes
   * its place is there now (the next one), or just before when it was the last.
   */
  replaced(index: number): void;
}

/**
 * Pins the row holding focus in a windowed list: while focus is in it, the row stays in the page even
 * scrolled out of the window, so focus never falls to the page and Tab goes on from it; and it is never
 * moved in the DOM (a moved element loses focus); when the row itself goes, the host is told where it
 * was, to give focus to the row in its place. The host calls `focusIn` from each row's `focusin`,
 * listens with `focusOut` on each row's `focusout`, renders the rows `rows()` gives, and starts its
 * `updated()` with `addHeldRows()`.
 */
export class FocusedRowController implements ReactiveController {
  /** The row holding focus, and where it was last. */
  private id: string | undefined;
  private index = 0;
  /** The ids of the rows rendered last, in order, and whether rows held back by `withoutMoves` are still to come. */
  private renderedIds: readonly string[] = [];
  private addPending = false;
  /** The focused row's index for the render under way (found again before each: the rows may have changed). */
  private focused: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FocusedRowOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const pinned = this.id !== undefined;
    const was = this.index;
    this.focused = this.focusedRow();
    if (pinned && this.focused === undefined) this.options.replaced(was);
  }

  /** Whether a row of the list holds focus (for the render under way). */
  get holdsFocus(): boolean {
    return this.focused !== undefined;
  }

  /** Focus went into the row at `index` (or a control in it). */
  focusIn(index: number): void {
    this.index = index;
    this.id = this.options.items()[index]?.id;
  }

  /** Focus left the row (to another row, out of the list, or out of the window). */
  readonly focusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    const row = event.currentTarget as HTMLElement;
    if (to && row.contains(to)) return;
    // Out of the page's window (another tab, another app): the browser gives focus back to it on return.
    if (!to && !document.hasFocus()) return;
    this.id = undefined;
    const index = Number(row.dataset.index);
    const window = this.options.window();
    if (index < window.first || index >= window.last) this.host.requestUpdate(); // it leaves the page now
  };

  /** The index of the row holding focus, while it is still a row of the list. */
  private focusedRow(): number | undefined {
    const id = this.id;
    if (id === undefined) return undefined;
    const items = this.options.items();
    if (items[this.index]?.id !== id) this.index = items.findIndex((item) => item.id === id);
    if (this.index >= 0) return this.index;
    this.id = undefined;
    return undefined;
  }

  /**
   * The rows to render now, by index: the window's, and the focused row out of the window in its place
   * in the order (first or last), so the rows around it come and go without moving it.
   */
  rows(window: RowWindow): number[] {
    let shown = Array.from({ length: window.last - window.first }, (_, offset) => window.first + offset);
    const focused = this.focused;
    if (focused !== undefined && focused < window.first) shown.unshift(focused);
    else if (focused !== undefined && focused >= window.last) shown.push(focused);
    shown = this.withoutMoves(shown, focused);
    const items = this.options.items();
    this.renderedIds = shown.map((index) => items[index]!.id);
    return shown;
  }

  /**
   * Whether rows were held back in the last render (see `withoutMoves`): then the render that adds them
   * is asked for, and the host leaves measuring to it.
   */
  addHeldRows(): boolean {
    if (!this.addPending) return false;
    this.addPending = false;
    this.host.requestUpdate();
    return true;
  }

  /**
   * The rows to render now so that the focused row's element is not moved. Lit's `repeat` moves an
   * element its keyed diff meets at the other end of the list even where the rows kept keep their order
   * (the focused row, kept last, once every row before it is gone), and a moved element loses focus. A
   * diff that only removes rows, or only adds them, moves none: when rows are both dropped and added
   * around the focused row, the dropped go in this render and the new in the next, before paint.
   */
  private withoutMoves(shown: number[], focused: number | undefined): number[] {
    if (focused === undefined || this.renderedIds.length === 0) return shown;
    const items = this.options.items();
    const focusedId = items[focused]!.id;
    const before = new Set(this.renderedIds);
    if (!before.has(focusedId)) return shown;
    const kept = shown.filter((index) => before.has(items[index]!.id));
    if (kept.length === shown.length || kept.length === before.size) return shown;
    this.addPending = true;
    return kept;
  }
}
