/** The rows of a long list to put in the DOM: those in view, plus a few either side for smooth scrolling. */
export interface RowWindow {
  first: number;
  /** One past the last row rendered. */
  last: number;
}

/**
 * Where each row starts: `offsets[i]` is the top of row `i`, `offsets[count]` the height of them all.
 * A row's height is what it measured on screen (its text wraps at the width and text size the user has),
 * or `estimate` while it has not been shown yet.
 */
export function rowOffsets(count: number, heightOf: (index: number) => number | undefined, estimate: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1) offsets[index + 1] = offsets[index]! + (heightOf(index) ?? estimate);
  return offsets;
}

/** The row whose box holds pixel `y` (the last row for a `y` past the end). */
export function rowAt(offsets: ArrayLike<number>, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * Which rows a viewport of `viewportHeight` pixels scrolled to `scrollTop` shows, with `overscan` extra
 * rows above and below. A binary search over the offsets: the list stays fast whatever its length.
 */
export function rowWindow(offsets: ArrayLike<number>, scrollTop: number, viewportHeight: number, overscan = 4): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: 0 };
  const top = rowAt(offsets, Math.max(0, scrollTop));
  const bottom = rowAt(offsets, Math.max(0, scrollTop) + Math.max(viewportHeight, 1) - 1);
  return { first: Math.max(0, top - overscan), last: Math.min(count, bottom + 1 + overscan) };
}

/** The scroll position that brings row `index` fully into view (unchanged when it already is; its top first when taller than the view). */
export function scrollToReveal(offsets: ArrayLike<number>, index: number, scrollTop: number, viewportHeight: number): number {
  const rowTop = offsets[index] ?? 0;
  const rowBottom = offsets[index + 1] ?? rowTop;
  if (rowTop < scrollTop || rowBottom - rowTop > viewportHeight) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/**
 * Where to scroll once the rows changed (a row added, removed or re-sized above the view) so that the
 * row the reader is looking at stays where it is on screen. `before` and `after` are the offsets of the
 * rows then and now; `indexNow(i)` is where row `i` of before is now, or -1 when it is gone (then the
 * first row after it still there holds its place). At the very top nothing is kept: new rows show there,
 * pushing the rest down. Unchanged when no row from the anchor down is left.
 */
export function anchoredScrollTop(before: ArrayLike<number>, after: ArrayLike<number>, scrollTop: number, indexNow: (index: number) => number): number {
  if (scrollTop <= 0 || before.length < 2) return scrollTop;
  const count = before.length - 1;
  for (let index = rowAt(before, scrollTop); index < count; index += 1) {
    const now = indexNow(index);
    if (now >= 0) return Math.max(0, (after[now] ?? 0) + scrollTop - (before[index] ?? 0));
  }
  return scrollTop;
}
