import type { HistoryEntry } from '../../model/history.js';
import type { HistoryVerdict } from '../../model/history-chain.js';
import type { StoredRecord } from '../../model/record.js';
import { sameValue } from '../../model/shared/three-way-merge.js';
import type { ChangeListener, ListQuery, ListResult, RecordKind, StorageAdapter, Unsubscribe, WriteOptions, WriteRequest } from '../adapter.js';
import { rememberDatabase } from '../database-registry.js';
import { DexieStorageAdapter } from '../dexie-adapter.js';
import { ConflictError, StorageError } from '../errors.js';
import { ListenerSet } from '../listeners.js';
import { retryDelay } from './backoff.js';
import { SyncHttpClient, SyncHttpError } from './http-client.js';
import { MAX_PUSH_WRITES } from './protocol.js';
import { nextPushBatch, pushWriteOf, settlePushResults } from './outbox-push.js';
import type { SyncState, SyncStatusSource } from './state.js';
import { knownHeads, SyncDatabase, type ConflictRow, type OutboxEntry } from './sync-db.js';
import { ServerRestore } from './server-restore.js';
import { ServerPull } from './server-pull.js';
import type { SyncStorageOptions } from './sync-options.js';

export type { SyncStorageOptions } from './sync-options.js';

/** An intent older than this with no matching local write belongs to a tab that closed mid-write. */
const INTENT_GRACE_MS = 30_000;

type Message = { type: 'ask' } | { type: 'kick'; reason: 'edit' | 'event' | 'force' } | { type: 'state'; state: Pick<SyncState, 'connection' | 'error' | 'lastSyncedAt'> } | { type: 'counts' };

/**
 * The local IndexedDB adapter plus a persistent outbox to the agency's server. Reads and writes are
 * local and immediate. One tab at a time leads (Web Locks): it pushes the outbox in order (backoff with
 * jitter after a failure, across reloads and offline periods), pulls the server's changes by checkpoint
 * page by page, and listens to the server's event stream. A pulled change goes through the field-level
 * three-way merge against the record as the server last had it: a change on one side is kept; the same
 * field changed on both sides is held as a conflict, and the next write of that record is refused with a
 * ConflictError carrying the server's record, which the elements show (never last-write-wins).
 *
 * @example
 * const storage = new SyncStorageAdapter({ url: 'https://sync.agency.example', token: () => session.accessToken });
 * provider.storage = storage;
 */
export class SyncStorageAdapter implements StorageAdapter, SyncStatusSource {
  readonly name = 'sync';
  readonly persistent = true;
  readonly local: StorageAdapter;
  private readonly db: SyncDatabase;
  private readonly client: SyncHttpClient;
  private readonly options: SyncStorageOptions;
  private readonly random: () => number;
  private readonly listeners = new ListenerSet();
  private readonly stateListeners = new Set<(state: SyncState) => void>();
  private readonly channel: BroadcastChannel | undefined;
  private readonly stop = new AbortController();
  private state: SyncState = { connection: 'offline', pending: 0, conflicts: 0, rejected: 0, outOfScope: 0 };
  private leading = false;
  private wakeUp: (() => void) | undefined;
  private wanted = false;
  private passWaiters: (() => void)[] = [];
  private readonly unwatchLocal: Unsubscribe;
  private readonly onOnline = () => this.wake('force');
  private backingOff = false;
  /** A server whose log started over: noticed, marked, and resynced. */
  private readonly restore: ServerRestore;
  /** The server's changes: pulled, applied, reconciled. */
  private readonly pull: ServerPull;

