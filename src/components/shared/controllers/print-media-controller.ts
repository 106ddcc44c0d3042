import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, so an element can lay out for paper what it keeps lean on screen
 * (a virtualized list renders every row). True from `beforeprint` to `afterprint` (the print dialog,
 * `window.print()`, a headless browser's print to PDF) and while `print` media is in force (print
 * emulation, `matchMedia('print')`). The host re-renders on each change; on `beforeprint` it renders at
 * once: a `window.print()` called from script fires `beforeprint` and lays the page out for print inside
 * that same call, before any microtask (so before Lit's usual update) could run.
 */
export class PrintMediaController implements ReactiveController {
  private printEvent = false;
  private printCall = false;
  private query: MediaQueryList | undefined;
  private shownPrinting = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * True while the page is printed or shown as print media. Read live: print styles apply (and resize
   * observers fire) before the media query's change event arrives.
   */
  get printing(): boolean {
    return this.printEvent || this.printCall || (this.query?.matches ?? false);
  }

  /**
   * Opens the browser's print dialog with the host rendered for print first, whether or not the browser
   * fires `beforeprint` for a script's `window.print()`.
   */
  async print(): Promise<void> {
    this.set(() => (this.printCall = true));
    await this.host.updateComplete;
    try {
      window.print();
    } finally {
      this.set(() => (this.printCall = false));
    }
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.query = window.matchMedia('print');
    this.query.addEventListener('change', this.onMediaChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.query?.removeEventListener('change', this.onMediaChange);
    this.query = undefined;
  }

  private set(change: () => void): void {
    change();
    if (this.printing !== this.shownPrinting) this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.shownPrinting = this.printing;
  }

  private readonly onBeforePrint = (): void => {
    this.set(() => (this.printEvent = true));
    // Lit's documented way to update synchronously (a host that is not a ReactiveElement updates as it can).
    (this.host as ReactiveControllerHost & { performUpdate?: () => void }).performUpdate?.();
  };
  private readonly onAfterPrint = (): void => this.set(() => (this.printEvent = false));
  private readonly onMediaChange = (): void => this.set(() => undefined);
}
