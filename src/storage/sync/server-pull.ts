import type { StoredRecord } from '../../model/record.js';
import { recordContent, sameValue, threeWayMerge } from '../../model/shared/three-way-merge.js';
import { editBeatsArchive, unarchived } from '../../model/shared/edit-beats-archive.js';
import type { StorageAdapter, StorageChange } from '../adapter.js';
import { ConflictError } from '../errors.js';
import { SyncHttpError, type SyncHttpClient } from './http-client.js';
import { checkpointChange, type PulledChange, type PullResponse } from './protocol.js';
import { authorshipRows, knownHeads, type ShadowRow, type SyncDatabase } from './sync-db.js';
import { diverged, recordKey } from './server-restore.js';

/** What the pull needs of its sync adapter: its stores, its client, and how to tell watchers and counts. */
export interface PullHost {
  readonly db: SyncDatabase;
  readonly client: SyncHttpClient;
  readonly local: StorageAdapter;
  readonly pageSize: number;
  /** Tells the adapter's watchers of a change (a conflict held). */
  notify(change: StorageChange): void;
  refreshCounts(announce: boolean): Promise<void>;
  /** The server's log started over: the resync is marked due (durably). */
  markResync(reason: string): Promise<void>;
}

/**
 * The server's changes coming in: pulled page by page since the checkpoint, applied, and each record
 * reconciled with this browser's through the field-level three-way merge (a conflict is held until a
 * person chooses, never last-write-wins). The sync adapter's pass calls it.
 */
export class ServerPull {
  /** Records the sync is writing locally right now. */
  private readonly fromServer = new Set<string>();

  constructor(private readonly host: PullHost) {}

