import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type ActorOptions, type AnyActorLogic, type EventFromLogic, type SnapshotFrom, type Subscription } from 'xstate';

export interface ActorControllerOptions<TLogic extends AnyActorLogic, TSelected> {
  /** The machine (or any actor logic). A function is called once, when the actor is first needed. */
  logic: TLogic | (() => TLogic);
  /**
   * Options for `createActor` (input, systemId, inspect...), read when the actor is first needed,
   * so they can use properties the host set after construction (`storage`, `plan-id`).
   */
  options?: () => ActorOptions<TLogic>;
  /** The part of the snapshot the element renders. The element re-renders only when it changes. */
  select?: (snapshot: SnapshotFrom<TLogic>) => TSelected;
  /** How to compare two selections; by default shallowly (same keys, `Object.is` values). */
  equals?: (previous: TSelected, next: TSelected) => boolean;
}

/** Two values equal at the first level: enough for a selector that returns a fresh object of stable parts. */
export function shallowEqual<T>(previous: T, next: T): boolean {
  if (Object.is(previous, next)) return true;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) return false;
  if (Array.isArray(previous) !== Array.isArray(next)) return false;
  const previousKeys = Object.keys(previous);
  const nextKeys = Object.keys(next);
  if (previousKeys.length !== nextKeys.length) return false;
  return previousKeys.every((key) => Object.prototype.hasOwnProperty.call(next, key) && Object.is((previous as Record<string, unknown>)[key], (next as Record<string, unknown>)[key]));
}

/**
 * Connects an element to an XState actor. The actor is created and started once, on first use (or
 * when the element first connects), and lives as long as the element object: the element subscribes
 * when connected and unsubscribes when disconnected WITHOUT stopping the actor, so moving an element
 * in the DOM keeps its state (an open edit, an unsaved draft). Call `stop()` to end it for good.
 *
 * ```ts
 * private readonly plan = new ActorController(this, {
 *   logic: servicePlanMachine,
 *   options: () => ({ input: { storage: this.context.storage, planId: this.planId } }),
 *   select: (snapshot) => ({ status: snapshot.value, plan: snapshot.context.plan, canSubmit: snapshot.can({ type: 'SUBMIT' }) }),
 * });
 * render() { const { plan, canSubmit } = this.plan.selected; ... this.plan.send({ type: 'SUBMIT' }) }
 * ```
 */
export class ActorController<TLogic extends AnyActorLogic, TSelected = SnapshotFrom<TLogic>> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly config: ActorControllerOptions<TLogic, TSelected>;
  private actorRef: Actor<TLogic> | undefined;
  private subscription: Subscription | undefined;
  private selection: TSelected | undefined;
  private hasSelection = false;
  private stopped = false;

  constructor(host: ReactiveControllerHost, options: ActorControllerOptions<TLogic, TSelected>) {
    this.host = host;
    this.config = options;
    host.addController(this);
  }

  /** The actor, created and started on first access. */
  get actor(): Actor<TLogic> {
    if (!this.actorRef) {
      // Actor logic is always an object (machines, fromPromise...): a function is a factory.
      const logic = typeof this.config.logic === 'function' ? (this.config.logic as () => TLogic)() : this.config.logic;
      this.actorRef = createActor(logic, this.config.options?.());
      this.actorRef.start();
      this.selection = this.select(this.actorRef.getSnapshot());
      this.hasSelection = true;
    }
    return this.actorRef;
  }

  get snapshot(): SnapshotFrom<TLogic> {
    return this.actor.getSnapshot();
  }

  /** The selected part of the latest snapshot (the whole snapshot when there is no selector). */
  get selected(): TSelected {
    void this.actor;
    return this.selection as TSelected;
  }

  /** True once the actor exists (for elements that must wait for inputs before creating it). */
  get started(): boolean {
    return this.actorRef !== undefined;
  }

  send(event: EventFromLogic<TLogic>): void {
    this.actor.send(event);
  }

  hostConnected(): void {
    if (this.stopped || this.subscription) return;
    const actor = this.actor;
    this.subscription = actor.subscribe({
      next: (snapshot) => this.update(snapshot),
      // The error is in the snapshot (status 'error'); the element shows it. Subscribing to it also
      // keeps XState from reporting it as unhandled.
      error: () => this.update(actor.getSnapshot()),
    });
    // Whatever happened while disconnected (a save finishing) is shown now.
    this.update(actor.getSnapshot());
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  /** Stops the actor for good (the element is being thrown away). */
  stop(): void {
    this.hostDisconnected();
    this.actorRef?.stop();
    this.stopped = true;
  }

  private select(snapshot: SnapshotFrom<TLogic>): TSelected {
    return this.config.select ? this.config.select(snapshot) : (snapshot as unknown as TSelected);
  }

  private update(snapshot: SnapshotFrom<TLogic>): void {
    const next = this.select(snapshot);
    const equals = this.config.equals ?? shallowEqual;
    if (this.hasSelection && equals(this.selection as TSelected, next)) return;
    this.selection = next;
    this.hasSelection = true;
    this.host.requestUpdate();
  }
}
