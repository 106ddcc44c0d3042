import type { StorageChange } from './adapter.js';

/** A change as it travels between adapters: who wrote it is for each receiver to say (`origin`). */
export type SentChange = Omit<StorageChange, 'origin'>;

/** One message per transaction, with every change it made (a single change from an earlier release). */
type ChangeMessage = { sender: string } & ({ changes: SentChange[] } | SentChange);

/**
 * How the adapters on one IndexedDB connection hear of writes they did not make: one BroadcastChannel per
 * connection (issue 18: opening one per adapter cost each element ~0.4 ms at open), opened on the first
 * watcher or write. A write is posted once for other tabs and other connections of the page, and handed
 * to the connection's other adapters here, since a BroadcastChannel never delivers to its own sender.
 */
export class ChangeChannel {
  private channel: BroadcastChannel | undefined;
  /** The adapters listening, by their instance id. */
  private readonly hearers = new Map<string, (changes: readonly SentChange[]) => void>();

  constructor(private readonly databaseName: string) {}

  /** `deliver` gets every write made elsewhere: other tabs, other connections, the connection's other adapters. */
  hear(adapterId: string, deliver: (changes: readonly SentChange[]) => void): void {
    this.hearers.set(adapterId, deliver);
    this.openChannel();
  }

  stopHearing(adapterId: string): void {
    this.hearers.delete(adapterId);
  }

  /** A write of `adapterId`, for everyone but that adapter (which tells its own watchers). */
  announce(adapterId: string, changes: SentChange[]): void {
    this.openChannel();
    const message: ChangeMessage = { changes, sender: adapterId };
    this.channel?.postMessage(message);
    // Heard after the writer's own call returns, as a channel message would be (never inside it).
    queueMicrotask(() => this.deliver(changes, adapterId));
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
    this.hearers.clear();
  }

  private deliver(changes: readonly SentChange[], except?: string): void {
    for (const [id, deliver] of [...this.hearers]) if (id !== except) deliver(changes);
  }

  private openChannel(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(`caseplan-elements:${this.databaseName}`);
    this.channel.onmessage = (event: MessageEvent<ChangeMessage>) => {
      const { sender, ...content } = event.data;
      if (sender !== undefined) this.deliver('changes' in content ? content.changes : [content]);
    };
  }
}
