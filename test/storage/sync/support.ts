import { executeServerCommand } from '@web/test-runner-commands';
import type { HistoryEntry } from '../../../src/model/history.js';
import { SyncStorageAdapter, type SyncStorageOptions } from '../../../src/storage/sync/sync-adapter.js';
import { freshDatabaseName } from '../fixtures.js';

export const EVERY_CASE = 'test-token-every-case-0001';
export const CASE_A_ONLY = 'test-token-case-a-only-0001';
/** A caseworker's own token: may write only as worker-b (scripts/wtr-sync-server.mjs). */
export const WORKER_B_ONLY = 'test-token-worker-b-only-01';

export interface TestServer {
  id: string;
  url: string;
  engine: string;
  stop(): Promise<void>;
  /** Stops and starts again on the same port and database. */
  restart(): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  /** Every query of the server fails as with its database server stopped (a refused connection), until databaseUp(). */
  databaseDown(): Promise<void>;
  databaseUp(): Promise<void>;
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

/** The reference server (scripts/wtr-sync-server.mjs), on an emptied database. */
export async function startSyncServer(): Promise<TestServer> {
  let started: { id: string; url: string; engine: string; pending?: true };
  do started = await executeServerCommand<typeof started, unknown>('sync-server', { action: 'start' });
  while (started.pending);
  const call = async <R>(action: string, extra: object = {}): Promise<R> => {
    for (;;) {
      const answer = await executeServerCommand<R | { pending: true }, unknown>('sync-server', { action, id: started.id, ...extra });
      if (!(answer as { pending?: true }).pending) return answer as R;
    }
  };
  return {
    ...started,
    stop: async () => void (await call('stop')),
    restart: async () => void (await call('restart')),
    down: async () => void (await call('down')),
    up: async () => void (await call('up')),
    databaseDown: async () => void (await call('database-down')),
    databaseUp: async () => void (await call('database-up')),
    sql: (text, params = []) => call('sql', { text, params }),
  };
}

/**
 * The server and browsers of one sync test, made afresh for each test of the describe() it is called in: a
 * server on an emptied database before each test; after it, every browser the test opened (`adapter`) is
 * closed and the server stopped. `server` is the current test's.
 */
export function useSyncServer(): { readonly server: TestServer; adapter(options?: AdapterOptions): SyncStorageAdapter } {
  let current: TestServer | undefined;
  const open: SyncStorageAdapter[] = [];
  beforeEach(async () => {
    current = await startSyncServer();
  });
  afterEach(async () => {
    for (const browser of open.splice(0)) await browser.close();
    await current?.stop();
    current = undefined;
  });
  const test = {
    get server(): TestServer {
      if (!current) throw new Error('useSyncServer: the server exists only while a test runs');
      return current;
    },
    adapter(options?: AdapterOptions): SyncStorageAdapter {
      const made = syncAdapter(test.server, options);
      open.push(made);
      return made;
    },
  };
  return test;
}

/** The notes of every contact the server holds, by id. */
export async function serverNotes(server: TestServer): Promise<Record<string, string>> {
  return Object.fromEntries((await server.sql<{ id: string; notes: string }>("SELECT id, body->>'notes' AS notes FROM records WHERE kind = 'contact'")).map((row) => [row.id, row.notes]));
}

/** The server's history of one contact, oldest first. */
export async function serverHistory(server: TestServer, id: string): Promise<HistoryEntry[]> {
  return (await server.sql<{ entry: HistoryEntry }>("SELECT entry FROM history WHERE kind = 'contact' AND id = $1 ORDER BY seq", [id])).map((row) => row.entry);
}

/** A fetch the test can cut off (offline) and that counts the requests it let through. */
export class TestNetwork {
  online = true;
  pushes = 0;
  /** Called with each push request before it is sent; may throw to lose it. */
  beforePush: ((body: string) => Promise<void> | void) | undefined;
  /** Rewrites each push request's body on the wire (as a client of another version would send it). */
  rewritePush: ((body: string) => string) | undefined;
  /** Called after a push's response arrived; may throw to lose the response. */
  afterPush: ((response: Response) => Promise<void> | void) | undefined;

