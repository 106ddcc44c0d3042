import type { ReactiveControllerHost } from 'lit';

/**
 * A part of the elements that a page rarely needs (a panel a person opens), kept out of the code loaded
 * up front: a literal `import()` makes the bundler emit it as a chunk of its own, fetched the first time an
 * element shows it and shared by every element on the page after that. Like the language catalogs
 * (`i18n/locale-loader.ts`), a failed download never hangs: the module is marked failed, one console
 * warning says why, and the element shows its localized message with a way to try again.
 */
export class OnDemandModule<M> {
  /** The module once it has arrived. */
  module: M | undefined;
  /** True when the last download failed (until `retry`). */
  failed = false;
  private loading = false;
  private readonly waiting = new Set<ReactiveControllerHost>();

  /** `load` is replaceable in tests (a failed download, a slow one). */
  constructor(
    private readonly name: string,
    public load: () => Promise<M>,
  ) {}

  /** The module when it is here; otherwise starts fetching it (unless failed) and re-renders `host` when it settles. */
  get(host: ReactiveControllerHost): M | undefined {
    if (this.module) return this.module;
    this.waiting.add(host);
    if (!this.loading && !this.failed) this.start();
    return undefined;
  }

  /** Fetches again after a failure (a person's "Try again"), re-rendering `host` now and when it settles. */
  retry(host: ReactiveControllerHost): void {
    this.failed = false;
    this.get(host);
    host.requestUpdate();
  }

  private start(): void {
    this.loading = true;
    this.load().then(
      (module) => this.settle(() => (this.module = module)),
      (error: unknown) =>
        this.settle(() => {
          this.failed = true;
          console.warn(`caseplan-elements: the ${this.name} could not be loaded.`, error);
        }),
    );
  }

  private settle(change: () => void): void {
    this.loading = false;
    change();
    const hosts = [...this.waiting];
    this.waiting.clear();
    for (const host of hosts) keepFocusAcrossRender(host);
  }
}

/**
 * Re-renders `host`; the part it swaps in is new DOM, so focus that was on an element with an id (the
 * panel's heading, focused when it opened) moves to the element with that id in the new render.
 */
function keepFocusAcrossRender(host: ReactiveControllerHost): void {
  const root = (host as Partial<HTMLElement>).shadowRoot;
  const focusedId = root?.activeElement?.id;
  host.requestUpdate();
  if (!root || !focusedId) return;
  void host.updateComplete.then(() => {
    const target = root.getElementById(focusedId);
    if (target && root.activeElement !== target) target.focus();
  });
}
