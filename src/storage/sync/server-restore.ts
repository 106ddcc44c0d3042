import type { StoredRecord } from '../../model/record.js';
import { recordContent, sameValue } from '../../model/shared/three-way-merge.js';
import { unknownBase } from '../../model/shared/unknown-base.js';
import type { StorageAdapter } from '../adapter.js';
import { StorageError } from '../errors.js';
import type { SyncHttpClient } from './http-client.js';
import { checkpointChange, type PulledChange } from './protocol.js';
import { authorshipRows, knownHeads, type ShadowRow, type SyncDatabase } from './sync-db.js';

export const recordKey = (kind: string, id: string) => `${kind}/${id}`;

/** A version the server sends at or below the one this browser had from it, under another head: the server lost it. */
export function diverged(change: PulledChange, shadow: ShadowRow | undefined): boolean {
  return shadow !== undefined && change.headHash !== '' && shadow.headHash !== '' && change.record.version <= shadow.serverVersion && change.headHash !== shadow.headHash;
}

/** What the restore needs of its sync adapter: its stores, its client, and the usual rules for a pulled change. */
export interface RestoreHost {
  readonly db: SyncDatabase;
  readonly client: SyncHttpClient;
  readonly local: StorageAdapter;
  readonly pageSize: number;
  /** The host's signed-in user, when it says. */
  user?: (() => string | undefined) | undefined;
  applyPulled(changes: readonly PulledChange[]): Promise<boolean>;
  reconcile(kind: string, id: string, theirs: PulledChange | null): Promise<void>;
  refreshCounts(announce: boolean): Promise<void>;
}

/**
 * A sync server whose log started over (its database emptied, or restored from a backup): noticing it,
 * marking a resync due (durably), and running it. The sync adapter's pass calls it; everything else a
 * pass does is the adapter's.
 */
export class ServerRestore {
  constructor(private readonly host: RestoreHost) {}

  /**
   * Where the stream's `ready` says the server stands, against where this browser stood when the stream
   * opened (`opened`): a log id other than the checkpoint's (then and now: a resync meanwhile took the new
   * one), or a sequence below the checkpoint (a server without log ids, or one restored while it was
   * stopped), means the log started over.
   */
  async checkLog(ready: { seq?: number; log?: string }, opened: { since: number; log: string | undefined }): Promise<void> {
    try {
      const log = await this.host.db.logId();
      const otherLog = ready.log !== undefined && opened.log !== undefined && log !== undefined && ready.log !== opened.log && ready.log !== log;
      const wentBack = ready.seq !== undefined && ready.seq < opened.since;
      if (otherLog || wentBack) await this.markResync(otherLog ? 'log-changed' : 'sequence-went-back');
    } catch {
      // The database closed meanwhile: nothing to mark.
    }
  }

  async markResync(reason: string): Promise<void> {
    if (await this.host.db.resyncDue()) return;
    await this.host.db.meta.put({ key: 'resync', value: { reason, at: Date.now() } });
  }

  /**
   * Brings this browser and a server whose log started over together again. Pulls the server's records from
   * the start; each goes through the usual rules (applyPulled), except those this browser knew at another
   * head: the server holds an older version of this record's chain (its hash is among the heads this browser
   * saw), and this browser's record is pushed again on top of it; or a version whose history does not hold
   * this browser's (written after a restore by someone else), which is held as a conflict on every field the
   * two disagree on. Records the server no longer has at all are pushed again as new, archived ones archived.
   * Then the checkpoint and the log id are the server's, and the mark is removed, in one transaction.
   * Idempotent: after a reload midway it runs again from the start and finds done what was done.
   */
  async run(signal: AbortSignal): Promise<void> {
    const pageSize = this.host.pageSize;
    let since = 0;
    let log: string | undefined;
    let last: PulledChange | undefined;
    let seen = new Set<string>();
    for (let first = true; ; first = false) {
      const page = await this.host.client.pull(since, pageSize, signal);
      if (!first && page.log !== log) {
        // The log started over again while it was being read: from the start once more.
        since = 0;
        seen = new Set();
        last = undefined;
        log = page.log;
        continue;
      }
      log = page.log;
      for (const change of page.changes) seen.add(recordKey(change.kind, change.record.id));
      await this.applyRestored(page.changes, signal);
      since = page.checkpoint;
      last = page.changes.at(-1) ?? last;
      if (!page.hasMore || page.changes.length === 0) break;
    }
    const known = (await this.host.db.shadows.toCollection().primaryKeys()) as [string, string][];
    for (const [kind, id] of known) {
      if (seen.has(recordKey(kind, id))) continue;
      // The server does not have it any more: pushed again as new (with no base). The outbox entry first: a
      // reload between the two finds the record unseen again, with its entry already waiting.
      await this.pushAgain(kind, id);
      await this.host.db.shadows.delete([kind, id]);
    }
    await this.host.db.transaction('rw', this.host.db.meta, async () => {
      await this.host.db.meta.put({ key: 'checkpoint', value: since });
      if (last) await this.host.db.meta.put({ key: 'checkpointChange', value: checkpointChange(last) });
      else await this.host.db.meta.delete('checkpointChange');
      if (log !== undefined) await this.host.db.meta.put({ key: 'log', value: log });
      else await this.host.db.meta.delete('log');
      await this.host.db.meta.delete('resync');
    });
    await this.host.refreshCounts(true);
  }

