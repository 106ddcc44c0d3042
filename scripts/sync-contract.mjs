// `npm run sync-contract`: the sync contract (server/contract/) against a back end.
//   Against yours:  npm run sync-contract -- --url=https://sync.example --token=T1 --scoped-token=T2 \
//                     --visible-case=case-1 --hidden-case=case-2 [--max-body-bytes=1048576] [--second-url=...]
//   (T1 may see both cases, T2 only the visible one; --second-url: another server process of the same
//   back end, whose stream must carry the writes made through --url.)
//   Without --url it starts the reference server (server/) on PGlite, and also on the PostgreSQL server
//   of DATABASE_URL when that is set, on 127.0.0.1 and a free port, and stops it afterwards.
// Prints one line per case and ends with `N passed, N failed`; exits 1 when a case failed.
import { buildServerModule } from './build-server.mjs';
import { startProtocol10Proxy } from './protocol-1-0-proxy.mjs';

const args = Object.fromEntries(process.argv.slice(2).filter((arg) => arg.startsWith('--')).map((arg) => {
  const [key, ...value] = arg.slice(2).split('=');
  return [key, value.join('=')];
}));

const contract = await import(await buildServerModule('server/contract/index.ts', 'contract'));
let passed = 0;
let failed = 0;
const report = (label) => (outcome) => {
  if (outcome.ok) passed += 1;
  else failed += 1;
  console.log(`${outcome.ok ? '  ok  ' : '  FAIL'} [${label}] ${outcome.name}${outcome.ok ? '' : `\n         ${outcome.error}`}`);
};

if (args.url) {
  await contract.runSyncContract({
    baseUrl: args.url.replace(/\/$/, ''),
    token: args.token,
    scopedToken: args['scoped-token'],
    visibleCase: args['visible-case'],
    hiddenCase: args['hidden-case'],
    ...(args['max-body-bytes'] ? { maxBodyBytes: Number(args['max-body-bytes']) } : {}),
    ...(args['second-url'] ? { secondBaseUrl: args['second-url'].replace(/\/$/, '') } : {}),
    report: report(args.url),
  });
  if (!args['second-url']) console.log('(no --second-url: the case of a stream on another server process is not run)');
} else {
  const { startServer } = await import(await buildServerModule('server/index.ts', 'index'));
  const tokens = {
    'contract-token-every-case-01': { subject: 'contract-all', cases: '*', writesAs: ['contract-worker'] },
    'contract-token-case-1-only-01': { subject: 'contract-one', cases: ['contract-case-1'], writesAs: ['contract-worker'] },
  };
  // 'PGlite, as 1.0': behind a proxy that drops log ids (protocol 1.1), as a vendor's 1.0 server would answer.
  const targets = [['PGlite', {}], ['PGlite, as 1.0', { protocol10: true }]];
  if (process.env.DATABASE_URL) targets.push(['PostgreSQL', { databaseUrl: process.env.DATABASE_URL }]);
  else console.log('(DATABASE_URL is not set: the contract runs on PGlite only)');
  for (const [label, { protocol10, ...database }] of targets) {
    // One authorship secret for both servers, as every process behind a load balancer must share.
    const authorshipSecret = 'contract-authorship-secret-shared-by-servers';
    const server = await startServer({ ...database, tokens, authorshipSecret, maxBodyBytes: 256 * 1024, keepAliveSeconds: 1 });
    // A second server on the same database, as a second process behind a load balancer would be.
    const second = await startServer({ ...(database.databaseUrl ? database : { database: server.database }), tokens, authorshipSecret, keepAliveSeconds: 1 });
    const proxies = protocol10 ? [await startProtocol10Proxy(server.url), await startProtocol10Proxy(second.url)] : [];
    try {
      await contract.runSyncContract({
        baseUrl: proxies[0]?.url ?? server.url,
        secondBaseUrl: proxies[1]?.url ?? second.url,
        // PostgreSQL: end the servers' LISTEN connections (they listen again and catch up from the change log).
        ...(database.databaseUrl
          ? { interruptFanOut: () => server.database.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN %' AND pid <> pg_backend_pid()") }
          : {}),
        // PGlite in memory only: never empty a PostgreSQL database given by DATABASE_URL.
        ...(database.databaseUrl
          ? {}
          : {
              resetDatabase: async () => {
                await server.database.query('TRUNCATE records, changes, history, idempotency');
                await server.database.query('UPDATE sync_sequence SET value = 0');
              },
            }),
        token: 'contract-token-every-case-01',
        scopedToken: 'contract-token-case-1-only-01',
        visibleCase: 'contract-case-1',
        hiddenCase: 'contract-case-2',
        maxBodyBytes: 256 * 1024,
        report: report(`reference server, ${label}`),
      });
    } finally {
      for (const proxy of proxies) await proxy.close();
      await second.close();
      await server.close();
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