  readonly fetch: typeof fetch = async (input, init) => {
    if (!this.online) throw new TypeError('Failed to fetch (test network offline)');
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/v1/push')) {
      this.pushes += 1;
      await this.beforePush?.(String(init?.body));
      const response = await fetch(input, this.rewritePush ? { ...init, body: this.rewritePush(String(init?.body)) } : init);
      await this.afterPush?.(response.clone());
      return response;
    }
    return fetch(input, init);
  };
}

export interface AdapterOptions extends Partial<SyncStorageOptions> {
  network?: TestNetwork;
}

/** A sync adapter on a fresh local database (a browser of its own), quick retries, no jitter. */
export function syncAdapter(server: TestServer, options: AdapterOptions = {}): SyncStorageAdapter {
  const { network, ...rest } = options;
  return new SyncStorageAdapter({
    url: server.url,
    token: () => EVERY_CASE,
    databaseName: freshDatabaseName('sync'),
    live: false,
    backoff: { baseMs: 20, maxMs: 200 },
    random: () => 0.5,
    ...(network ? { fetch: network.fetch } : {}),
    ...rest,
  });
}

/** One browser of a multi-browser sync test: its adapter and the network it talks through. */
export interface TestBrowser {
  name: string;
  adapter: SyncStorageAdapter;
  network: TestNetwork;
}

/**
 * Syncs every browser in turn until two whole rounds pass with no push from any of them (a push made by
 * a browser's own retry timer between rounds counts too): during the last round the server did not
 * change and every browser pulled from it, and nothing that pull produced was left to push. A fixed
 * number of rounds is not enough: a browser's own retry may push in between and change who sees what.
 * Fails, saying where each browser stands, if that does not happen within `maxRounds`.
 */
export async function syncUntilQuiet(browsers: readonly TestBrowser[], maxRounds = 12): Promise<void> {
  const pushes = () => browsers.reduce((sum, browser) => sum + browser.network.pushes, 0);
  let quietRounds = 0;
  for (let round = 0; round < maxRounds && quietRounds < 2; round += 1) {
    const before = pushes();
    for (const browser of browsers) await browser.adapter.syncNow();
    quietRounds = pushes() === before ? quietRounds + 1 : 0;
  }
  if (quietRounds < 2) {
    const where = browsers.map((browser) => `${browser.name}: ${JSON.stringify(browser.adapter.syncState)}, ${browser.network.pushes} pushes`);
    throw new Error(`The browsers were still pushing after ${maxRounds} sync rounds (${where.join('; ')})`);
  }
}

// A server restore, as an operator would make one (tests of the resync).

const TABLES = ['records', 'changes', 'history', 'idempotency', 'sync_sequence', 'sync_log'];

/** A copy of the whole database, as a backup taken now would hold it (the log's id included). */
export async function backupDatabase(server: TestServer): Promise<void> {
  for (const table of TABLES) {
    await server.sql(`DROP TABLE IF EXISTS restore_test_${table}`);
    await server.sql(`CREATE TABLE restore_test_${table} AS SELECT * FROM ${table}`);
  }
}

/** Puts the backup back under the running server, as a restore would. */
export async function restoreDatabase(server: TestServer): Promise<void> {
  for (const table of TABLES) {
    await server.sql(`DELETE FROM ${table}`);
    await server.sql(`INSERT INTO ${table} SELECT * FROM restore_test_${table}`);
  }
}

export async function emptyDatabase(server: TestServer): Promise<void> {
  await server.sql('TRUNCATE records, changes, history, idempotency');
  await server.sql('UPDATE sync_sequence SET value = 0');
}
