/**
 * The plan's undo shortcuts: Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes; none with Alt, nor in a
 * text field (which has its own undo). Undefined: not a plan shortcut.
 */
export function undoShortcut(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const target = event.composedPath()[0];
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return undefined;
  const key = event.key.toLowerCase();
  if ((key === 'z' && event.shiftKey) || key === 'y') return 'redo';
  return key === 'z' ? 'undo' : undefined;
}
