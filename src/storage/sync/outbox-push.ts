import type { PushResult, PushWrite } from './protocol.js';
import { recordKey } from './server-restore.js';
import { authorshipRows, knownHeads, type OutboxEntry, type ShadowRow, type SyncDatabase } from './sync-db.js';

/**
 * The next writes to push, in outbox order: one per record (each carries its true base), none of a record
 * held in a conflict, none after a write still being made locally (the order is kept). An entry waiting
 * `out-of-scope` is offered once per pass (`offered`): its case may be back in the token's caseload.
 */
export async function nextPushBatch(db: SyncDatabase, batchSize: number, offered: Set<number>): Promise<OutboxEntry[]> {
  const held = new Set((await db.conflicts.toArray()).map((row) => recordKey(row.kind, row.id)));
  const batch: OutboxEntry[] = [];
  const inBatch = new Set<string>();
  let blocked = false;
  await db.outbox.orderBy('order').until(() => batch.length >= batchSize || blocked).each((entry) => {
    const offerAgain = entry.state === 'out-of-scope' && !offered.has(entry.order!);
    if (entry.state !== 'ready' && !offerAgain) {
      // A write still being made locally: later writes wait for it, to keep the order.
      if (entry.state === 'intent') blocked = true;
      return;
    }
    const key = recordKey(entry.kind, entry.id);
    if (held.has(key)) return;
    if (inBatch.has(key)) blocked = true;
    else {
      inBatch.add(key);
      batch.push(entry);
      if (offerAgain) offered.add(entry.order!);
    }
  });
  return batch;
}

/** An outbox entry as the server takes it, based on the version this browser last had from the server. */
export function pushWriteOf(entry: OutboxEntry, shadow: ShadowRow | undefined): PushWrite {
  return {
    idempotencyKey: entry.key,
    kind: entry.kind,
    baseVersion: shadow?.serverVersion ?? 0,
    record: entry.record as PushWrite['record'],
    history: { at: entry.record.updatedAt, by: entry.record.updatedBy, action: entry.action, ...(entry.comment !== undefined ? { comment: entry.comment } : {}) },
    ...(entry.authorship !== undefined ? { authorship: entry.authorship } : {}),
  };
}

/**
 * What the server answered, written down in one transaction: an accepted write leaves the outbox and moves
 * the record's shadow; a refused one stays, marked. Conflicts are left to the caller (they are reconciled).
 */
export async function settlePushResults(db: SyncDatabase, batch: readonly OutboxEntry[], shadows: readonly (ShadowRow | undefined)[], results: readonly PushResult[]): Promise<void> {
  await db.transaction('rw', db.outbox, db.shadows, db.authorship, async () => {
    await db.keepAuthorship(authorshipRows(results.flatMap((result, index) => (result.status === 'accepted' ? [{ kind: result.kind, record: batch[index]!.record, authorship: result.authorship }] : []))));
    for (const [index, result] of results.entries()) {
      const entry = batch[index]!;
      if (result.status === 'accepted') {
        await db.shadows.put({ kind: entry.kind, id: entry.id, serverVersion: result.version, base: { ...entry.record, version: result.version }, headHash: result.headHash, heads: knownHeads(shadows[index], result.headHash) });
        await db.outbox.delete(entry.order!);
      } else if (result.status === 'rejected' && result.code === 'forbidden' && result.violations.length === 0 && (entry.action === 'sync.restored' || (await waitsOutOfScope(db, entry)))) {
        // A record the resync offered back, in a case this token may no longer see: not this browser's to
        // restore now. The record stays here untouched; its entry waits, counted apart (not a refused write).
        // A later edit of that record waits with it, to follow it in order when the case is back.
        if (entry.state !== 'out-of-scope') await db.outbox.update(entry.order!, { state: 'out-of-scope' });
      } else if (result.status === 'rejected') {
        await db.outbox.update(entry.order!, { state: 'rejected', rejection: { code: result.code, violations: result.violations } });
      }
    }
  });
}

/** Whether an earlier write of this entry's record waits for its case to come back in scope. */
async function waitsOutOfScope(db: SyncDatabase, entry: OutboxEntry): Promise<boolean> {
  const earlier = await db.outbox.where('[kind+id]').equals([entry.kind, entry.id]).filter((other) => other.state === 'out-of-scope' && other.order! < entry.order!).count();
  return earlier > 0;
}
