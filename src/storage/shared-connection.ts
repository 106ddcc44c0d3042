import Dexie from 'dexie';
import type { Unsubscribe } from './adapter.js';
import { ChangeChannel } from './change-channel.js';
import { rememberDatabase } from './database-registry.js';
import { closeOnVersionChange } from './dexie-connection.js';
import { currentSchemaVersion, declareCurrentLayout, declareLayouts, needsEveryLayout } from './dexie-schema.js';
import { StorageError } from './errors.js';
import { onLocalDataCleared } from './local-data-cleared.js';
import { toStorageError } from './map-error.js';

interface MetaRow {
  key: string;
  value: number;
}

/** Another IndexedDB implementation than the page's (tests inject an unavailable one). */
export interface IndexedDBDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * One IndexedDB connection and what is known about it: open or not, its schema marker checked, cleared
 * by a sign-out. Every adapter of the page on the same database name uses the same one (see
 * acquireConnection), so a second element opens no connection and reads no marker of its own.
 *
 * Connection handling stays as it was for one adapter: another tab's upgrade or clearLocalData() closes
 * it (`versionchange`) and the next call of any adapter on it opens it again; a sign-out closes it for
 * good, for every adapter that holds it.
 */
export class DexieConnection {
  /** Dexie with the current layout declared, or every layout once an older database was met (see declareCurrentLayout). */
  private current: Dexie;
  /** Set when local data was cleared (sign-out): the connection is closed and stays closed. */
  cleared = false;
  /** The schema marker's check of the current open (settles after `connected`). */
  private opening: Promise<void> | undefined;
  /** Whether IndexedDB opened the database, for the current open (true) or failed to (false); never rejects. */
  private connected: Promise<boolean> | undefined;
  /** `connected`'s outcome once known, for the same open: a read on an open connection then goes out at once. */
  private connectedNow: { open: boolean } = { open: false };
  private stopHearingClear: Unsubscribe | undefined;
  /** The adapters holding it; the last one to let go closes it. */
  users = 0;
  /** How its adapters hear of writes made elsewhere (one BroadcastChannel for all of them). */
  readonly changes: ChangeChannel;

  constructor(
    readonly name: string,
    private readonly dependencies: IndexedDBDependencies | undefined,
    private readonly whenCleared: () => void = () => undefined,
  ) {
    this.changes = new ChangeChannel(name);
    this.current = this.newDexie(declareCurrentLayout);
  }

  get db(): Dexie {
    return this.current;
  }

  private newDexie(declare: (db: Dexie) => void): Dexie {
    const db = new Dexie(this.name, { ...(this.dependencies ?? {}), autoOpen: false });
    declare(db);
    closeOnVersionChange(db, () => (this.opening = undefined));
    return db;
  }

  /** Opens IndexedDB's connection; an older database is upgraded through every layout since its own. */
  private async connect(): Promise<void> {
    try {
      await this.current.open();
    } catch (error) {
      if (!needsEveryLayout(error)) throw error;
      this.current = this.newDexie(declareLayouts);
      await this.current.open();
    }
  }

  /** Opens the database once; refuses one written by a newer SDK instead of opening it silently. */
  open(): Promise<void> {
    if (this.cleared) return Promise.reject(new StorageError('cleared', `Local data was cleared: ${this.name} is gone`));
    if (!this.opening) {
      const connecting = this.connect();
      // The check first: its request goes to IndexedDB before any read waiting on `connected`.
      this.opening = this.checkMarker(connecting);
      const now = { open: false };
      this.connectedNow = now;
      this.connected = connecting.then(
        () => (now.open = true),
        () => false,
      );
    }
    // Sign-out in any tab: close at once, so the deletion is not blocked, and refuse every later call.
    this.stopHearingClear ??= onLocalDataCleared(() => {
      this.cleared = true;
      this.db.close();
      this.opening = undefined;
      this.whenCleared();
    });
    return this.opening;
  }

  /** Opens a new connection even if one is thought open (it was closed under a call). */
  reopen(): Promise<void> {
    this.opening = undefined;
    return this.open();
  }

  close(): void {
    this.changes.close();
    this.stopHearingClear?.();
    this.stopHearingClear = undefined;
    this.db.close();
    this.opening = undefined;
  }

  /**
   * Runs `read` as soon as IndexedDB has opened the database, beside the schema marker's check rather than
   * after it (issue 18: the marker's round trip no longer comes before a page's first reads). What the read
   * gives is held until the check has passed: a database written by a newer SDK fails the read with the
   * check's error, whatever it read. Writes wait for the whole check (`open`), so nothing is written first.
   */
  async besideCheck<R>(read: () => Promise<R>): Promise<R> {
    const checked = this.open();
    // Open already (a second element's read, or any later one): the read's request goes out now, in the
    // caller's task, not a microtask later behind what the caller does next (an element renders "opening").
    if (this.cleared || (!this.connectedNow.open && !(await this.connected!))) return checked.then(read); // not opened: the check's error, mapped
    // The marker's request was issued as IndexedDB answered, in this same task, before this read's.
    const outcome = read().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    await checked;
    const settled = await outcome;
    if ('error' in settled) throw settled.error;
    return settled.value;
  }

  private async checkMarker(connecting: Promise<unknown>): Promise<void> {
    try {
      await connecting;
      const meta = this.db.table<MetaRow, string>('meta');
      const marker = await meta.get('schemaVersion');
      if (marker && marker.value > currentSchemaVersion) {
        this.db.close();
        throw new StorageError('newer-schema', `Database ${this.name} was written by a newer version (schema ${marker.value})`);
      }
      if (!marker || marker.value < currentSchemaVersion) await meta.put({ key: 'schemaVersion', value: currentSchemaVersion });
      rememberDatabase(this.name);
    } catch (error) {
      this.opening = undefined;
      throw toStorageError(error, `Opening ${this.name}`);
    }
  }
}

/** The page's connections by database name (the page's own IndexedDB only). */
const shared = new Map<string, DexieConnection>();

/**
 * The connection to `name` for one more adapter: the page's shared one (a cleared one is never handed
 * out again: a new adapter after a sign-out starts afresh), or, with other IndexedDB dependencies, a
 * connection of its own. Give it back with releaseConnection.
 */
export function acquireConnection(name: string, dependencies?: IndexedDBDependencies): DexieConnection {
  if (dependencies) {
    const own = new DexieConnection(name, dependencies);
    own.users = 1;
    return own;
  }
  let connection = shared.get(name);
  if (!connection || connection.cleared) {
    const created: DexieConnection = new DexieConnection(name, undefined, () => {
      if (shared.get(name) === created) shared.delete(name);
    });
    connection = created;
    shared.set(name, connection);
  }
  connection.users += 1;
  return connection;
}

/** One adapter lets go of its connection; the last one closes it. */
export function releaseConnection(connection: DexieConnection): void {
  connection.users -= 1;
  if (connection.users > 0) return;
  connection.close();
  if (shared.get(connection.name) === connection) shared.delete(connection.name);
}
