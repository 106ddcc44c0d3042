import type { ReactiveControllerHost } from 'lit';
import type { AnyActorLogic } from 'xstate';
import { ActorController, type ActorControllerOptions } from '../shared/controllers/actor-controller.js';
import type { StorageAdapter } from '../../storage/adapter.js';
import { openDefaultStorage, type DefaultStorageOptions, type FallbackReason } from '../../storage/open-default.js';
import { flushForm, formSettled, formUnsaved } from './form-leave.js';

type Host = ReactiveControllerHost & { removeController(controller: ActorController<AnyActorLogic, unknown>): void };

/**
 * Holds an element's ActorController for one set of inputs (storage, case, child...). When they are
 * all there the actor is created; when one of them changes (another child, another adapter) the old
 * actor writes what its form holds, then stops, and a new one starts. Moving the element keeps the actor.
 */
export class ActorSlot<TLogic extends AnyActorLogic, TSelected> {
  private current: ActorController<TLogic, TSelected> | undefined;
  private key: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: () => ActorControllerOptions<TLogic, TSelected>,
    private readonly created: (controller: ActorController<TLogic, TSelected>) => void,
    /** Told when an actor let go still held something typed that could not be written (an invalid form, a conflict). */
    private readonly lost: (controller: ActorController<TLogic, TSelected>) => void = () => undefined,
  ) {}

  /** `key` names the inputs the actor was made for; undefined means "not ready yet". */
  sync(key: string | undefined): void {
    if (key === this.key) return;
    this.retire();
    this.key = key;
    if (key === undefined) return;
    const controller = new ActorController<TLogic, TSelected>(this.host, this.options());
    this.current = controller;
    void controller.actor;
    this.created(controller);
  }

  get controller(): ActorController<TLogic, TSelected> | undefined {
    return this.current;
  }

  /** Stops the actor (and its storage watch); the next `sync` starts a new one. */
  stop(): void {
    this.key = undefined;
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
    this.key = undefined;
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

const storageIds = new WeakMap<StorageAdapter, number>();
let nextStorageId = 1;

/** A stable number per adapter object, so an actor key changes when the host passes another adapter. */
export function storageKey(storage: StorageAdapter): number {
  let id = storageIds.get(storage);
  if (id === undefined) storageIds.set(storage, (id = nextStorageId++));
  return id;
}

/**
 * The adapter an element uses: the host's (or provider's), else the default one (IndexedDB, or memory
 * with the reason when IndexedDB cannot be used), opened once per element.
 */
export class StorageChoice {
  private fallback: StorageAdapter | undefined;
  private opening = false;
  reason: FallbackReason | undefined;

  constructor(
    private readonly requestUpdate: () => void,
    /** Options of the default storage, read when it is opened (the history key). */
    private readonly defaults: () => DefaultStorageOptions = () => ({}),
  ) {}

  /** `wait`: inside a provider whose storage has not arrived (see `waitsForProviderStorage`): no default yet. */
  resolve(chosen: StorageAdapter | undefined, wait = false): StorageAdapter | undefined {
    if (chosen) return chosen;
    if (wait) return undefined;
    if (!this.fallback && !this.opening) {
      this.opening = true;
      void openDefaultStorage(this.defaults()).then(({ storage, fallbackReason }) => {
        this.fallback = storage;
        this.reason = fallbackReason;
        this.requestUpdate();
      });
    }
    return this.fallback;
  }
}
