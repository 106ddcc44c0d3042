// A child process holding the reference sync server for browser tests (scripts/wtr-sync-server.mjs
// forks it): PGlite's start blocks its thread for seconds, which must not stall the test runner.
// One database for the run (PGlite in memory, or DATABASE_URL's PostgreSQL); commands come over IPC.
const [indexUrl, dbUrl, tokensJson] = process.argv.slice(2);
const { startServer } = await import(indexUrl);
const { openDatabase } = await import(dbUrl);
const tokens = JSON.parse(tokensJson);
const real = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
// 'database-down' makes every query of the servers fail as a refused connection does (the database server
// stopped), until 'database-up'; the tests' own 'sql' still reaches it.
let databaseDown = false;
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432 (database-down, by the test)'), { code: 'ECONNREFUSED' });
const database = {
  engine: real.engine,
  query: (text, params) => (databaseDown ? Promise.reject(refused()) : real.query(text, params)),
  transaction: (work) => (databaseDown ? Promise.reject(refused()) : real.transaction(work)),
  listen: (channel, onNotice) => real.listen(channel, onNotice),
  close: () => real.close(),
};
const servers = new Map();
let counter = 0;

// One secret for every server of the run, as one outside the database: receipts outlive restarts and restores.
const authorshipSecret = 'test-authorship-secret-kept-outside-the-database';
const listen = (port) => startServer({ database, tokens, authorshipSecret, port, keepAliveSeconds: 1, maxBodyBytes: 1024 * 1024 });

async function handle({ action, id, text, params }) {
  if (action === 'start') {
    databaseDown = false;
    const server = await listen(0);
    await database.query('TRUNCATE records, changes, history, idempotency');
    await database.query('UPDATE sync_sequence SET value = 0');
    counter += 1;
    servers.set(String(counter), server);
    return { id: String(counter), url: server.url, engine: database.engine };
  }
  const server = servers.get(id);
  if (!server) throw new Error(`No sync server ${id}`);
  switch (action) {
    case 'stop':
      await server.close();
      servers.delete(id);
      return { stopped: true };
    case 'restart':
      await server.close();
      servers.set(id, await listen(server.port));
      return { restarted: true };
    case 'down': // stopped, its port kept for 'up': the browser finds nobody listening
      await server.close();
      return { down: true };
    case 'up':
      servers.set(id, await listen(server.port));
      return { up: true };
    case 'sql':
      return (await real.query(text, params ?? [])).rows;
    case 'database-down':
      databaseDown = true;
      return { databaseDown };
    case 'database-up':
      databaseDown = false;
      return { databaseDown };
    default:
      throw new Error(`Unknown sync-server action ${action}`);
  }
}

process.on('message', async ({ requestId, payload }) => {
  try {
    process.send({ requestId, result: await handle(payload) });
  } catch (error) {
    process.send({ requestId, error: String(error?.stack ?? error) });
  }
});
process.on('disconnect', async () => {
  for (const server of servers.values()) await server.close().catch(() => undefined);
  await database.close().catch(() => undefined);
  process.exit(0);
});
process.send({ ready: true });
