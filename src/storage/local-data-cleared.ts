import type { Unsubscribe } from './adapter.js';

/**
 * Sign-out in one tab reaches every tab: clearLocalData() announces it on this channel; each open
 * adapter closes its connection (so the deletion is not blocked) and each element says local data was
 * cleared. Listeners on this page hear it too (a BroadcastChannel does not deliver to its own sender).
 */
const channelName = 'caseplan-elements:local-data-cleared';
const listeners = new Set<() => void>();
/** This page's announcements are heard here at once; the copy the channel delivers back later is ignored. */
const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
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
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if ((event.data as { sender?: unknown } | null)?.sender !== pageId) notify();
    };
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
  sender.postMessage({ type: 'cleared', sender: pageId });
  sender.close();
}
