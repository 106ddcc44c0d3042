import type { ReactiveControllerHost } from 'lit';
import { waitFor, type AnyActorLogic, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import { ActorController, type ActorControllerOptions } from '../shared/controllers/actor-controller.js';
import { commitTyping } from '../shared/directives/typed-value.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import type { StoredRecord } from '../../model/record.js';
import { carryOver, type CarriedEdit } from '../../machines/shared/carry-over.js';
import { carriedForm, flushForm, formSettled, formUnsaved } from './form-leave.js';

type Host = ReactiveControllerHost & HTMLElement & { removeController(controller: ActorController<AnyActorLogic, unknown>): void };

/** What an actor is made for: the storage, and the rest of its inputs as one key (case, child...). */
export interface SlotInputs {
  storage: StorageAdapter;
  scope: string;
  /** The storage is the element's default (no host storage yet): nothing is flushed into it when the host's arrives. */
  provisional: boolean;
}

/**
 * Holds an element's ActorController for one set of inputs (storage, case, child...). When they are
 * all there the actor is created; when one of them changes (another child, another adapter) the old
 * actor writes what its form holds, then stops, and a new one starts. Moving the element keeps the actor.
 *
 * Another storage for the same case and child: the records are opened again from the new storage and
 * the form the old actor held is carried over (re-applied on the new storage's record through the
 * three-way merge: a field both changed is a conflict). Before that, the form is written to the old
 * storage when it was the host's (pending edits are flushed before a storage change), never to the
 * element's default database (the host's storage came late: case data must not reach the default).
 */
export class ActorSlot<TLogic extends AnyActorLogic, TSelected> {
  private current: ActorController<TLogic, TSelected> | undefined;
  private inputs: SlotInputs | undefined;

  constructor(
    private readonly host: Host,
    private readonly kind: string,
    private readonly options: (storage: StorageAdapter) => ActorControllerOptions<TLogic, TSelected>,
    private readonly created: (controller: ActorController<TLogic, TSelected>) => void,
    /** Told when an actor let go still held something typed that could not be written (an invalid form, a conflict). */
    private readonly lost: (controller: ActorController<TLogic, TSelected>) => void = () => undefined,
  ) {}

  /** `inputs` undefined means "not ready yet". */
  sync(inputs: SlotInputs | undefined): void {
    const previous = this.inputs;
    if (inputs?.storage === previous?.storage && inputs?.scope === previous?.scope) return;
    const switching = inputs !== undefined && previous !== undefined && this.current !== undefined && inputs.scope === previous.scope;
    if (this.host.shadowRoot) commitTyping(this.host.shadowRoot); // the text under the user's fingers belongs to the form
    const carried = switching ? carriedForm(this.current!.actor, this.kind) : undefined;
    if (switching && previous.provisional) this.stop();
    else this.retire();
    this.inputs = inputs;
    if (inputs === undefined) return;
    const controller = new ActorController<TLogic, TSelected>(this.host, this.options(inputs.storage));
    this.current = controller;
    void controller.actor;
    this.created(controller);
    if (carried) void this.carry(controller, inputs.storage, carried);
  }

  /** Hands the carried form to the new actor once it has read the new storage (the record there is `theirs`). */
  private async carry(controller: ActorController<TLogic, TSelected>, storage: StorageAdapter, carried: CarriedEdit<StoredRecord>): Promise<void> {
    const theirs = await storage.get<StoredRecord>(carried.kind, carried.draft.id).catch(() => undefined);
    if (carryOver(carried, theirs).outcome === 'nothing') return;
    const event = { type: 'CARRY_OVER', carried, theirs };
    const actor = controller.actor as unknown as AnyActorRef;
    const accepts = (snapshot: AnyMachineSnapshot) => snapshot.can(event);
    // Accepted once the new actor has read the new storage (and, in the log, the whole log).
    await waitFor(actor, (snapshot: AnyMachineSnapshot) => snapshot.status !== 'active' || accepts(snapshot), { timeout: 30_000 }).catch(() => undefined);
    if (this.current === controller && accepts(actor.getSnapshot() as AnyMachineSnapshot)) actor.send(event);
  }

  get controller(): ActorController<TLogic, TSelected> | undefined {
    return this.current;
  }

  /** Stops the actor (and its storage watch) without writing; the next `sync` starts a new one. */
  stop(): void {
    this.inputs = undefined;
    if (!this.current) return;
    this.current.stop();
    this.host.removeController(this.current as unknown as ActorController<AnyActorLogic, unknown>);
    this.current = undefined;
  }

  /**
   * Lets the current actor go (another adapter, child or case, or the element removed): an open form
   * that can be saved is saved first and the actor stops once the write has landed; what cannot be
   * written is reported through `lost`.
   */
  retire(): void {
    const controller = this.current;
    this.inputs = undefined;
    if (!controller) return;
    this.current = undefined;
    this.host.removeController(controller as unknown as ActorController<AnyActorLogic, unknown>);
    controller.hostDisconnected();
    const actor = controller.actor;
    flushForm(actor);
    void formSettled(actor).then(() => {
      if (formUnsaved(actor)) this.lost(controller);
      controller.stop();
    });
  }

  /**
   * Called when the element leaves the page. Moved elsewhere in the same task, it comes back with its
   * actor (an open form kept); removed for good, the actor is let go once what it holds is written.
   */
  releaseUnlessReconnected(isConnected: () => boolean): void {
    setTimeout(() => {
      if (!isConnected()) this.retire();
    }, 0);
  }
}
