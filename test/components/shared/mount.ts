import { render, type TemplateResult } from 'lit';
import { whenLocalesSettled } from '../../../src/components/shared/i18n/locale-loader.js';

/**
 * Renders a template into the page and waits until every Lit element in it (shadow roots included)
 * has rendered. Unlike `fixture` from @open-wc/testing it never waits for an animation frame, which a
 * background test page (the runner opens two at once) may not get.
 */
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const root = container.firstElementChild as T;
  await settle(root);
  return root;
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

function litElementsIn(root: Element): Updatable[] {
  const found: Updatable[] = [];
  const visit = (element: Element) => {
    if ('updateComplete' in element) found.push(element as Updatable);
    if (element.shadowRoot) for (const child of element.shadowRoot.querySelectorAll('*')) visit(child);
  };
  visit(root);
  for (const child of root.querySelectorAll('*')) visit(child);
  return found;
}

/**
 * Lets microtasks run (MutationObserver and context callbacks) and waits for every pending Lit update
 * under `root`, and for a language being loaded on demand (and the re-render in it), repeatedly, until
 * nothing is pending.
 */
export async function settle(root: Element = document.body): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await whenLocalesSettled();
    const elements = litElementsIn(root);
    const results = await Promise.all(elements.map((element) => element.updateComplete));
    if (results.every((done) => done !== false)) return;
  }
}
