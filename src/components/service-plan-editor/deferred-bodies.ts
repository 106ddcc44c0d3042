import type { ReactiveController, ReactiveElement } from 'lit';
import { afterNextPaint } from '../shared/after-next-paint.js';

/** How long the waiting bodies wait, at most, for what they show from elsewhere (see `ready`). */
const READY_LIMIT_MS = 500;

/**
 * Opening a plan shows its first screen sooner (issue 18): the bodies of a draft's open outline sections
 * (people, basis, needs, milestones, case plan...), far below the first screen, are built in the task
 * after the first paint instead of in the first render; their headings and summary lines are there at
 * once. A body is built at once when something needs it now: a problem in it, the user opened it or was
 * sent to one of its fields (the error summary's links open the section first). A body once built stays
 * built in every later render; after that first task everything is built as it comes. While a body
 * waits its placeholder carries `data-deferred` (and the same class, so the same height is reserved).
 * The bodies wait for what they show from elsewhere too (`ready`: the case's records, read after the
 * first paint as well), so a section never shows "Reading…" first; a read slower than `READY_LIMIT_MS`
 * does not hold the rest of the draft back.
 */
export class DeferredBodies implements ReactiveController {
  /** The plan whose opening this is: another plan opened defers again. */
  private planId: string | undefined;
  private pending = false;
  private readonly built = new Set<string>();
  /** The render just done asked about bodies, and left one for later. */
  private askedThisRender = false;
  private deferredThisRender = false;
  private scheduled = false;
  private buildOnReturn = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly ready: () => Promise<unknown> = () => Promise.resolve(),
  ) {
    host.addController(this);
  }

  /** Bodies left for later are to be built after the next paint (the host renders again then). */
  get building(): boolean {
    return this.pending && this.scheduled;
  }

  /** Called as the open plan renders: a plan opened (another id) starts with its bodies left for later. */
  opening(planId: string): void {
    if (planId === this.planId) return;
    this.planId = planId;
    this.pending = true;
    this.scheduled = false;
    this.built.clear();
  }

  /** Whether an open section's body is built in this render; `needed`: a problem in it, or the user opened or was sent to it. */
  buildNow(key: string, needed: boolean): boolean {
    this.askedThisRender = true;
    if (!this.pending || needed || this.built.has(key)) {
      this.built.add(key);
      return true;
    }
    this.deferredThisRender = true;
    return false;
  }

  hostUpdate(): void {
    this.askedThisRender = false;
    this.deferredThisRender = false;
  }

  hostUpdated(): void {
    if (!this.pending || this.scheduled || !this.askedThisRender) return;
    // The plan's first render left nothing for later (a plan being followed opens with its sections closed).
    if (!this.deferredThisRender) {
      this.pending = false;
      return;
    }
    this.scheduled = true;
    const planId = this.planId;
    afterNextPaint(() => {
      void Promise.race([this.ready(), new Promise((resolve) => setTimeout(resolve, READY_LIMIT_MS))]).then(() => {
        if (planId !== this.planId) return;
        this.pending = false;
        // Taken off the page meanwhile: built when it comes back, not for nobody.
        if (this.host.isConnected) this.host.requestUpdate();
        else this.buildOnReturn = true;
      });
    });
  }

  /** Back on the page (the element's other controllers re-render it on return today: this does not rely on them). */
  hostConnected(): void {
    if (!this.buildOnReturn) return;
    this.buildOnReturn = false;
    this.host.requestUpdate();
  }
}