  /** Whether the local store's change being heard is one this pull is writing (announced as 'remote'). */
  writing(kind: string, id: string): boolean {
    return this.fromServer.has(recordKey(kind, id));
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

  /**
   * Pulls every page since the checkpoint; the checkpoint moves only after its page is applied. Resolves
   * to false, with the resync marked due, when the server's log is not the one the checkpoint belongs to.
   * `peek`: only looks for that (and for diverged versions), applying nothing and leaving the checkpoint.
   */
  async pullAll(signal: AbortSignal, peek = false): Promise<boolean> {
    const pageSize = this.host.pageSize;
    let [since, log, at] = await Promise.all([this.host.db.checkpoint(), this.host.db.logId(), this.host.db.checkpointChange()]);
    for (;;) {
      let page: PullResponse;
      try {
        page = await this.host.client.pull(since, pageSize, signal, at);
      } catch (error) {
        // The server's log does not hold the change the checkpoint was taken at: restored or emptied.
        if (!(error instanceof SyncHttpError && error.code === 'sync.checkpoint-not-in-log')) throw error;
        await this.host.markResync('checkpoint-not-in-log');
        return false;
      }
      if (page.log !== undefined && log !== undefined && page.log !== log) {
        await this.host.markResync('log-changed');
        return false;
      }
      const last = page.changes.at(-1);
      if (peek) {
        if (await this.diverges(page.changes)) return false;
      } else {
        if (!(await this.applyPulled(page.changes))) return false;
        await this.host.db.meta.bulkPut([
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

  /**
   * Applies one page. Records this browser has never had and holds nothing of go into the local store
   * in one transaction (the first sync of a case); every other record is reconciled on its own.
   * Resolves to false, applying nothing, with the resync marked due, when a change is at or below the
   * version this browser last had from the server under another head: a server holds one version of a
   * record once, so the server lost what it had accepted (a restore made while it was stopped).
   */
  async applyPulled(changes: readonly PulledChange[]): Promise<boolean> {
    const keys = changes.map((change) => [change.kind, change.record.id] as [string, string]);
    const [shadows, conflicts] = await Promise.all([this.host.db.shadows.bulkGet(keys), this.host.db.conflicts.bulkGet(keys), this.host.db.keepAuthorship(authorshipRows(changes))]);
    if (await this.diverges(changes, shadows)) return false;
    // The head of a version this browser learnt of from a push's conflict reply (which names none).
    const learnt = changes.flatMap((change, index) => {
      const shadow = shadows[index];
      return shadow?.headHash === '' && change.headHash !== '' && change.record.version === shadow.serverVersion ? [{ ...shadow, headHash: change.headHash, heads: knownHeads(shadow, change.headHash) }] : [];
    });
    if (learnt.length > 0) await this.host.db.shadows.bulkPut(learnt);
    const fresh: PulledChange[] = [];
    const others: PulledChange[] = [];
    for (const [index, change] of changes.entries()) {
      const shadow = shadows[index];
      if (shadow && change.record.version <= shadow.serverVersion && !conflicts[index]) continue;
      if (!shadow && !conflicts[index]) fresh.push(change);
      else others.push(change);
    }
    if (fresh.length > 0) {
      const pending = new Set((await this.host.db.outbox.where('[kind+id]').anyOf(fresh.map((change) => [change.kind, change.record.id])).toArray()).map((entry) => recordKey(entry.kind, entry.id)));
      const writable = fresh.filter((change) => !pending.has(recordKey(change.kind, change.record.id)));
      others.push(...fresh.filter((change) => pending.has(recordKey(change.kind, change.record.id))));
      try {
        await this.writeFromServer(
          writable.map((change) => recordKey(change.kind, change.record.id)),
          () => this.host.local.transaction(writable.map((change) => ({ kind: change.kind, record: { ...change.record, version: 0 }, action: 'sync.pulled' }))),
        );
        await this.host.db.shadows.bulkPut(writable.map((change) => ({ kind: change.kind, id: change.record.id, serverVersion: change.record.version, base: change.record, headHash: change.headHash, heads: knownHeads(undefined, change.headHash) })));
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
    const shadows = known ?? (await this.host.db.shadows.bulkGet(changes.map((change) => [change.kind, change.record.id])));
    if (!changes.some((change, index) => diverged(change, shadows[index]))) return false;
    await this.host.markResync('version-diverged');
    return true;
  }

  /**
   * Brings the server's version of one record (`theirs`; null: the server does not have it) together
   * with this browser's. With nothing of mine waiting, theirs is taken; otherwise the three-way merge
   * against the last server version seen: merged without conflict, the merge is written locally and
   * replaces what waited in the outbox; with conflicts, the record is held until a person chooses.
   * Retried when a local write lands in the middle (the version check refuses the stale write).
   */
  async reconcile(kind: string, id: string, theirsChange: PulledChange | null, attempt = 0): Promise<void> {
    try {
      await this.reconcileOnce(kind, id, theirsChange);
    } catch (error) {
      if (error instanceof ConflictError && attempt < 3) return this.reconcile(kind, id, theirsChange, attempt + 1);
      throw error;
    }
  }

  private async reconcileOnce(kind: string, id: string, theirsChange: PulledChange | null): Promise<void> {
    const shadow = await this.host.db.shadows.get([kind, id]);
    if (!theirsChange) {
      // The server lost or never had it: forget the base, so the outbox pushes it as new.
      if (shadow) await this.host.db.shadows.delete([kind, id]);
      return;
    }
    const theirs = theirsChange.record as StoredRecord;
    // A push's conflict reply names no head: unknown (''), never the head of the version this browser had before.
    const headHash = theirsChange.headHash;
    const shadowRow: ShadowRow = { kind, id, serverVersion: theirs.version, base: theirs, headHash, heads: knownHeads(shadow, headHash) };
    const local = await this.host.local.get(kind, id);
    const pending = await this.host.db.outbox.where('[kind+id]').equals([kind, id]).filter((entry) => entry.state !== 'rejected').toArray();
    if (pending.some((entry) => entry.state === 'intent')) return; // a local write in progress: next pass
    const mineUnchanged = !local || (pending.length === 0 && shadow !== undefined && sameValue(recordContent(local), recordContent(shadow.base)));
    if (mineUnchanged) {
      await this.writeFromServer([recordKey(kind, id)], () => this.host.local.put(kind, { ...theirs, version: local?.version ?? 0 }, { action: 'sync.pulled' }));
      await this.host.db.transaction('rw', this.host.db.shadows, this.host.db.conflicts, async () => {
        await this.host.db.shadows.put(shadowRow);
        await this.host.db.conflicts.delete([kind, id]);
      });
      return;
    }
    const base = shadow?.base;
    // Archived on one side, changed on the other: the merge keeps it in sight, with every word (the model's rule).
    const inSight = editBeatsArchive(base, local, theirs) ? unarchived : (record: StoredRecord) => record;
    const { merged, conflicts } = threeWayMerge<StoredRecord | undefined>(base, local, theirs);
    if (conflicts.length > 0) {
      const offered = inSight(threeWayMerge<StoredRecord | undefined>(base, local, theirs, { resolve: () => 'theirs' }).merged!);
      await this.host.db.conflicts.put({ kind, id, theirs, serverVersion: theirs.version, headHash, localVersion: local.version, offered: { ...offered, version: local.version + 1 }, fields: conflicts });
      await this.host.refreshCounts(true);
      // Open elements hear of it: one with unsaved edits saves and is shown the conflict.
      this.host.notify({ kind, id, version: local.version + 1, archived: theirs.archived === true && offered.archived === true, origin: 'remote' } satisfies StorageChange);
      return;
    }
    const mergedRecord = { ...inSight(merged as StoredRecord), version: local.version };
    const sameAsTheirs = sameValue(recordContent(mergedRecord), recordContent(theirs));
    const stored = await this.writeFromServer([recordKey(kind, id)], () => this.host.local.put(kind, mergedRecord, { action: 'sync.merged' }));
    await this.host.db.transaction('rw', this.host.db.outbox, this.host.db.shadows, this.host.db.conflicts, async () => {
      await this.host.db.outbox.bulkDelete(pending.map((entry) => entry.order!));
      if (!sameAsTheirs) {
        await this.host.db.outbox.add({ key: crypto.randomUUID(), kind, id, record: stored, localVersion: stored.version, action: 'sync.merged', state: 'ready', createdAt: Date.now() });
      }
      await this.host.db.shadows.put(shadowRow);
      await this.host.db.conflicts.delete([kind, id]);
    });
  }
}
