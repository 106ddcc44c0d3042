import type { ChangeListener, StorageChange, Unsubscribe } from './adapter.js';

/** The watchers of one adapter instance. A listener that throws does not stop the others. */
export class ListenerSet {
  private readonly listeners = new Set<ChangeListener>();

  add(listener: ChangeListener): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether anyone listens (a bulk write of 10 000 records makes no change objects for nobody). */
  get empty(): boolean {
    return this.listeners.size === 0;
  }

  notify(change: StorageChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
