import type { Database } from './db.js';

/**
 * The schema, one migration per step, applied in order once each (recorded in schema_migrations).
 * Never edit a released step: add the next one.
 *
 * - sync_sequence: one row holding the last server sequence. A write takes the next value with an
 *   UPDATE, which locks the row until its transaction ends: writers queue on it, so sequence numbers
 *   are committed in increasing order and a pull by checkpoint never skips a change committed late.
 * - records: each record as it stands, its version, the sequence of its last change, its history head.
 * - changes: one row per accepted write (the monotonic log the stream and audits read).
 * - history: the server's authoritative hash chain of each record.
 * - idempotency: the result of every accepted write by its key, so a repeated push is applied once.
 * - sync_log (step 2): the identity of the change log (`epoch`, a random id). Sequences count within one
 *   log: when the log starts over (the database emptied or restored from a backup), the server gives it a
 *   new id, and a client whose checkpoint belongs to another log pulls from the start and pushes what the
 *   server lost (SyncStorageAdapter).
 */
export const migrations: readonly string[] = [
  `CREATE TABLE sync_sequence (id integer PRIMARY KEY, value bigint NOT NULL);
   INSERT INTO sync_sequence (id, value) VALUES (1, 0);
   CREATE TABLE records (
     kind text NOT NULL,
     id text NOT NULL,
     case_id text NOT NULL,
     version integer NOT NULL,
     seq bigint NOT NULL,
     head_hash text NOT NULL,
     body jsonb NOT NULL,
     PRIMARY KEY (kind, id)
   );
   CREATE INDEX records_seq ON records (seq);
   CREATE INDEX records_case_seq ON records (case_id, seq);
   CREATE TABLE changes (
     seq bigint PRIMARY KEY,
     kind text NOT NULL,
     id text NOT NULL,
     case_id text NOT NULL,
     version integer NOT NULL,
     committed_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE history (
     kind text NOT NULL,
     id text NOT NULL,
     seq integer NOT NULL,
     hash text NOT NULL,
     client_hash text,
     entry jsonb NOT NULL,
     PRIMARY KEY (kind, id, seq)
   );
   CREATE TABLE idempotency (
     key text PRIMARY KEY,
     request_hash text NOT NULL,
     result jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   );`,
  `CREATE TABLE sync_log (id integer PRIMARY KEY, epoch text NOT NULL);
   INSERT INTO sync_log (id, epoch) VALUES (1, gen_random_uuid()::text);`,
];

/** Applies the migrations not yet applied, each in its own transaction; returns how many ran. */
export async function migrate(db: Database): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  // Two servers starting at once on one database: the lock makes the second wait for the first.
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    let ran = 0;
    for (const [index, sql] of migrations.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      for (const statement of sql.split(/;\s*$/m).map((part) => part.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      ran += 1;
    }
    return ran;
  });
}
