import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorLogic, AnyActorRef, EventFromLogic } from 'xstate';
import type { DefaultStorageOptions, FallbackReason, StorageAdapter } from '../../../storage/elements.js';
import { commitTyping, holdsUnsavedTyping } from '../directives/typed-value.js';
import { StorageChoice } from '../storage-choice.js';
import { ActorController, type ActorControllerOptions } from './actor-controller.js';
import { LeaveGuardController } from './leave-guard-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { removeController(controller: ReactiveController): void };

/**
 * How an element's actor is left: what "write what is pending" means for it, when that has landed,
 * what is still not stored, and what is carried to another storage. The editor's plan (`SAVE_NOW`,
 * a carried plan) and the visits' open form (`SAVE` of a valid form, a carried form) each give one.
 */
export interface ActorLeave<TCarried> {
  /** Starts writing what the actor holds now (no quiet time). */
  flush(actor: AnyActorRef): void;
  /** Resolves once nothing the actor writes is in flight. */
  settled(actor: AnyActorRef): Promise<void>;
  /** Something typed is not stored: a write in flight, a conflict or failed write, a form that cannot be saved. */
  unsaved(actor: AnyActorRef): boolean;
  /** What to carry to another storage for the same scope; `fromDefault`: the old storage was the element's default database. */
  carried(actor: AnyActorRef, fromDefault: boolean): TCarried | undefined;
}

export interface ActorSlotOptions<TLogic extends AnyActorLogic, TSelected, TCarried> {
  leave: ActorLeave<TCarried>;
  /** The host's storage (the element's own, else the provider's), read through the element's context. */
  storage: () => StorageAdapter | undefined;
  /** Options of the default storage, read when it is opened (the history key). */
  defaults?: () => DefaultStorageOptions;
  /** The rest of the actor's inputs as one key (case, child, plan...); undefined while they are not all there. */
  scope: () => string | undefined;
  /** The actor to create for this storage, given what was carried over from the previous storage. */
  actor: (storage: StorageAdapter, carried: TCarried | undefined) => ActorControllerOptions<TLogic, TSelected>;
  /**
   * The inputs a running actor follows without a restart (participants, the current user...), own or the
   * provider's: when one of `values` changes (by identity), `event` is sent to the actor (nothing when undefined).
   */
  follow?: { values: () => readonly unknown[]; event: () => EventFromLogic<TLogic> | undefined };
  /** Told of each new actor (to listen to what it emits); may return what to undo when the actor is let go. */
  created?: (controller: ActorController<TLogic, TSelected>, storage: StorageAdapter, carried: TCarried | undefined) => (() => void) | void;
  /** Typing the element keeps in view that no record holds (the editor's text the machine refused): leaving asks first. */
  heldTyping?: () => boolean;
  /**
   * Told when an actor let go still held something typed that could not be written (a conflict, a failed write, an
   * invalid form): for another scope (`switch`), the element removed (`removed`), or another storage that the unsaved
   * edits were carried to (`carried`: the new actor holds them, so an element may say nothing was lost).
   */
  lost?: (controller: ActorController<TLogic, TSelected>, why: LetGoReason) => void;
}

/** Why an actor was let go (see `lost`). */
export type LetGoReason = 'switch' | 'removed' | 'carried';

/**
 * The element base every caseplan element builds on: it owns the life of the element's actor.
 *
 * - **Storage**: the host's (own or provider's), else the default, chosen by `StorageChoice` (`reason`
 *   says why the default is in memory). The default database is loaded only when it is the one used.
 * - **Start**: once the storage and the element's other inputs (`scope`) are there.
 * - **Restart**: another scope (case, child, plan) lets the actor go (retire: pending edits written, then
 *   stopped) and starts a new one. Another storage for the same scope opens the records again from it and
 *   carries the unsaved edits over (`leave.carried`); they are written to the old storage first only when it
 *   was the host's, never to the default database (the host's storage came late: case data must not reach it).
 * - **Leaving**: pending edits are flushed on pagehide and on hiding (a `LeaveGuardController`), and the
 *   page asks before unloading only while something is still not stored.
 * - **Moved, or removed**: moved elsewhere in the same task, the element comes back with its actor (an
 *   open edit kept); removed for good, the actor is retired once the element is still off the page.
 */
