import { waitFor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { StoredRecord } from '../../model/record.js';
import type { StorageAdapter } from '../../storage/elements.js';
import { carryOver, type CarriedEdit } from '../../machines/shared/carry-over.js';

/**
 * Hands a form carried from another storage to the new actor once it has read the new storage (the
 * record there is `theirs`): re-applied through the three-way merge, a field both changed is a conflict.
 * `stillCurrent` says whether the element still uses this actor when it is ready.
 */
export async function handOverForm(actor: AnyActorRef, storage: StorageAdapter, carried: CarriedEdit<StoredRecord>, stillCurrent: () => boolean): Promise<void> {
  const theirs = await storage.get<StoredRecord>(carried.kind, carried.draft.id).catch(() => undefined);
  if (carryOver(carried, theirs).outcome === 'nothing') return;
  const event = { type: 'CARRY_OVER', carried, theirs };
  const accepts = (snapshot: AnyMachineSnapshot) => snapshot.can(event);
  // Accepted once the new actor has read the new storage (and, in the log, the whole log).
  await waitFor(actor, (snapshot: AnyMachineSnapshot) => snapshot.status !== 'active' || accepts(snapshot), { timeout: 30_000 }).catch(() => undefined);
  if (stillCurrent() && accepts(actor.getSnapshot() as AnyMachineSnapshot)) actor.send(event);
}
