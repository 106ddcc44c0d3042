import { waitFor, type AnyActorRef } from 'xstate';
import type { StoredRecord } from '../../model/record.js';
import type { CarriedEdit } from '../../machines/shared/carry-over.js';
import { formWaitingFor } from './form-carry.js';
import type { PendingWrite } from '../../machines/shared/record-write.js';
import type { RecordConflict } from '../../machines/shared/record-conflict.js';
import type { ActorLeave } from '../shared/controllers/actor-slot.js';

/** What the planner and the contact log have in common for leaving: a form (editor) over a record. */
interface FormSnapshot {
  context: {
    editor?: { mode: 'create' | 'edit'; draft: StoredRecord; base?: StoredRecord | undefined; violations: readonly unknown[] } | undefined;
    conflict?: RecordConflict<StoredRecord> | undefined;
    pending?: PendingWrite<StoredRecord> | undefined;
    pendingCommand?: unknown;
  };
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
function flushForm(actor: AnyActorRef | undefined): void {
  if (!actor) return;
  const snapshot = snapshotOf(actor);
  if (formChanged(snapshot) && snapshot.context.editor!.violations.length === 0) actor.send({ type: 'SAVE' });
}

/** Something typed is not stored: an open changed form, a write in flight, a conflict or a failed write. */
function formUnsaved(actor: AnyActorRef | undefined): boolean {
  if (!actor) return false;
  const snapshot = snapshotOf(actor);
  return formChanged(snapshot) || snapshot.matches({ ready: 'saving' }) || snapshot.matches({ ready: 'conflict' }) || snapshot.matches({ ready: 'saveFailed' });
}

/** Waits until no write is in flight. */
async function formSettled(actor: AnyActorRef): Promise<void> {
  await waitFor(actor, (snapshot) => !(snapshot as FormSnapshot).matches({ ready: 'saving' }), { timeout: 30_000 }).catch(() => undefined);
}

/**
 * What the form holds that the storage does not, to carry to another storage: an open changed form, a
 * write in flight or failed, or my side of a conflict, with the version it started from. Undefined when
 * nothing typed is pending (a lifecycle step or an archive is not carried: it is done again by hand).
 */
function carriedForm(actor: AnyActorRef | undefined, kind: string): CarriedEdit<StoredRecord> | undefined {
  if (!actor) return undefined;
  const snapshot = snapshotOf(actor);
  const { editor, conflict, pending, pendingCommand } = snapshot.context;
  if (snapshot.matches({ ready: 'conflict' }) && conflict?.base) return { kind, mode: 'edit', draft: conflict.mine, base: conflict.base };
  if ((snapshot.matches({ ready: 'saving' }) || snapshot.matches({ ready: 'saveFailed' })) && pending?.operation === 'put' && pendingCommand === undefined) {
    return { kind, mode: pending.base ? 'edit' : 'create', draft: pending.record, base: pending.base };
  }
  if (formChanged(snapshot)) return { kind, mode: editor!.mode, draft: editor!.draft, base: editor!.base };
  return undefined;
}

/** How the planner's and the log's actor is left (`ActorSlot`): its open form is what is written and carried. */
export function formLeave(kind: string): ActorLeave<CarriedEdit<StoredRecord>> {
  // A form carried here and still waiting for this storage to be read is unsaved too, and goes on as it came.
  return {
    flush: flushForm,
    settled: formSettled,
    unsaved: (actor) => formUnsaved(actor) || formWaitingFor(actor) !== undefined,
    carried: (actor) => formWaitingFor(actor) ?? carriedForm(actor, kind),
  };
}
