/**
 * The parts of the shared internal elements, as their `@csspart` lines name them. An element renders
 * them in its own shadow root, so a host page reaches them only through `exportparts`: each is exported
 * under the internal tag's name without `cp-` (`<cp-confirm>`'s `dialog` as `confirm-dialog`), and every
 * public element documents the names it passes (exported-parts.found.test.ts checks both from a host page).
 */
const innerParts = {
  confirm: ['dialog', 'heading', 'message', 'actions', 'confirm-button', 'cancel-button'],
  progress: ['base', 'label', 'text', 'track', 'bar'],
  'save-indicator': ['base', 'message', 'detail', 'retry-button'],
  'status-badge': ['base'],
  'storage-warning': ['base', 'title', 'reason'],
  'sync-status': ['base', 'message'],
} as const;

/** The `exportparts` value of an internal element (`<cp-confirm exportparts=${exportedParts('confirm')}>`). */
export function exportedParts(element: keyof typeof innerParts): string {
  return innerParts[element].map((part) => `${part}: ${element}-${part}`).join(', ');
}