  constructor(options: SyncStorageOptions) {
    this.options = options;
    const databaseName = options.databaseName ?? 'caseplan-elements';
    this.local = options.local ?? new DexieStorageAdapter({ databaseName });
    this.db = new SyncDatabase(`${databaseName}-sync`);
    rememberDatabase(`${databaseName}-sync`);
    this.client = new SyncHttpClient({ url: options.url, token: options.token, ...(options.fetch ? { fetch: options.fetch } : {}) });
    this.random = options.random ?? Math.random;
    const pageSize = options.pageSize ?? 500;
    this.pull = new ServerPull({
      db: this.db,
      client: this.client,
      local: this.local,
      pageSize,
      notify: (change) => this.listeners.notify(change),
      refreshCounts: (announce) => this.refreshCounts(announce),
      markResync: (reason) => this.restore.markResync(reason),
    });
    this.restore = new ServerRestore({
      db: this.db,
      client: this.client,
      local: this.local,
      pageSize,
      user: options.user,
      applyPulled: (changes) => this.pull.applyPulled(changes),
      reconcile: (kind, id, theirs) => this.pull.reconcile(kind, id, theirs),
      refreshCounts: (announce) => this.refreshCounts(announce),
    });
    // What the sync writes locally (pulled, merged) came from elsewhere: watchers hear it as 'remote'.
    this.unwatchLocal = this.local.watch((change) => this.listeners.notify(this.pull.writing(change.kind, change.id) ? { ...change, origin: 'remote' } : change));
    this.channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`caseplan-elements-sync:${databaseName}`);
    if (this.channel) this.channel.onmessage = (event: MessageEvent<Message>) => this.hear(event.data);
    globalThis.addEventListener?.('online', this.onOnline);
    void this.refreshCounts();
    this.channel?.postMessage({ type: 'ask' } satisfies Message);
    this.elect();
  }

  // ---- StorageAdapter: reads go to the local store ----

  get<T extends StoredRecord>(kind: RecordKind, id: string): Promise<T | undefined> {
    return this.local.get<T>(kind, id);
  }

  list<T extends StoredRecord>(kind: RecordKind, query?: ListQuery): Promise<ListResult<T>> {
    return this.local.list<T>(kind, query);
  }

  history(kind: RecordKind, id: string): Promise<HistoryEntry[]> {
    return this.local.history(kind, id);
  }

  /** The local store's check of a record's history (the one history() reads): a history edited on this device shows. */
  verifyHistory(kind: RecordKind, id: string): Promise<HistoryVerdict> {
    if (!this.local.verifyHistory) return Promise.reject(new TypeError(`Storage ${this.local.name} cannot verify histories`));
    return this.local.verifyHistory(kind, id);
  }

  watch(listener: ChangeListener): Unsubscribe {
    return this.listeners.add(listener);
  }

  async put<T extends StoredRecord>(kind: RecordKind, record: T, options: WriteOptions = {}): Promise<T> {
    const [stored] = await this.write([{ ...options, kind, record }], 'put');
    return stored as T;
  }

  async archive<T extends StoredRecord>(kind: RecordKind, record: T, options: WriteOptions = {}): Promise<T> {
    const [stored] = await this.write([{ ...options, kind, record }], 'archive');
    return stored as T;
  }

  transaction(writes: WriteRequest[]): Promise<StoredRecord[]> {
    return this.write(writes, 'transaction');
  }

  async close(): Promise<void> {
    this.stop.abort();
    this.wakeUp?.();
    globalThis.removeEventListener?.('online', this.onOnline);
    this.unwatchLocal();
    this.listeners.clear();
    this.stateListeners.clear();
    this.channel?.close();
    this.db.close();
    await this.local.close();
  }

  // ---- Sync state ----

  get syncState(): SyncState {
    return { ...this.state };
  }

  onSyncState(listener: (state: SyncState) => void): Unsubscribe {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** True while this tab leads the sync (pushes and pulls for every tab of the origin). */
  get leader(): boolean {
    return this.leading;
  }

  /** The records held as conflicts, with the fields both sides changed. */
  conflicts(): Promise<ConflictRow[]> {
    return this.db.conflicts.toArray();
  }

  /** Writes the server refused (invalid, forbidden): kept here, never dropped. */
  rejectedWrites(): Promise<OutboxEntry[]> {
    return this.db.outbox.where('state').equals('rejected').toArray();
  }

  /** Records the server lost that this token may not see (now): kept here, offered again at each pass. */
  outOfScopeWrites(): Promise<OutboxEntry[]> {
    return this.db.outbox.where('state').equals('out-of-scope').toArray();
  }

  /**
   * Resolves after this tab, as leader, has completed a push and pull that began after the call
   * (at once asks for one). For tests and for a host's "sync now" button.
   */
  syncNow(): Promise<void> {
    const done = new Promise<void>((resolve) => this.passWaiters.push(resolve));
    this.wake('force');
    return done;
  }

  private setState(change: Partial<SyncState>, announce = false): void {
    const next = { ...this.state, ...change };
    if (next.connection !== 'error') delete next.error;
    if (sameValue(next, this.state)) return;
    this.state = next;
    for (const listener of [...this.stateListeners]) listener(this.syncState);
    if (announce && this.leading) this.channel?.postMessage({ type: 'state', state: { connection: next.connection, error: next.error, lastSyncedAt: next.lastSyncedAt } } satisfies Message);
  }

  private async refreshCounts(announce = false): Promise<void> {
    if (this.stop.signal.aborted) return;
    try {
      const [all, rejected, outOfScope, conflicts] = await Promise.all([
        this.db.outbox.count(),
        this.db.outbox.where('state').equals('rejected').count(),
        this.db.outbox.where('state').equals('out-of-scope').count(),
        this.db.conflicts.count(),
      ]);
      this.setState({ pending: all - rejected - outOfScope, rejected, outOfScope, conflicts });
      if (announce) this.channel?.postMessage({ type: 'counts' } satisfies Message);
    } catch {
      // The database closed meanwhile: the counts no longer matter.
    }
  }

  private hear(message: Message): void {
    if (message.type === 'ask') {
      // A tab just opened: the leader tells it where the sync stands.
      if (this.leading) this.channel?.postMessage({ type: 'state', state: { connection: this.state.connection, error: this.state.error, lastSyncedAt: this.state.lastSyncedAt } } satisfies Message);
    } else if (message.type === 'kick') this.wake(message.reason, false);
    else if (message.type === 'counts') void this.refreshCounts();
    else if (!this.leading) this.setState({ ...message.state });
  }

  // ---- Local writes: outbox intent, local write, outbox ready ----

  private async write(writes: WriteRequest[], how: 'put' | 'archive' | 'transaction'): Promise<StoredRecord[]> {
    if (this.stop.signal.aborted) throw new StorageError('unavailable', 'Storage sync is closed');
    const conflicts = await this.db.conflicts.bulkGet(writes.map((write) => [write.kind, write.record.id]));
    // A record held as a conflict takes a write only from someone who has seen the server's version.
    const rebased = writes.map((write, index) => {
      const conflict = conflicts[index];
      if (!conflict) return write;
      if (write.record.version !== conflict.offered.version) throw new ConflictError(write.kind, write.record.id, structuredClone(write.record), structuredClone(conflict.offered));
      return { ...write, record: { ...write.record, version: conflict.localVersion } };
    });
    const now = Date.now();
    const intents: OutboxEntry[] = rebased.map((write) => ({
      key: crypto.randomUUID(),
      kind: write.kind,
      id: write.record.id,
      record: write.record,
      localVersion: write.record.version + 1,
      action: write.action ?? (how === 'archive' ? 'record.archived' : write.record.version === 0 ? 'record.created' : 'record.updated'),
      ...(write.comment !== undefined ? { comment: write.comment } : {}),
      state: 'intent',
      createdAt: now,
    }));
    const orders = (await this.db.outbox.bulkAdd(intents, { allKeys: true })) as number[];
    let stored: StoredRecord[];
    try {
      if (how === 'put') stored = [await this.local.put(rebased[0]!.kind, rebased[0]!.record, rebased[0]!)];
      else if (how === 'archive') stored = [await this.local.archive(rebased[0]!.kind, rebased[0]!.record, rebased[0]!)];
      else stored = await this.local.transaction(rebased);
    } catch (error) {
      await this.db.outbox.bulkDelete(orders);
      throw error;
    }
    await this.db.transaction('rw', this.db.outbox, this.db.shadows, this.db.conflicts, this.db.meta, async () => {
      for (const [index, order] of orders.entries()) await this.db.outbox.update(order, { state: 'ready', record: stored[index]! });
      await this.db.meta.put({ key: 'author', value: stored.at(-1)!.updatedBy });
      // A resolved conflict: this write replaces what waited before it, on top of the server's version.
      for (const [index, conflict] of conflicts.entries()) {
        if (!conflict) continue;
        await this.db.outbox.where('[kind+id]').equals([conflict.kind, conflict.id]).filter((entry) => entry.order !== orders[index]).delete();
        const previous = await this.db.shadows.get([conflict.kind, conflict.id]);
        await this.db.shadows.put({ kind: conflict.kind, id: conflict.id, serverVersion: conflict.serverVersion, base: conflict.theirs, headHash: conflict.headHash, heads: knownHeads(previous, conflict.headHash) });
        await this.db.conflicts.delete([conflict.kind, conflict.id]);
      }
    });
    await this.refreshCounts(true);
    this.wake('edit');
    return stored;
  }

  // ---- Leading: one tab pushes and pulls for all ----

  private elect(): void {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    const lead = () => this.lead().catch(() => undefined);
    if (!locks) {
      void lead();
      return;
    }
    locks.request(`caseplan-elements-sync:${this.options.databaseName ?? 'caseplan-elements'}`, { signal: this.stop.signal }, lead).catch(() => undefined);
  }

  /**
   * Asks the leader for a pass: this tab's if it leads, else the leading tab's through the channel.
   * An edit or a server event does not cut a backoff short (each edit would retry at once while
   * offline); the network coming back and syncNow() do.
   */
  private wake(reason: 'edit' | 'event' | 'force', fromHere = true): void {
    this.wanted = true;
    if (this.leading) {
      if (!this.backingOff || reason === 'force') this.wakeUp?.();
    } else if (fromHere) this.channel?.postMessage({ type: 'kick', reason } satisfies Message);
  }

  /** Waits `ms`, or less when woken (while backing off, only by the network coming back or syncNow()). */
  private sleep(ms: number, backingOff: boolean): Promise<void> {
    this.backingOff = backingOff;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.backingOff = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
      this.stop.signal.addEventListener('abort', done, { once: true });
    });
  }

  private async lead(): Promise<void> {
    this.leading = true;
    const signal = this.stop.signal;
    if (this.options.live !== false) void this.listen(signal);
    let failures = 0;
    while (!signal.aborted) {
      this.wanted = false;
      const waiters = this.passWaiters.splice(0);
      try {
        this.setState({ connection: 'syncing' }, true);
        await this.recoverIntents();
        await this.exchange(signal);
        failures = 0;
        await this.refreshCounts(true);
        this.setState(this.state.rejected > 0 ? { connection: 'error', error: 'sync.rejected', lastSyncedAt: new Date().toISOString() } : { connection: 'online', lastSyncedAt: new Date().toISOString() }, true);
        for (const resolve of waiters) resolve();
        if (!this.wanted) await this.sleep(this.options.pollIntervalMs ?? 60_000, false);
      } catch (error) {
        this.passWaiters.unshift(...waiters);
        if (signal.aborted) break;
        failures += 1;
        const offline = error instanceof SyncHttpError ? error.offline : false;
        const code = error instanceof SyncHttpError || error instanceof StorageError ? error.code : 'sync.failed';
        this.setState(offline ? { connection: 'offline' } : { connection: 'error', error: code }, true);
        // Not woken by new edits while backing off (each edit would retry at once); the network
        // coming back ('online') and syncNow() do wake it.
        await this.sleep(retryDelay(failures, this.random, this.options.backoff), true);
      }
    }
    this.leading = false;
  }

  /** Keeps the event stream open while leading; each event asks for a pass. */
  private async listen(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        // Where this browser stood when the stream opened: the `ready` may arrive late (a buffering proxy),
        // after pulls moved the checkpoint past the sequence the server had then.
        const opened = { since: await this.db.checkpoint(), log: await this.db.logId() };
        await this.client.stream((event) => {
          failures = 0;
          if ('ready' in event) void this.restore.checkLog(event, opened).finally(() => this.wake('event'));
          else this.wake('event');
        }, signal);
      } catch {
        failures += 1;
      }
      if (signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(Math.max(failures, 1), this.random, this.options.backoff)));
    }
  }

  /** Intents a closed tab left: kept when the local store holds their write, dropped otherwise. */
  private async recoverIntents(): Promise<void> {
    const stale = await this.db.outbox
      .where('state')
      .equals('intent')
      .filter((entry) => entry.createdAt < Date.now() - INTENT_GRACE_MS)
      .toArray();
    for (const entry of stale) {
      const history = await this.local.history(entry.kind, entry.id);
      const written = history.find((item) => item.seq === entry.localVersion);
      if (written && written.at === entry.record.updatedAt && written.by === entry.record.updatedBy) {
        await this.db.outbox.update(entry.order!, { state: 'ready', record: { ...entry.record, version: entry.localVersion } });
      } else await this.db.outbox.delete(entry.order!);
    }
  }

  /**
   * Pushes the outbox in order: one write per record per request, so each carries its true base.
   * Resolves to false when the server turned out to have lost versions it had accepted (its log started
   * over): the resync is then marked due and the rest waits for it. Before the first write it sends, it
   * looks at the pull (see exchange): decided from the batch it sends, so an edit stored while the pass
   * started is never pushed without that look.
   */
  private async pushAll(signal: AbortSignal): Promise<boolean> {
    const batchSize = Math.min(this.options.pushBatchSize ?? 100, MAX_PUSH_WRITES);
    // Records out of this token's scope are offered once per call: the case may be back in its caseload.
    const offered = new Set<number>();
    let looked = false;
    for (;;) {
      const batch = await nextPushBatch(this.db, batchSize, offered);
      if (batch.length === 0) return true;
      if (!looked) {
        looked = true;
        if (!(await this.pull.pullAll(signal, true))) return false;
      }
      const shadows = await this.db.shadows.bulkGet(batch.map((entry) => [entry.kind, entry.id]));
      const results = await this.client.push(batch.map((entry, index) => pushWriteOf(entry, shadows[index])), signal);
      await settlePushResults(this.db, batch, shadows, results);
      // The server holds an older version than it once accepted, or has lost the record: its log started over.
      const lost = results.some((result, index) => result.status === 'conflict' && shadows[index] !== undefined && (result.current === null || result.current.version < shadows[index].serverVersion));
      if (lost) {
        await this.restore.markResync('push-found-older');
        return false;
      }
      for (const [index, result] of results.entries()) {
        if (result.status !== 'conflict') continue;
        const entry = batch[index]!;
        await this.pull.reconcile(entry.kind, entry.id, result.current ? { seq: 0, kind: entry.kind, record: result.current, headHash: '' } : null);
      }
      await this.refreshCounts(true);
    }
  }

  // ---- The server's log started over (its database emptied or restored from a backup) ----

  /**
   * One pass with the server: push, then pull; when either finds that the server's log is not the one this
   * browser's checkpoint belongs to, the resync runs first and the pass starts again. With writes to send, a
   * look at the pull comes first, taken by pushAll once it has its batch (nothing applied: a push whose
   * answer was lost must first be replayed): a
   * server restored while stopped may hold, at the version a write is based on, another version (a
   * colleague's, written after the restore), which only a pull reveals (its head hash); the push would be
   * accepted on top of it. A resync marked due (durably) before a reload runs at the next pass. A
   * few rounds at most: a server that keeps starting over is tried again at the next pass.
   */
  private async exchange(signal: AbortSignal): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      if (await this.db.resyncDue()) await this.restore.run(signal);
      if ((await this.pushAll(signal)) && (await this.pull.pullAll(signal))) return;
    }
    this.wanted = true;
  }

}
