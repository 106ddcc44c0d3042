/// <reference types="node" />
// `npm run server`: the reference sync server. Configuration by environment:
//   DATABASE_URL   a PostgreSQL connection string; without it PGlite (embedded) in PGLITE_DIR
//   PGLITE_DIR     where PGlite keeps its data (default .data/pglite; ':memory:' for none)
//   PORT, HOST     default 8787 on 127.0.0.1
//   SYNC_TOKENS    JSON {"<token>": {"subject": "...", "cases": ["case-1"] | "*", "writesAs"?: ["user-id"] | "*"}};
//                  default: one demo token. A token writes as its subject alone unless writesAs says more.
//   SYNC_AUTHORSHIP_SECRET  at least 32 characters, kept outside the database (and its backups' restores): the key of
//                  the server's receipts of who created each record; default: a random one per start (warned)
//   CORS_ORIGINS   comma-separated origins allowed from browsers (default http://127.0.0.1:5173,http://localhost:5173)
import * as z from 'zod/mini';
import { startServer, TokenTableSchema, type TokenTable } from './index.js';

// The demo token writes as any user (the demo switches between caseworkers); a real table gives each caseworker their own.
const DEMO_TOKENS: TokenTable = { 'demo-token-all-cases-0001': { subject: 'demo', cases: '*', writesAs: '*' } };

function tokensFromEnvironment(): TokenTable {
  if (!process.env.SYNC_TOKENS) {
    console.warn('[caseplan-sync] SYNC_TOKENS is not set: using the demo token "demo-token-all-cases-0001" (every case). Never in production.');
    return DEMO_TOKENS;
  }
  const parsed = z.safeParse(TokenTableSchema, JSON.parse(process.env.SYNC_TOKENS));
  if (!parsed.success) throw new Error(`SYNC_TOKENS is not a token table: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

if (!process.env.SYNC_AUTHORSHIP_SECRET) {
  console.warn('[caseplan-sync] SYNC_AUTHORSHIP_SECRET is not set: a random one for this run. After a restart, a colleague’s record a browser pushes back after a restore is refused. Set it in production.');
}

const pgliteDir = process.env.PGLITE_DIR === ':memory:' ? undefined : (process.env.PGLITE_DIR ?? '.data/pglite');
const server = await startServer({
  databaseUrl: process.env.DATABASE_URL,
  pgliteDir,
  tokens: tokensFromEnvironment(),
  authorshipSecret: process.env.SYNC_AUTHORSHIP_SECRET || undefined,
  corsOrigins: (process.env.CORS_ORIGINS ?? 'http://127.0.0.1:5173,http://localhost:5173').split(',').map((origin) => origin.trim()),
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 8787),
});
console.log(`[caseplan-sync] listening on ${server.url} (${server.database.engine}${server.database.engine === 'pglite' ? `, ${pgliteDir ?? 'in memory'}` : ''})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
