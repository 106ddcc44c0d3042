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
