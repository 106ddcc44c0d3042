import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where an element stands in reading what it shows (its `readComplete`): everything read, a read failed
 * (the element says so on screen), or still reading, with what to wait for before asking again (the
 * render that shows what arrives, or a read that renders nothing until it is shown).
 */
export type ReadState = 'read' | 'failed' | { until: Promise<unknown> };

/**
 * The host's next finished update, as a promise: an element still reading waits for it when what it
 * reads ends in a render (an actor leaving `loading`, the storage arriving, a list read).
 */
export class NextUpdate implements ReactiveController {
  private waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves after the host's next update. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  hostUpdated(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/**
 * The host's next removal from the page, as a promise: `readComplete` settles `false` when the element is
 * taken off the page while it reads (what it reads will not end in a render it shows).
 */
export class NextRemoval implements ReactiveController {
  private waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves when the host is next disconnected. */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  hostDisconnected(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
