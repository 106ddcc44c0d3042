/// <reference types="node" />
/**
 * The one database interface the reference server uses, over PGlite (embedded PostgreSQL, nothing to
 * install: the default) or a PostgreSQL server through `DATABASE_URL` (the `pg` package). Both speak the
 * same SQL; numbers of type bigint come back as strings from `pg`, so callers convert with Number().
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
}

export interface Database extends Sql {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** 'pglite' or 'postgresql', for the startup line and the tests. */
  readonly engine: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

/** PGlite in this process: in memory, or kept in `dataDir` across restarts. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const run = (target: Pick<typeof db, 'query'>) => async <Row>(text: string, params: unknown[] = []) => {
    const result = await target.query<Row>(text, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    engine: 'pglite',
    query: run(db),
    transaction: (work) => db.transaction((tx) => work({ query: run(tx) })),
    close: () => db.close(),
  };
}

/** A PostgreSQL server through a pool of connections (`postgres://user:pass@host:5432/db`). */
export async function openPostgres(connectionString: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10 });
  const run = (target: { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[]; rowCount: number | null }> }) => async <Row>(text: string, params: unknown[] = []) => {
    const result = await target.query(text, params);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
  return {
    engine: 'postgresql',
    query: run(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: run(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL when a connection string is given, else PGlite (in `pgliteDir`, or in memory). */
export function openDatabase(options: { databaseUrl?: string | undefined; pgliteDir?: string | undefined }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.pgliteDir);
}
