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
   * its place is there now (the next one), or just before when it was the last; `item` is the row as it
   * was. Returns the index of a row to hold in the page in its place (focus is about to go to it where it
   * is, out of the window), or undefined.
   */
  replaced(index: number, item: { id: string }): number | undefined;
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
  /** The rows as they were at the last render (the focused row as it was, once it is gone). */
  private lastItems: readonly { id: string }[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FocusedRowOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const pinned = this.id;
    const was = this.index;
    this.focused = this.focusedRow();
    const last = this.lastItems;
    this.lastItems = this.options.items();
    if (pinned === undefined || this.focused !== undefined) return;
    const gone = last[was]?.id === pinned ? last[was]! : (last.find((item) => item.id === pinned) ?? { id: pinned });
    const held = this.options.replaced(was, gone);
    if (held !== undefined) this.focusIn(held);
    this.focused = this.focusedRow();
  }

  /** Whether a row of the list holds focus (for the render under way). */
  get holdsFocus(): boolean {
    return this.focused !== undefined;
  }

  /** The id of the row holding focus (or to be given it), if any. */
  get focusedId(): string | undefined {
    return this.id;
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
    if (to) this.release(row);
    // To nothing: focus dropped on the page (a click on nothing), or the page's window left (another tab,
    // another app), when the focused element stays the active one and the browser gives focus back to
    // it on return. Which of the two is known once the focus change is done (not from
    // document.hasFocus(), false in a page not in front even as focus is dropped on it).
    else setTimeout(() => this.releaseUnlessFocused(row));
  };

  private releaseUnlessFocused(row: HTMLElement): void {
    const root = row.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (!(active && row.isConnected && row.contains(active))) this.release(row);
  }

  /** The row no longer holds focus: out of the window it leaves the page now. */
  private release(row: HTMLElement): void {
    // A row already gone (or a row that took its place since) is not the one held now.
    if (row.dataset.id !== this.id) return;
    this.id = undefined;
    const index = Number(row.dataset.index);
    const window = this.options.window();
    if (index < window.first || index >= window.last) this.host.requestUpdate();
  }

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
   * (the focused row, kept last, once every row before it is gone), and the focused row itself when it
   * moved in the order (its contact's date changed), and a moved element loses focus. A diff that only
   * removes rows, or only adds them, each row left on the same side of the focused one, moves none: when
   * rows are both dropped and added around the focused row, or cross it, the dropped and the crossing go
   * in this render and come (back) in the next, before paint.
   */
  private withoutMoves(shown: number[], focused: number | undefined): number[] {
    if (focused === undefined || this.renderedIds.length === 0) return shown;
    const items = this.options.items();
    const focusedId = items[focused]!.id;
    const at = this.renderedIds.indexOf(focusedId);
    if (at < 0) return shown;
    // Each row rendered last, and on which side of the focused row it was (-1 before, 1 after).
    const side = new Map(this.renderedIds.map((id, index) => [id, Math.sign(index - at)]));
    const position = shown.indexOf(focused);
    const kept = shown.filter((index, order) => side.get(items[index]!.id) === Math.sign(order - position));
    if (kept.length === shown.length || kept.length === side.size) return shown;
    this.addPending = true;
    return kept;
  }
}
