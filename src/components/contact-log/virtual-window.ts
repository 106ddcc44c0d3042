/** The rows of a long list to put in the DOM: those in view, plus a few either side for smooth scrolling. */
export interface RowWindow {
  first: number;
  /** One past the last row rendered. */
  last: number;
}

/**
 * Which rows of `count` fixed-height rows a viewport of `viewportHeight` pixels scrolled to `scrollTop`
 * shows, with `overscan` extra rows above and below. Pure arithmetic: the list stays fast whatever its length.
 */
export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan = 4): RowWindow {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight);
  const first = Math.max(0, Math.min(count - 1, top) - overscan);
  const last = Math.min(count, top + visible + overscan);
  return { first, last };
}

/** The scroll position that brings row `index` fully into view (unchanged when it already is). */
export function scrollToReveal(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}
