import { canonicalJson, hashHistoryEntry } from '../src/model/history-chain.js';
import { diffRecords } from '../src/model/history-diff.js';
import type { HistoryEntry } from '../src/model/history.js';
import { recordSchemas } from '../src/model/records.js';
import type { Violation } from '../src/model/shared/violation.js';
import type { HistoryResponse, PullResponse, PushResult, PushWrite } from '../src/storage/sync/protocol.js';
import { MAX_PULL_LIMIT, parseCheckpointChange } from '../src/storage/sync/protocol.js';
import { checkRecord, type SchemaMap } from '../src/storage/validate.js';
import { loneSurrogateAt } from '../src/model/shared/text.js';
import { mayWriteAs, maySee, type TokenScope } from './auth.js';
import { authorOf, AuthorshipReceipts, randomAuthorshipSecret } from './authorship.js';
import { recordAtFault } from './record-at-fault.js';
import type { Database } from './db.js';

/** The channel a write notifies in its transaction; servers on the same database listen to it. */
const CHANGES_CHANNEL = 'caseplan_changes';
/** Changes read from the log per query when announcing. */
const ANNOUNCE_PAGE = 500;

/** One accepted write, announced after its transaction committed (for the live stream). */
export interface CommittedChange {
  seq: number;
  kind: string;
  id: string;
  caseId: string;
}

interface RecordRow {
  version: number;
  case_id: string;
  head_hash: string;
  body: Record<string, unknown>;
}

/** Ends a write's transaction with a rollback and gives this result instead (conflicts, replays). */
class Outcome {
  constructor(readonly result: PushResult) {}
}

/**
 * The protocol on PostgreSQL: every write in its own transaction, which takes the next server sequence
 * first (so writers queue and sequence numbers commit in order), checks the idempotency key, checks
 * the version with a conditional UPDATE (or INSERT ... ON CONFLICT DO NOTHING for a new record),
 * appends the server's history entry chained to the record's head, and logs the change.
 */
