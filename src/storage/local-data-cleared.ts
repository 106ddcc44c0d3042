import type { Unsubscribe } from './adapter.js';

/**
 * Sign-out in one tab reaches every tab: clearLocalData() announces it on this channel; each open
 * adapter closes its connection (so the deletion is not blocked) and each element says local data was
 * cleared. Listeners on this page hear it too (a BroadcastChannel does not deliver to its own sender).
 */
const channelName = 'caseplan-elements:local-data-cleared';
const listeners = new Set<() => void>();
let channel: BroadcastChannel | undefined;

function notify(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch {
      // One failing listener must not keep the others (or the sign-out) from going on.
    }
  }
}

/** Calls the listener when local data is cleared, in this tab or another of the origin. */
export function onLocalDataCleared(listener: () => void): Unsubscribe {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = notify;
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      channel?.close();
      channel = undefined;
    }
  };
}

/** Tells every tab of the origin (this one included) that local data is being cleared. */
export function announceLocalDataCleared(): void {
  notify();
  if (typeof BroadcastChannel === 'undefined') return;
  const sender = new BroadcastChannel(channelName);
  sender.postMessage('cleared');
  sender.close();
}
