/**
 * One MutationObserver per document or shadow root watches `lang` attributes for every element
 * inside it, instead of one observer per element. A MutationObserver on the document does not see
 * into shadow roots, so each enclosing shadow root is observed on its own.
 */
type Listener = () => void;

interface RootWatch {
  observer: MutationObserver;
  listeners: Set<Listener>;
}

const watches = new WeakMap<Document | ShadowRoot, RootWatch>();

function watchFor(root: Document | ShadowRoot): RootWatch {
  let watch = watches.get(root);
  if (watch) return watch;
  const listeners = new Set<Listener>();
  const observer = new MutationObserver(() => {
    for (const listener of [...listeners]) listener();
  });
  watch = { observer, listeners };
  watches.set(root, watch);
  return watch;
}

/** Calls `listener` whenever a `lang` attribute changes anywhere in one of `roots`; returns the way to stop. */
export function observeLang(roots: readonly (Document | ShadowRoot)[], listener: Listener): () => void {
  for (const root of roots) {
    const watch = watchFor(root);
    if (watch.listeners.size === 0) {
      watch.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    watch.listeners.add(listener);
  }
  return () => {
    for (const root of roots) {
      const watch = watches.get(root);
      if (!watch) continue;
      watch.listeners.delete(listener);
      if (watch.listeners.size === 0) watch.observer.disconnect();
    }
  };
}
