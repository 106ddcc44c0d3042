import { loadDefaultStorage, type DefaultStorageOptions, type FallbackReason, type StorageAdapter } from '../../storage/elements.js';
import { providerStorageStance } from './provider-storage.js';

/**
 * How long an element on its own (no storage given, no `<caseplan-provider>` around it) waits for the
 * host's `storage` before it opens the default database. Hosts set `.storage` after placing the
 * element, often once a key or a session is ready: in that time nothing is read from or written to the
 * default, unencrypted database (the editor would create a new plan there). A host that wants the default
 * at once says so: `<caseplan-provider default-storage>`.
 */
export const DEFAULT_STORAGE_GRACE_MS = 1000;

/**
 * The adapter an element uses, the same way in all three elements: the host's (its own `storage` or the
 * provider's); else, inside a provider whose storage has not arrived, none yet (it waits); else the
 * default one (IndexedDB, or memory with the reason when IndexedDB cannot be used), opened once per
 * element, for an element on its own only after `DEFAULT_STORAGE_GRACE_MS`. Its code (and Dexie) is loaded
 * then, by a dynamic import (`loadDefaultStorage`): an element given the host's storage never loads it. `isDefault` tells the
 * default apart: when the host's storage arrives later, nothing is flushed into the default database;
 * unsaved edits are carried over to the host's adapter instead.
 */
export class StorageChoice {
  private fallback: StorageAdapter | undefined;
  private opening = false;
  private graceOver = false;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  reason: FallbackReason | undefined;

  constructor(
    private readonly host: Element & { requestUpdate(): void },
    /** Options of the default storage, read when it is opened (the history key). */
    private readonly defaults: () => DefaultStorageOptions = () => ({}),
  ) {}

  /** The adapter to use now, or undefined while waiting (for the provider's storage, the grace time, the default opening). */
  resolve(chosen: StorageAdapter | undefined): StorageAdapter | undefined {
    if (chosen) return chosen;
    const stance = providerStorageStance(this.host);
    if (stance === 'wait') return undefined;
    if (stance === 'alone' && !this.graceOver) {
      // Off the page an element has no ancestors: it left its provider, it is not one on its own. A render it
      // still had to do must not start the grace time, then open the default database for a removed element.
      if (!this.host.isConnected) return undefined;
      this.graceTimer ??= setTimeout(() => {
        this.graceTimer = undefined;
        if (!this.host.isConnected) return; // removed meanwhile: put back alone, it waits its grace time again
        this.graceOver = true;
        this.host.requestUpdate();
      }, DEFAULT_STORAGE_GRACE_MS);
      return undefined;
    }
    if (!this.fallback && !this.opening) {
      this.opening = true;
      void loadDefaultStorage(this.defaults()).then(({ storage, fallbackReason }) => {
        this.fallback = storage;
        this.reason = fallbackReason;
        this.host.requestUpdate();
      });
    }
    return this.fallback;
  }

  /** Why `storage` is kept only in memory (the default, when IndexedDB could not be used); undefined for any other adapter. */
  reasonFor(storage: StorageAdapter | undefined): FallbackReason | undefined {
    return this.isDefault(storage) ? this.reason : undefined;
  }

  /** Whether `storage` is the default this element opened (not one the host gave). */
  isDefault(storage: StorageAdapter | undefined): boolean {
    return storage !== undefined && storage === this.fallback;
  }
}
