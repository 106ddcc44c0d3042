import { waitFor, type AnyActorRef } from 'xstate';

/** What the planner and the contact log have in common for leaving: a form (editor) over a record. */
interface FormSnapshot {
  context: { editor?: { mode: 'create' | 'edit'; draft: unknown; base?: unknown; violations: readonly unknown[] } | undefined };
  matches(state: unknown): boolean;
}

const snapshotOf = (actor: AnyActorRef) => actor.getSnapshot() as FormSnapshot;

/** The open form holds something not stored: a new record, or an edit that differs from what was opened. */
function formChanged(snapshot: FormSnapshot): boolean {
  const editor = snapshot.context.editor;
  if (!editor || !snapshot.matches({ ready: 'editing' })) return false;
  return editor.mode === 'create' || JSON.stringify(editor.draft) !== JSON.stringify(editor.base);
}

/**
 * Leaving with a form open: saves it now when it can be saved as it is (valid). A form with problems
 * cannot be written; it stays, and `formUnsaved` says so (the page asks before unloading).
 */
export function flushForm(actor: AnyActorRef | undefined): void {
  if (!actor) return;
  const snapshot = snapshotOf(actor);
  if (formChanged(snapshot) && snapshot.context.editor!.violations.length === 0) actor.send({ type: 'SAVE' });
}

/** Something typed is not stored: an open changed form, a write in flight, a conflict or a failed write. */
export function formUnsaved(actor: AnyActorRef | undefined): boolean {
  if (!actor) return false;
  const snapshot = snapshotOf(actor);
  return formChanged(snapshot) || snapshot.matches({ ready: 'saving' }) || snapshot.matches({ ready: 'conflict' }) || snapshot.matches({ ready: 'saveFailed' });
}

/** Waits until no write is in flight. */
export async function formSettled(actor: AnyActorRef): Promise<void> {
  await waitFor(actor, (snapshot) => !(snapshot as FormSnapshot).matches({ ready: 'saving' }), { timeout: 30_000 }).catch(() => undefined);
}
