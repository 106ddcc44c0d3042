import type { HistoryEntry } from '../../model/history.js';
import type { StoredRecord } from '../../model/record.js';
import { recordContent, sameValue, threeWayMerge } from '../../model/shared/three-way-merge.js';
import type { ChangeListener, ListQuery, ListResult, RecordKind, StorageAdapter, StorageChange, Unsubscribe, WriteOptions, WriteRequest } from '../adapter.js';
import { rememberDatabase } from '../database-registry.js';
import { DexieStorageAdapter } from '../dexie-adapter.js';
import { ConflictError, StorageError } from '../errors.js';
import { ListenerSet } from '../listeners.js';
import { retryDelay } from './backoff.js';
import { SyncHttpClient, SyncHttpError } from './http-client.js';
import { checkpointChange, MAX_PUSH_WRITES, type PulledChange, type PullResponse } from './protocol.js';
import { nextPushBatch, pushWriteOf, settlePushResults } from './outbox-push.js';
import type { SyncState, SyncStatusSource } from './state.js';
import { knownHeads, SyncDatabase, type ConflictRow, type OutboxEntry, type ShadowRow } from './sync-db.js';
import { diverged, recordKey, ServerRestore } from './server-restore.js';
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
  /** Records the sync is writing locally right now. */
  private readonly fromServer = new Set<string>();
  private readonly onOnline = () => this.wake('force');
  private backingOff = false;
  /** A server whose log started over: noticed, marked, and resynced. */
  private readonly restore: ServerRestore;

  constructor(options: SyncStorageOptions) {
    this.options = options;
    const databaseName = options.databaseName ?? 'caseplan-elements';
    this.local = options.local ?? new DexieStorageAdapter({ databaseName });
    this.db = new SyncDatabase(`${databaseName}-sync`);
    rememberDatabase(`${databaseName}-sync`);
    this.client = new SyncHttpClient({ url: options.url, token: options.token, ...(options.fetch ? { fetch: options.fetch } : {}) });
    this.random = options.random ?? Math.random;
    this.restore = new ServerRestore({
      db: this.db,
      client: this.client,
      local: this.local,
      pageSize: options.pageSize ?? 500,
      user: options.user,
      applyPulled: (changes) => this.applyPulled(changes),
      reconcile: (kind, id, theirs) => this.reconcile(kind, id, theirs),
      refreshCounts: (announce) => this.refreshCounts(announce),
    });
    // What the sync writes locally (pulled, merged) came from elsewhere: watchers hear it as 'remote'.
    this.unwatchLocal = this.local.watch((change) => this.listeners.notify(this.fromServer.has(recordKey(change.kind, change.id)) ? { ...change, origin: 'remote' } : change));
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

  /** Writes what came from the server into the local store, announced to watchers as 'remote'. */
  private async writeFromServer<R>(keys: readonly string[], work: () => Promise<R>): Promise<R> {
    for (const key of keys) this.fromServer.add(key);
    try {
      return await work();
    } finally {
      for (const key of keys) this.fromServer.delete(key);
    }
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
        if (!(await this.pullAll(signal, true))) return false;
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
        await this.reconcile(entry.kind, entry.id, result.current ? { seq: 0, kind: entry.kind, record: result.current, headHash: '' } : null);
      }
      await this.refreshCounts(true);
    }
  }

  /**
   * Pulls every page since the checkpoint; the checkpoint moves only after its page is applied. Resolves
   * to false, with the resync marked due, when the server's log is not the one the checkpoint belongs to.
   * `peek`: only looks for that (and for diverged versions), applying nothing and leaving the checkpoint.
   */
  private async pullAll(signal: AbortSignal, peek = false): Promise<boolean> {
    const pageSize = this.options.pageSize ?? 500;
    let [since, log, at] = await Promise.all([this.db.checkpoint(), this.db.logId(), this.db.checkpointChange()]);
    for (;;) {
      let page: PullResponse;
      try {
        page = await this.client.pull(since, pageSize, signal, at);
      } catch (error) {
        // The server's log does not hold the change the checkpoint was taken at: restored or emptied.
        if (!(error instanceof SyncHttpError && error.code === 'sync.checkpoint-not-in-log')) throw error;
        await this.restore.markResync('checkpoint-not-in-log');
        return false;
      }
      if (page.log !== undefined && log !== undefined && page.log !== log) {
        await this.restore.markResync('log-changed');
        return false;
      }
      const last = page.changes.at(-1);
      if (peek) {
        if (await this.diverges(page.changes)) return false;
      } else {
        if (!(await this.applyPulled(page.changes))) return false;
        await this.db.meta.bulkPut([
          { key: 'checkpoint', value: page.checkpoint },
          ...(last ? [{ key: 'checkpointChange', value: checkpointChange(last) } as const] : []),
          ...(page.log !== undefined ? [{ key: 'log', value: page.log } as const] : []),
        ]);
      }
      since = page.checkpoint;
      if (last) at = checkpointChange(last);
      log = page.log ?? log;
      if (!page.hasMore || page.changes.length === 0) return true;
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
      if ((await this.pushAll(signal)) && (await this.pullAll(signal))) return;
    }
    this.wanted = true;
  }

  /**
   * Applies one page. Records this browser has never had and holds nothing of go into the local store
   * in one transaction (the first sync of a case); every other record is reconciled on its own.
   * Resolves to false, applying nothing, with the resync marked due, when a change is at or below the
   * version this browser last had from the server under another head: a server holds one version of a
   * record once, so the server lost what it had accepted (a restore made while it was stopped).
   */
  private async applyPulled(changes: readonly PulledChange[]): Promise<boolean> {
    const keys = changes.map((change) => [change.kind, change.record.id] as [string, string]);
    const [shadows, conflicts] = await Promise.all([this.db.shadows.bulkGet(keys), this.db.conflicts.bulkGet(keys)]);
    if (await this.diverges(changes, shadows)) return false;
    // The head of a version this browser learnt of from a push's conflict reply (which names none).
    const learnt = changes.flatMap((change, index) => {
      const shadow = shadows[index];
      return shadow?.headHash === '' && change.headHash !== '' && change.record.version === shadow.serverVersion ? [{ ...shadow, headHash: change.headHash, heads: knownHeads(shadow, change.headHash) }] : [];
    });
    if (learnt.length > 0) await this.db.shadows.bulkPut(learnt);
    const fresh: PulledChange[] = [];
    const others: PulledChange[] = [];
    for (const [index, change] of changes.entries()) {
      const shadow = shadows[index];
      if (shadow && change.record.version <= shadow.serverVersion && !conflicts[index]) continue;
      if (!shadow && !conflicts[index]) fresh.push(change);
      else others.push(change);
    }
    if (fresh.length > 0) {
      const pending = new Set((await this.db.outbox.where('[kind+id]').anyOf(fresh.map((change) => [change.kind, change.record.id])).toArray()).map((entry) => recordKey(entry.kind, entry.id)));
      const writable = fresh.filter((change) => !pending.has(recordKey(change.kind, change.record.id)));
      others.push(...fresh.filter((change) => pending.has(recordKey(change.kind, change.record.id))));
      try {
        await this.writeFromServer(
          writable.map((change) => recordKey(change.kind, change.record.id)),
          () => this.local.transaction(writable.map((change) => ({ kind: change.kind, record: { ...change.record, version: 0 }, action: 'sync.pulled' }))),
        );
        await this.db.shadows.bulkPut(writable.map((change) => ({ kind: change.kind, id: change.record.id, serverVersion: change.record.version, base: change.record, headHash: change.headHash, heads: knownHeads(undefined, change.headHash) })));
      } catch (error) {
        // One of them exists here after all (written before sync was set up): each on its own.
        if (!(error instanceof ConflictError)) throw error;
        others.push(...writable);
      }
    }
    for (const change of others) await this.reconcile(change.kind, change.record.id, change);
    return true;
  }

  /**
   * Whether a change is at or below the version this browser had from the server, under another head: the
   * server lost what it had accepted. Marks the resync due when so.
   */
  private async diverges(changes: readonly PulledChange[], known?: (ShadowRow | undefined)[]): Promise<boolean> {
    const shadows = known ?? (await this.db.shadows.bulkGet(changes.map((change) => [change.kind, change.record.id])));
    if (!changes.some((change, index) => diverged(change, shadows[index]))) return false;
    await this.restore.markResync('version-diverged');
    return true;
  }

  /**
   * Brings the server's version of one record (`theirs`; null: the server does not have it) together
   * with this browser's. With nothing of mine waiting, theirs is taken; otherwise the three-way merge
   * against the last server version seen: merged without conflict, the merge is written locally and
   * replaces what waited in the outbox; with conflicts, the record is held until a person chooses.
   * Retried when a local write lands in the middle (the version check refuses the stale write).
   */
  private async reconcile(kind: string, id: string, theirsChange: PulledChange | null, attempt = 0): Promise<void> {
    try {
      await this.reconcileOnce(kind, id, theirsChange);
    } catch (error) {
      if (error instanceof ConflictError && attempt < 3) return this.reconcile(kind, id, theirsChange, attempt + 1);
      throw error;
    }
  }

  private async reconcileOnce(kind: string, id: string, theirsChange: PulledChange | null): Promise<void> {
    const shadow = await this.db.shadows.get([kind, id]);
    if (!theirsChange) {
      // The server lost or never had it: forget the base, so the outbox pushes it as new.
      if (shadow) await this.db.shadows.delete([kind, id]);
      return;
    }
    const theirs = theirsChange.record as StoredRecord;
    // A push's conflict reply names no head: unknown (''), never the head of the version this browser had before.
    const headHash = theirsChange.headHash;
    const shadowRow: ShadowRow = { kind, id, serverVersion: theirs.version, base: theirs, headHash, heads: knownHeads(shadow, headHash) };
    const local = await this.local.get(kind, id);
    const pending = await this.db.outbox.where('[kind+id]').equals([kind, id]).filter((entry) => entry.state !== 'rejected').toArray();
    if (pending.some((entry) => entry.state === 'intent')) return; // a local write in progress: next pass
    const mineUnchanged = !local || (pending.length === 0 && shadow !== undefined && sameValue(recordContent(local), recordContent(shadow.base)));
    if (mineUnchanged) {
      await this.writeFromServer([recordKey(kind, id)], () => this.local.put(kind, { ...theirs, version: local?.version ?? 0 }, { action: 'sync.pulled' }));
      await this.db.transaction('rw', this.db.shadows, this.db.conflicts, async () => {
        await this.db.shadows.put(shadowRow);
        await this.db.conflicts.delete([kind, id]);
      });
      return;
    }
    const base = shadow?.base;
    const { merged, conflicts } = threeWayMerge<StoredRecord | undefined>(base, local, theirs);
    if (conflicts.length > 0) {
      const offered = threeWayMerge<StoredRecord | undefined>(base, local, theirs, { resolve: () => 'theirs' }).merged!;
      await this.db.conflicts.put({ kind, id, theirs, serverVersion: theirs.version, headHash, localVersion: local.version, offered: { ...offered, version: local.version + 1 }, fields: conflicts });
      await this.refreshCounts(true);
      // Open elements hear of it: one with unsaved edits saves and is shown the conflict.
      this.listeners.notify({ kind, id, version: local.version + 1, archived: theirs.archived === true, origin: 'remote' } satisfies StorageChange);
      return;
    }
    const mergedRecord = { ...(merged as StoredRecord), version: local.version };
    const sameAsTheirs = sameValue(recordContent(mergedRecord), recordContent(theirs));
    const stored = await this.writeFromServer([recordKey(kind, id)], () => this.local.put(kind, mergedRecord, { action: 'sync.merged' }));
    await this.db.transaction('rw', this.db.outbox, this.db.shadows, this.db.conflicts, async () => {
      await this.db.outbox.bulkDelete(pending.map((entry) => entry.order!));
      if (!sameAsTheirs) {
        await this.db.outbox.add({ key: crypto.randomUUID(), kind, id, record: stored, localVersion: stored.version, action: 'sync.merged', state: 'ready', createdAt: Date.now() });
      }
      await this.db.shadows.put(shadowRow);
      await this.db.conflicts.delete([kind, id]);
    });
  }
}
