import { render, type TemplateResult } from 'lit';

/**
 * A template rendered once into plain DOM, with nothing of Lit kept: Lit's parts (a few dozen bytes each,
 * several per binding) stay on the detached fragment it rendered into and go with it. For many lines that
 * change only as a whole (an outline of thousands of closed items), so their JS heap is near that of
 * hand-built DOM. Redraw the line to change it; listen on an ancestor (no `@event` in `template`: a
 * listener would keep its part alive); directives run once (as `cssomStyle` sets a style).
 */
export function drawnOnce(template: TemplateResult): Element {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  const element = fragment.firstElementChild;
  if (!element) throw new Error('drawnOnce: the template has no element');
  return element;
}
