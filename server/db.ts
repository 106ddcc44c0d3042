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
  /**
   * Calls `onNotice` after each commit of a transaction that ran `pg_notify(channel, …)`, in this process or
   * any other on the same database (PostgreSQL's LISTEN). After a lost connection it listens again and calls
   * `onNotice` once, since notices sent meanwhile are not delivered. Resolves to a function that stops.
   */
  listen(channel: string, onNotice: () => void): Promise<() => Promise<void>>;
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
    // One PGlite is one process: its own notices are all there is to hear.
    listen: async (channel, onNotice) => {
      const stop = await db.listen(channel, () => onNotice());
      return () => stop();
    },
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
    listen: (channel, onNotice) => listenOnPostgres(pg, connectionString, channel, onNotice),
    close: () => pool.end(),
  };
}

const RELISTEN_DELAY_MS = 1000;

/** LISTEN on a connection of its own (a pooled one would be handed to queries), opened again when it drops. */
async function listenOnPostgres(pg: typeof import('pg').default, connectionString: string, channel: string, onNotice: () => void): Promise<() => Promise<void>> {
  let client: InstanceType<typeof pg.Client> | undefined;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async (): Promise<void> => {
    // TCP keep-alive: a link that drops silently errors out (and is reopened) instead of hearing nothing.
    const next = new pg.Client({ connectionString, keepAlive: true });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotice();
    });
    next.on('error', () => {
      if (client !== next) return;
      client = undefined;
      void next.end().catch(() => undefined);
      relistenLater();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${next.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) return void (await next.end());
    client = next;
  };
  const relistenLater = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect()
        .then(() => {
          if (!stopped) onNotice(); // what committed while nobody listened
        })
        .catch(relistenLater);
    }, RELISTEN_DELAY_MS);
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
    client = undefined;
  };
}

/** PostgreSQL when a connection string is given, else PGlite (in `pgliteDir`, or in memory). */
export function openDatabase(options: { databaseUrl?: string | undefined; pgliteDir?: string | undefined }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.pgliteDir);
}