export class SyncStore {
  private readonly listeners = new Set<(change: CommittedChange) => void>();
  private readonly resetListeners = new Set<() => void>();
  /** The last change told to the listeners: changes are announced from the log, in order, each once. */
  private announced = 0;
  /** The change at `announced` as the log held it: another one there (or none) means the log was replaced. */
  private announcedChange: string | undefined;
  /** The log id this server knew before it noticed the log was replaced. */
  private knownLog = '';
  private announcing: Promise<void> = Promise.resolve();
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    private readonly schemas: SchemaMap = recordSchemas,
    /** The server's word on who created each record (see AuthorshipReceipts): its secret must outlive the database. */
    private readonly receipts: AuthorshipReceipts = new AuthorshipReceipts(randomAuthorshipSecret()),
  ) {}

  /**
   * Starts announcing committed changes, from this server and from every other server on the same database
   * (several processes behind a load balancer): each write notifies `CHANGES_CHANNEL` in its transaction,
   * and on a notice the store reads the change log past what it announced last.
   */
  async start(): Promise<void> {
    this.announced = await this.lastSequence();
    this.announcedChange = await this.changeAt(this.announced);
    this.knownLog = await this.logId();
    this.stopListening = await this.db.listen(CHANGES_CHANNEL, () => void this.announceCommitted());
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
    await this.announcing;
  }

  /** Hears of each committed change; returns the unsubscribe function. */
  onChange(listener: (change: CommittedChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Hears when the change log started again (the database was emptied or restored under this server):
   * sequences from before mean nothing now. Called before the log is announced again from its start.
   */
  onReset(listener: () => void): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  /** Tells the listeners of every change committed past the last one announced (one reader at a time, in order). */
  private announceCommitted(): Promise<void> {
    this.announcing = this.announcing.then(async () => {
      for (;;) {
        // From the last change announced itself: if the log no longer holds it as it was, the log was replaced.
        const { rows } = await this.db.query<{ seq: string | number; kind: string; id: string; case_id: string; version: number }>(
          'SELECT seq, kind, id, case_id, version FROM changes WHERE seq >= $1 ORDER BY seq LIMIT $2',
          [this.announced, ANNOUNCE_PAGE + 1],
        );
        const first = rows[0];
        const replaced = this.announced > 0 && (first === undefined || Number(first.seq) !== this.announced || changeKey(first) !== this.announcedChange);
        if (replaced) {
          // The database was emptied or restored under a running server (its sequence may even be past where it was):
          // the log gets a new id, so clients know their checkpoints belong to another log.
          await this.renewLog();
          this.announced = 0;
          this.announcedChange = undefined;
          // Open streams hold a sequence from before (their `ready`): they must hear of it, or skip what is new.
          for (const listener of [...this.resetListeners]) {
            try {
              listener();
            } catch (error) {
              console.error('[caseplan-sync] a stream could not take a reset:', error);
            }
          }
          continue;
        }
        const fresh = this.announced > 0 ? rows.slice(1) : rows.slice(0, ANNOUNCE_PAGE);
        for (const row of fresh) {
          const change: CommittedChange = { seq: Number(row.seq), kind: row.kind, id: row.id, caseId: row.case_id };
          this.announced = change.seq;
          this.announcedChange = changeKey(row);
          for (const listener of [...this.listeners]) {
            // One failing stream must not keep the change from the others.
            try {
              listener(change);
            } catch (error) {
              console.error('[caseplan-sync] a stream could not take a change:', error);
            }
          }
        }
        if (fresh.length === ANNOUNCE_PAGE) continue;
        return;
      }
    }).catch((error: unknown) => console.error('[caseplan-sync] could not read the change log for the stream:', error));
    return this.announcing;
  }

  /** The id of the change log: sequences and checkpoints count within it. */
  async logId(): Promise<string> {
    const { rows } = await this.db.query<{ epoch: string }>('SELECT epoch FROM sync_log WHERE id = 1');
    return rows[0]?.epoch ?? '';
  }

  /**
   * Gives the log a new id. Only if it still has the id this server knew: several servers on one database
   * that all notice the same replacement renew it once (the others find it renewed and take the new id).
   */
  private async renewLog(): Promise<void> {
    await this.db.query('UPDATE sync_log SET epoch = gen_random_uuid()::text WHERE id = 1 AND epoch = $1', [this.knownLog]);
    this.knownLog = await this.logId();
  }

  /** What the log holds at `seq` (kind, id, version), to know it again. */
  private async changeAt(seq: number): Promise<string | undefined> {
    const { rows } = await this.db.query<{ kind: string; id: string; version: number }>('SELECT kind, id, version FROM changes WHERE seq = $1', [seq]);
    return rows[0] ? changeKey(rows[0]) : undefined;
  }

  /** Applies the writes in order, each on its own: one write's conflict does not hold back the next. */
  async push(scope: TokenScope, writes: readonly PushWrite[]): Promise<PushResult[]> {
    const results: PushResult[] = [];
    for (const write of writes) results.push(await this.pushOne(scope, write));
    return results;
  }

  private async pushOne(scope: TokenScope, write: PushWrite): Promise<PushResult> {
    const { kind, idempotencyKey } = write;
    const id = write.record.id;
    const rejected = (code: string, violations: Violation[] = []): PushResult => ({ status: 'rejected', idempotencyKey, kind, id, code, violations });
    if (!Object.hasOwn(this.schemas, kind)) return rejected('unknown-kind', [{ code: 'sync.unknown-kind', path: ['kind'] }]);
    const checked = checkRecord(this.schemas, kind, write.record);
    if (!checked.ok) return rejected('invalid-record', checked.violations.map((violation) => ({ ...violation, path: ['record', ...violation.path] })));
    // Checked after the schema (whose limits bound the walk): the one text jsonb cannot store (a client of
    // an older version, or another system, may still send it).
    const unstorable = loneSurrogateAt(write.record, ['record']) ?? loneSurrogateAt(write.history, ['history']);
    if (unstorable) return rejected('invalid-record', [unstorable]);
    const caseId = write.record.caseId;
    if (!maySee(scope, caseId)) return rejected('forbidden');
    // The server's history is the authoritative record of who wrote what: the author is the token's user.
    const author = write.history.by;
    if (write.record.updatedBy !== author || !mayWriteAs(scope, author)) return rejected('forbidden', [{ code: 'sync.author-not-token-user', path: ['history', 'by'] }]);
    const requestHash = await sha256(canonicalJson(write));
    try {
      const result = await this.db.transaction(async (tx) => {
        // The lock every writer queues on: held until this transaction ends.
        const sequence = await tx.query<{ value: string | number }>('UPDATE sync_sequence SET value = value + 1 WHERE id = 1 RETURNING value');
        const seq = Number(sequence.rows[0]!.value);
        const prior = await tx.query<{ request_hash: string; result: PushResult }>('SELECT request_hash, result FROM idempotency WHERE key = $1', [idempotencyKey]);
        if (prior.rows[0]) {
          if (prior.rows[0].request_hash !== requestHash) throw new Outcome(rejected('idempotency-key-reused', [{ code: 'sync.idempotency-key-reused', path: ['idempotencyKey'] }]));
          throw new Outcome({ ...prior.rows[0].result, replayed: true } as PushResult);
        }
        const found = await tx.query<RecordRow>('SELECT version, case_id, head_hash, body FROM records WHERE kind = $1 AND id = $2', [kind, id]);
        const current = found.rows[0];
        // A record of a case the token may not see is not overwritten, nor moved into a visible case.
        if (current && !maySee(scope, current.case_id)) throw new Outcome(rejected('forbidden'));
        if ((current?.version ?? 0) !== write.baseVersion) throw new Outcome({ status: 'conflict', idempotencyKey, kind, id, current: (current?.body as never) ?? null });
        // Who created the record is set once: by a token that may write as them, or, for a record the server lost
        // (a restore), on the server's own receipt of having set it; every later write keeps it.
        const createdBy = authorOf(write.record);
        if (current) {
          const author = authorOf(current.body);
          if (author !== undefined && createdBy !== author) throw new Outcome(rejected('forbidden', [{ code: 'sync.author-changed', path: ['record', 'authorId'] }]));
        } else if (createdBy !== undefined && !mayWriteAs(scope, createdBy) && !this.receipts.verify(kind, id, createdBy, write.authorship)) {
          throw new Outcome(rejected('forbidden', [{ code: 'sync.author-not-token-user', path: ['record', 'authorId'] }]));
        }
        const version = write.baseVersion + 1;
        const stored = { ...write.record, version };
        const entry = await chainedEntry(kind, id, version, write, current);
        const body = JSON.stringify(stored);
        const applied =
          write.baseVersion === 0
            ? await tx.query('INSERT INTO records (kind, id, case_id, version, seq, head_hash, body) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (kind, id) DO NOTHING', [kind, id, caseId, version, seq, entry.hash, body])
            : await tx.query('UPDATE records SET case_id = $3, version = $4, seq = $5, head_hash = $6, body = $7::jsonb WHERE kind = $1 AND id = $2 AND version = $8', [kind, id, caseId, version, seq, entry.hash, body, write.baseVersion]);
        if (applied.rowCount !== 1) throw new Outcome({ status: 'conflict', idempotencyKey, kind, id, current: await currentBody(tx, kind, id) });
        await tx.query('INSERT INTO history (kind, id, seq, hash, client_hash, entry) VALUES ($1, $2, $3, $4, $5, $6::jsonb)', [kind, id, version, entry.hash, write.history.clientHash ?? null, JSON.stringify(entry)]);
        await tx.query('INSERT INTO changes (seq, kind, id, case_id, version) VALUES ($1, $2, $3, $4, $5)', [seq, kind, id, caseId, version]);
        // Delivered on commit to every server listening on this database, this one included.
        await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(seq)]);
        const result: PushResult = { status: 'accepted', idempotencyKey, kind, id, version, seq, headHash: entry.hash, replayed: false, ...this.authorship(kind, stored) };
        await tx.query('INSERT INTO idempotency (key, request_hash, result) VALUES ($1, $2, $3::jsonb)', [idempotencyKey, requestHash, JSON.stringify(result)]);
        return result;
      });
      // Announced now rather than when this server's own notice arrives.
      void this.announceCommitted();
      return result;
    } catch (error) {
      if (error instanceof Outcome) return error.result;
      // The database refused this record for a reason of its own (a constraint, a value it cannot take): this
      // write alone is refused, kept in the browser's outbox as refused, and the writes after it still go. Any
      // other failure (the database down, a lost connection, a race) fails the whole push: the browser retries it.
      const sqlState = recordAtFault(error);
      if (sqlState === undefined) throw error;
      console.error(`[caseplan-sync] ${kind} ${id} could not be stored (SQLSTATE ${sqlState}); refused alone:`, error);
      return rejected('unstorable', [{ code: 'sync.unstorable-record', path: ['record'], params: { sqlState } }]);
    }
  }

  /**
   * Reads the change log past what was announced, as after a commit: so a log replaced under a quiet server
   * (no write since) is noticed, and gets its new id, before a client is told where the log stands.
   */
  catchUp(): Promise<void> {
    return this.announceCommitted();
  }

  /**
   * Whether the change log holds, at `seq`, the change `at` (kind:version:id), as far as the token may know.
   * A change the token may see is compared with `at`. A change it may not see answers no more than an absent
   * one would: it is compared only when `at` names a record the token may see (then a mismatch is another
   * log); otherwise the answer is yes whatever `at` says, so a token cannot probe, by guessing `at`, which
   * record of a hidden case sits at a sequence. So a caseload that shrank (the checkpoint's change now in a
   * case the token may not see) is no restore either.
   */
  async holdsChange(scope: TokenScope, seq: number, at: string): Promise<boolean> {
    const { kind, version, id } = parseCheckpointChange(at);
    // Both read every time: the time taken says nothing of which branch answered.
    const { rows } = await this.db.query<{ kind: string; id: string; version: number; case_id: string }>('SELECT kind, id, version, case_id FROM changes WHERE seq = $1', [seq]);
    const named = await this.db.query<{ case_id: string }>('SELECT case_id FROM records WHERE kind = $1 AND id = $2', [kind, id]);
    const change = rows[0];
    if (!change) return false;
    if (maySee(scope, change.case_id) || (named.rows[0] !== undefined && maySee(scope, named.rows[0].case_id))) return changeKey(change) === changeKey({ kind, id, version });
    return true;
  }

  /** The records changed after `since` that the token may see, oldest change first, one page. */
  async pull(scope: TokenScope, since: number, limit: number): Promise<PullResponse> {
    await this.catchUp();
    const pageSize = Math.min(Math.max(1, limit), MAX_PULL_LIMIT);
    const params: unknown[] = [since, pageSize + 1];
    let where = 'seq > $1';
    if (scope.cases !== '*') {
      params.push([...scope.cases]);
      where += ' AND case_id = ANY($3::text[])';
    }
    const { rows } = await this.db.query<{ seq: string | number; kind: string; body: Record<string, unknown>; head_hash: string }>(
      `SELECT seq, kind, body, head_hash FROM records WHERE ${where} ORDER BY seq LIMIT $2`,
      params,
    );
    const page = rows.slice(0, pageSize);
    const changes = page.map((row) => ({ seq: Number(row.seq), kind: row.kind, record: row.body as never, headHash: row.head_hash, ...this.authorship(row.kind, row.body) }));
    return { changes, checkpoint: changes.at(-1)?.seq ?? since, hasMore: rows.length > pageSize, log: await this.logId() };
  }

  /** The server's chain of one record; undefined when it does not exist or the token may not see it. */
  async history(scope: TokenScope, kind: string, id: string): Promise<HistoryResponse | undefined> {
    const found = await this.db.query<{ case_id: string; head_hash: string }>('SELECT case_id, head_hash FROM records WHERE kind = $1 AND id = $2', [kind, id]);
    const row = found.rows[0];
    if (!row || !maySee(scope, row.case_id)) return undefined;
    const { rows } = await this.db.query<{ entry: HistoryEntry }>('SELECT entry FROM history WHERE kind = $1 AND id = $2 ORDER BY seq', [kind, id]);
    return { kind, id, entries: rows.map((entry) => entry.entry), headHash: row.head_hash };
  }

  /** The server's receipt of who created a record, for the kinds that say (see AuthorshipReceipts). */
  private authorship(kind: string, record: Record<string, unknown>): { authorship?: string } {
    const author = authorOf(record);
    return author === undefined ? {} : { authorship: this.receipts.issue(kind, String(record.id), author) };
  }

  /** The last committed sequence (for the stream's first event). */
  async lastSequence(): Promise<number> {
    const { rows } = await this.db.query<{ value: string | number }>('SELECT value FROM sync_sequence WHERE id = 1');
    return Number(rows[0]?.value ?? 0);
  }
}

/** A change of the log as kind, id and version: two logs hold the same change at a sequence only by chance. */
function changeKey(row: { kind: string; id: string; version: number | string }): string {
  return `${row.kind}/${row.id}/${Number(row.version)}`;
}

/** The server's history entry for a write: the changes against the server's previous version, chained to its head. */
async function chainedEntry(kind: string, id: string, version: number, write: PushWrite, current: RecordRow | undefined): Promise<HistoryEntry> {
  const linked: Omit<HistoryEntry, 'hash'> = {
    id: `${kind}.${id}.${version}`,
    recordKind: kind,
    recordId: id,
    seq: version,
    at: write.history.at,
    by: write.history.by,
    action: write.history.action,
    ...(write.history.comment !== undefined ? { comment: write.history.comment } : {}),
    changes: diffRecords(current?.body, { ...write.record, version }),
    prevHash: current?.head_hash ?? null,
  };
  return { ...linked, hash: await hashHistoryEntry(linked) };
}

async function currentBody(tx: Pick<Database, 'query'>, kind: string, id: string): Promise<never> {
  const { rows } = await tx.query<{ body: never }>('SELECT body FROM records WHERE kind = $1 AND id = $2', [kind, id]);
  return (rows[0]?.body ?? null) as never;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}
