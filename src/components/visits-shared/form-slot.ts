import type { AnyActorRef } from 'xstate';
import type { StoredRecord } from '../../model/record.js';
import type { DefaultStorageOptions, StorageAdapter } from '../../storage/elements.js';
import type { CarriedEdit } from '../../machines/shared/carry-over.js';
import type { ActorLeave, LetGoReason } from '../shared/controllers/actor-slot.js';
import type { CaseplanContextController } from '../shared/controllers/caseplan-context-controller.js';
import { defaultStorageOptions } from '../shared/default-storage-options.js';
import { CpErrorEvent } from '../shared/events/index.js';
import { handOverForm } from './form-carry.js';
import { formLeave } from './form-leave.js';

type FormCarried = CarriedEdit<StoredRecord>;

interface FormSlotHost<TActor extends AnyActorRef> {
  /** The record kind of the form (the planner's visitation plan, the log's contact). */
  kind: string;
  element: HTMLElement;
  context: CaseplanContextController;
  /** Listens to what a new actor emits. */
  listen: (actor: TActor) => void;
  /** Whether the element still uses this actor's controller (a carried form is handed only to the current one). */
  isCurrent: (controller: object) => boolean;
  /** A form carried from another storage waits (true) because the new storage cannot be read, or no longer (false). */
  carryWaiting: (waits: boolean) => void;
}

/**
 * What the planner's and the log's actor slots share: an open form left by `formLeave`, the storage of the
 * element's context (else the default, with the context's history key), a form carried from another storage
 * handed to the new actor, and `visits.form-not-saved` when a form let go could not be written and went nowhere
 * (another child or case, or the element removed). A form carried to another storage is not lost, even when the
 * storage left could not take it: it opens again there as typed (or waits on the page for it), still unsaved.
 */
export function formSlotOptions<TActor extends AnyActorRef>(host: FormSlotHost<TActor>): {
  leave: ActorLeave<FormCarried>;
  storage: () => StorageAdapter | undefined;
  defaults: () => DefaultStorageOptions;
  created: (controller: { readonly actor: TActor }, storage: StorageAdapter, carried: FormCarried | undefined) => void;
  lost: (controller: unknown, why: LetGoReason) => void;
} {
  return {
    leave: formLeave(host.kind),
    storage: () => host.context.storage,
    defaults: () => defaultStorageOptions(host.context.get('historyKey')),
    created: (controller, storage, carried) => {
      host.listen(controller.actor);
      if (!carried) return;
      const waiting = (waits: boolean) => {
        host.carryWaiting(waits && host.isCurrent(controller));
        // Each failed read of the new storage, after its own error: the form is kept here, not stored.
        if (waits) host.element.dispatchEvent(new CpErrorEvent({ code: 'storage.switched-edits-waiting', kind: host.kind, violations: [] }));
      };
      void handOverForm(controller.actor, storage, carried, () => host.isCurrent(controller), waiting);
    },
    // Another child or case, or removal: what the open form held could not be written, and is gone from the page.
    lost: (_controller, why) => {
      if (why !== 'carried') host.element.dispatchEvent(new CpErrorEvent({ code: 'visits.form-not-saved', kind: host.kind, violations: [] }));
    },
  };
}
