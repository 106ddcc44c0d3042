/// <reference types="node" />
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { TokenTable } from './auth.js';
import { openDatabase, type Database } from './db.js';
import { migrate } from './migrations.js';
import { SyncStore } from './store.js';
import { AuthorshipReceipts, randomAuthorshipSecret } from './authorship.js';
import { recordSchemas } from '../src/model/records.js';

export { TokenTableSchema, type TokenTable } from './auth.js';

export interface ServerOptions {
  /** A PostgreSQL connection string; without it, PGlite (embedded). */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (kept across restarts); without it, in memory. */
  pgliteDir?: string | undefined;
  /** An open database to use instead (tests restart the HTTP side on the same one). */
  database?: Database;
  tokens: TokenTable;
  corsOrigins?: readonly string[] | '*';
  /** 127.0.0.1 unless said otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  keepAliveSeconds?: number;
  /**
   * The secret of the server's authorship receipts (at least 32 characters), kept outside the database: a
   * restore of the database must not touch it, and every server on one database needs the same. Without it,
   * a random one per start: a colleague's record a browser pushes back after a restore is then taken only if
   * the server has not restarted since it gave the receipt (else refused, kept in the browser as refused).
   */
  authorshipSecret?: string | undefined;
}

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  store: SyncStore;
  /** Stops listening, ends open streams, and closes the database unless it was given. */
  close(): Promise<void>;
}

/** Opens the database, applies the migrations, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(options));
  await migrate(database);
  const store = new SyncStore(database, recordSchemas, new AuthorshipReceipts(options.authorshipSecret ?? randomAuthorshipSecret()));
  await store.start();
  const app = createApp({
    store,
    tokens: options.tokens,
    corsOrigins: options.corsOrigins ?? '*',
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.keepAliveSeconds !== undefined ? { keepAliveSeconds: options.keepAliveSeconds } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    database,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open event streams would hold the server open: end them.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await store.stop();
      if (!options.database) await database.close();
    },
  };
}