export class ActorSlot<TLogic extends AnyActorLogic, TSelected, TCarried> implements ReactiveController {
  private current: ActorController<TLogic, TSelected> | undefined;
  private teardown: (() => void) | void = undefined;
  private inputs: { storage: StorageAdapter; scope: string; fromDefault: boolean } | undefined;
  /** What the running actor was last given of `follow.values` (at creation, or sent since). */
  private followed: readonly unknown[] = [];
  private readonly choice: StorageChoice;
  /** The storage in use now (the actor's, or the one resolved while waiting for the rest of the inputs). */
  storage: StorageAdapter | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: ActorSlotOptions<TLogic, TSelected, TCarried>,
  ) {
    this.choice = new StorageChoice(host, options.defaults);
    host.addController(this);
    new LeaveGuardController(host, {
      flush: () => {
        if (!this.current) return;
        if (host.shadowRoot) commitTyping(host.shadowRoot); // the text under the user's fingers is part of the edits
        options.leave.flush(this.current.actor);
      },
      // Typing no record holds ("12e" in a number field, an entry form not yet submitted): leaving would lose it.
      hasUnsaved: () =>
        (this.current !== undefined && options.leave.unsaved(this.current.actor)) || (host.shadowRoot !== null && holdsUnsavedTyping(host.shadowRoot)) || (options.heldTyping?.() ?? false),
      flushOnDisconnect: false, // a moved element keeps its edits; removal writes them (retire)
    });
  }

  get controller(): ActorController<TLogic, TSelected> | undefined {
    return this.current;
  }

  /** Why `storage`, the element's default, keeps records in memory only (IndexedDB could not be used); undefined for a host's storage. */
  reasonFor(storage: StorageAdapter | undefined): FallbackReason | undefined {
    return this.choice.reasonFor(storage);
  }

  /** Whether `storage` is the element's default database (not one the host gave). */
  isDefault(storage: StorageAdapter | undefined): boolean {
    return this.choice.isDefault(storage);
  }

  /** Called from the element's `willUpdate`: starts, restarts or lets go of the actor as the inputs now say. */
  sync(): void {
    const storage = this.choice.resolve(this.options.storage());
    this.storage = storage ?? this.storage;
    const scope = storage ? this.options.scope() : undefined;
    const inputs = storage && scope !== undefined ? { storage, scope, fromDefault: this.choice.isDefault(storage) } : undefined;
    const previous = this.inputs;
    if (inputs?.storage === previous?.storage && inputs?.scope === previous?.scope) {
      this.sendFollowed();
      return;
    }
    const switching = inputs !== undefined && previous !== undefined && this.current !== undefined && inputs.scope === previous.scope;
    if (this.host.shadowRoot) commitTyping(this.host.shadowRoot); // the text under the user's fingers belongs to the edits
    const carried = switching ? this.options.leave.carried(this.current!.actor, previous.fromDefault) : undefined;
    if (switching && previous.fromDefault) this.stop();
    else this.retire(carried !== undefined ? 'carried' : 'switch');
    this.inputs = inputs;
    if (inputs === undefined) return;
    this.followed = this.options.follow?.values() ?? [];
    const controller = new ActorController<TLogic, TSelected>(this.host, this.options.actor(inputs.storage, carried));
    this.current = controller;
    void controller.actor;
    this.teardown = this.options.created?.(controller, inputs.storage, carried);
  }

  /** The running actor gets the followed inputs that changed since it was last given them. */
  private sendFollowed(): void {
    const follow = this.options.follow;
    if (!follow || !this.current) return;
    const values = follow.values();
    if (values.length === this.followed.length && values.every((value, index) => value === this.followed[index])) return;
    this.followed = values;
    const event = follow.event();
    if (event) this.current.send(event);
  }

  /** The actor now works on another scope (it created its record: the element has its id now); it is kept. */
  rescope(scope: string): void {
    if (this.inputs) this.inputs = { ...this.inputs, scope };
  }

  /** Stops the actor (and its storage watch) without writing; the next `sync` starts a new one. */
  stop(): void {
    this.inputs = undefined;
    const controller = this.release();
    controller?.stop();
  }

  /**
   * Lets the current actor go (another adapter or scope, or the element removed): what it holds is
   * written first and the actor stops once the write has landed; what could not be written is
   * reported through `lost`.
   */
  retire(why: LetGoReason): void {
    this.inputs = undefined;
    const controller = this.release();
    if (!controller) return;
    const actor = controller.actor as AnyActorRef;
    this.options.leave.flush(actor);
    void this.options.leave.settled(actor).then(() => {
      if (this.options.leave.unsaved(actor)) this.options.lost?.(controller, why);
      controller.stop();
    });
  }

  hostConnected(): void {
    // Put back after being removed: its actor was let go, so it opens the records again.
    if (!this.current) this.host.requestUpdate();
  }

  /** Moved elsewhere in the same task, the element comes back with its actor; removed for good, the actor is retired. */
  hostDisconnected(): void {
    setTimeout(() => {
      if (!this.host.isConnected) this.retire('removed');
    }, 0);
  }

  private release(): ActorController<TLogic, TSelected> | undefined {
    const controller = this.current;
    if (!controller) return undefined;
    this.current = undefined;
    this.teardown?.();
    this.teardown = undefined;
    this.host.removeController(controller);
    controller.hostDisconnected();
    return controller;
  }
}
