import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LeaveGuardOptions {
  /** Starts writing whatever is pending now (no quiet time). Called on every way of leaving. */
  flush(): void;
  /**
   * Whether something typed is not stored yet, after `flush()` was called: a write in flight, a
   * conflict or a failed write waiting for the user, a form that cannot be saved as it is.
   */
  hasUnsaved(): boolean;
  /**
   * Whether taking the element off the page flushes (default true). An element that keeps an open form
   * when moved (off and on again in one task) says false and writes the form when it lets its actor go.
   */
  flushOnDisconnect?: boolean;
}

/**
 * Nothing is lost by leaving. Pending edits are flushed when the page is hidden (`visibilitychange`
 * to hidden: a tab switch, a phone's app switcher, often the last event a mobile page gets), when it is
 * left (`pagehide`), and when the element is taken off the page; the browser asks "Leave site?"
 * (`beforeunload`) only while an edit is still not stored once the flush was started, so a page
 * with everything saved closes without a question. Elements also call `flush()` themselves before
 * they switch record or storage.
 */
export class LeaveGuardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LeaveGuardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onLeave);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onLeave);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisibility);
    if (this.options.flushOnDisconnect !== false) this.flush();
  }

  /** Writes what is pending now. */
  flush(): void {
    this.options.flush();
  }

  private readonly onLeave = (): void => this.flush();

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    this.flush();
    if (!this.options.hasUnsaved()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
}