  /** One page of a resync: see resync(). */
  private async applyRestored(changes: readonly PulledChange[], signal: AbortSignal): Promise<void> {
    const [shadows] = await Promise.all([this.host.db.shadows.bulkGet(changes.map((change) => [change.kind, change.record.id])), this.host.db.keepAuthorship(authorshipRows(changes))]);
    const usual: PulledChange[] = [];
    for (const [index, change] of changes.entries()) {
      const shadow = shadows[index];
      const { kind } = change;
      const { id } = change.record;
      if (!shadow || change.headHash === shadow.headHash) {
        usual.push(change);
      } else if (shadow.heads?.includes(change.headHash)) {
        // An older state of this record, which this browser saw: what it has since goes on top of it. The outbox
        // entry first: after a reload between the two, the shadow still says what the server lost.
        await this.pushAgain(kind, id, change.record as StoredRecord);
        await this.host.db.shadows.put({ kind, id, serverVersion: change.record.version, base: change.record as StoredRecord, headHash: change.headHash, heads: knownHeads(shadow, change.headHash) });
      } else if (change.record.version > shadow.serverVersion && (await this.host.client.history(kind, id, signal))?.entries[shadow.serverVersion - 1]?.hash === shadow.headHash) {
        // Written on the server after the version this browser knew, and on top of it: the usual merge.
        usual.push(change);
      } else {
        // A local write of it mid-way would be left on a shadow at this browser's old version, and pushed on top
        // of the server's: the resync stops here, still due, and runs again at the next pass (after a backoff).
        if ((await this.host.db.outbox.where('[kind+id]').equals([kind, id]).filter((entry) => entry.state === 'intent').count()) > 0) {
          throw new StorageError('unavailable', `A local write of ${kind} ${id} is in progress: the resync runs again`);
        }
        // A version whose history does not hold this browser's: nothing says which side is newer. The shadow keeps
        // its head, so a resync run again after a reload finds the record diverged again.
        const local = await this.host.local.get(kind, id);
        if (local) await this.host.db.shadows.put({ ...shadow, base: unknownBase(local, change.record as StoredRecord) as StoredRecord });
        await this.host.reconcile(kind, id, change);
      }
    }
    await this.host.applyPulled(usual);
  }

  /**
   * Makes sure the outbox sends this browser's record again, unless a write of it already waits there (one
   * the server refused does not count: it will not be sent) or the server's version (`server`) says the same.
   * The words may be a colleague's: the write is made in the name of the person signed in here (who restores
   * them), the record's own fields unchanged, so a token that writes only as its user is not refused.
   */
  private async pushAgain(kind: string, id: string, server?: StoredRecord): Promise<void> {
    const local = await this.host.local.get(kind, id);
    if (!local || (server && sameValue(recordContent(local), recordContent(server)))) return;
    const by = (await this.signedInUser()) ?? local.updatedBy;
    const createdAt = Date.now();
    const record = { ...local, updatedBy: by, updatedAt: new Date(createdAt).toISOString() };
    // Pushed back as new (the server lost it): the server's receipt of who created it goes with it, so a
    // colleague's record is taken with its author (a token writing only as its user could not set it).
    const authorship = server ? undefined : await this.host.db.authorshipOf(kind, id, (local as { authorId?: unknown }).authorId);
    await this.host.db.transaction('rw', this.host.db.outbox, async () => {
      const waiting = await this.host.db.outbox.where('[kind+id]').equals([kind, id]).filter((entry) => entry.state !== 'rejected').sortBy('order');
      const first = waiting[0];
      // A write of it already waits: it is the one the server takes as new, so the receipt goes with it.
      if (first) {
        if (authorship !== undefined && first.authorship === undefined) await this.host.db.outbox.update(first.order!, { authorship });
        return;
      }
      await this.host.db.outbox.add({ key: crypto.randomUUID(), kind, id, record, localVersion: local.version, action: 'sync.restored', state: 'ready', createdAt, ...(authorship !== undefined ? { authorship } : {}) });
    });
  }

  /** Who works in this browser: the host's `user`, else the author of the last write made here. */
  private async signedInUser(): Promise<string | undefined> {
    return this.host.user?.() ?? (await this.host.db.lastAuthor());
  }
}
