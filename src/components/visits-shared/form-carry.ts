import { waitFor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { StoredRecord } from '../../model/record.js';
import type { StorageAdapter } from '../../storage/elements.js';
import { carryOver, type CarriedEdit } from '../../machines/shared/carry-over.js';

/** Forms carried from another storage not yet handed to their actor (its storage not read yet, or unreadable). */
const waitingForms = new WeakMap<AnyActorRef, CarriedEdit<StoredRecord>>();

/** The form carried to `actor` still waiting to be handed over, if any: it is unsaved, and goes on to a next storage. */
export function formWaitingFor(actor: AnyActorRef): CarriedEdit<StoredRecord> | undefined {
  return waitingForms.get(actor);
}

/**
 * Hands a form carried from another storage to the new actor once it has read the new storage (the
 * record there is `theirs`): re-applied through the three-way merge, a field both changed is a conflict.
 * `stillCurrent` says whether the element still uses this actor when it is ready. Until then the form waits here,
 * however long the new storage cannot be read (the user retries); `waiting` is told each time that read fails with
 * the form still to hand over (true), and once it is handed over or let go (false).
 */
export async function handOverForm(
  actor: AnyActorRef,
  storage: StorageAdapter,
  carried: CarriedEdit<StoredRecord>,
  stillCurrent: () => boolean,
  waiting: (waits: boolean) => void = () => undefined,
): Promise<void> {
  // Accepted once the new actor has read the new storage (and, in the log, the whole log): every CARRY_OVER is then.
  const probe = { type: 'CARRY_OVER', carried, theirs: undefined };
  waitingForms.set(actor, carried);
  let wasFailed = false;
  const failed = actor.subscribe((snapshot: AnyMachineSnapshot) => {
    const isFailed = snapshot.matches('loadFailed');
    if (isFailed && !wasFailed && stillCurrent()) waiting(true);
    wasFailed = isFailed;
  });
  await waitFor(actor, (snapshot: AnyMachineSnapshot) => snapshot.status !== 'active' || snapshot.can(probe)).catch(() => undefined);
  failed.unsubscribe();
  waiting(false);
  // Read now the actor has read the storage: a record there is never taken for absent because an earlier read failed.
  // The form waits here until then: a switch of storage meanwhile carries it on (this actor is then no longer current).
  const theirs = await storage.get<StoredRecord>(carried.kind, carried.draft.id).catch(() => undefined);
  waitingForms.delete(actor);
  if (carryOver(carried, theirs).outcome === 'nothing') return;
  const event = { type: 'CARRY_OVER', carried, theirs };
  if (stillCurrent() && (actor.getSnapshot() as AnyMachineSnapshot).can(event)) actor.send(event);
}
