/** The title's level as set by the host (`heading-level`), kept within 1..6 (2 when it is not a number). */
export function titleLevel(headingLevel: unknown): number {
  const level = Math.trunc(Number(headingLevel));
  return Number.isFinite(level) ? Math.min(Math.max(level, 1), 6) : 2;
}

/**
 * Parts write their headings as h2 (section), h3 (sub-goal), h4 (item): one level below the title's,
 * whatever level the host gave it. Done once per render, so every part (and any new section) follows.
 */
export function levelHeadings(root: ParentNode, base: number): void {
  for (const heading of root.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6')) {
    const level = String(base + Number(heading.localName.slice(1)) - 1);
    if (heading.getAttribute('aria-level') !== level) heading.setAttribute('aria-level', level);
  }
}
