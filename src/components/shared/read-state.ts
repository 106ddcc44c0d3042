import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where an element stands in reading what it shows (its `readComplete`): everything read, a read failed
 * (the element says so on screen), or still reading, with what to wait for before asking again (the
 * render that shows what arrives, or a read that renders nothing until it is shown).
 */
export type ReadState = 'read' | 'failed' | { until: Promise<unknown> };

/**
 * The host's next finished update, or its next removal from the page, as a promise. An element still
 * reading waits for its next update when what it reads ends in a render (an actor leaving `loading`, the
 * storage arriving, a list read); `readComplete` settles `false` at its next removal (what it reads will
 * not end in a render it shows).
 */
export class NextMoment implements ReactiveController {
  private waiting: (() => void)[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly moment: 'update' | 'removal',
  ) {
    host.addController(this);
  }

  /** Resolves at the host's next update or removal (the moment this controller was made for). */
  next(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  hostUpdated(): void {
    if (this.moment === 'update') this.release();
  }

  hostDisconnected(): void {
    if (this.moment === 'removal') this.release();
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
