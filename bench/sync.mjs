// `npm run bench:sync`: the sync rows, in real headless Chromium against the reference server (PGlite,
// in this process, 127.0.0.1, a free port), each beside plain fetch calls moving the same JSON:
//   - first sync of 5 000 records (adapter: pulled and stored in IndexedDB; baseline: the pages fetched and parsed)
//   - push latency of one edit on loopback, p50 and p95 (adapter: put() to accepted; baseline: one POST)
//   - resync after 1 000 offline edits across 100 records (adapter: online to nothing pending;
//     baseline: the same writes POSTed in order, then the pull)
// `--quick` runs tiny sizes to prove the harness. Writes bench/sync-results.json on a whole run.
// A whole `npm run bench` takes the same rows (measureSync) into its table and the README's.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildServerModule } from '../scripts/build-server.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';
import { buildForProduction, textOf } from './production-build.mjs';
import { formatTable } from './report.mjs';

const root = resolve(import.meta.dirname, '..');
const configFor = (quick) => (quick ? { records: 50, edits: 5, offlineRecords: 5, offlineEdits: 20, runs: 1 } : { records: 5000, edits: 40, offlineRecords: 100, offlineEdits: 1000, runs: 3 });
const token = 'bench-token-every-case-0001';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const round = (value) => Number(value.toFixed(1));
const row = (name, values, extra = {}) => ({ group: 'sync', name, unit: 'ms', median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length, ratio: null, target: null, met: null, ...extra });

/** The sync rows against the reference server, measured in a Chromium of their own; `quick`: tiny sizes. */
export async function measureSync({ quick = false } = {}) {
  const config = configFor(quick);
  let server;
  let syncServer;
  let browser;
  try {
    const { startServer } = await import(await buildServerModule('server/index.ts', 'index'));
    syncServer = await startServer({ tokens: { [token]: { subject: 'bench', cases: '*', writesAs: '*' } }, maxBodyBytes: 8 * 1024 * 1024 });
    const built = await buildForProduction(resolve(root, 'bench/page/sync-measure.ts'), { output: { entryFileNames: 'sync-measure.js' } });
    const files = new Map([...built].map(([fileName, file]) => [`/${fileName}`, textOf(file)]));
    const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sync benchmark</title><script type="module" src="/sync-measure.js"></script></head><body></body></html>';
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      else if (files.has(path)) response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(files.get(path));
      else response.writeHead(404).end();
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
    const page = await browser.newPage();
    page.setDefaultTimeout(900_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 60_000 });
    const setup = { url: syncServer.url, token };
    const call = (name, ...args) => page.evaluate(([fn, fnArgs]) => window.syncBench[fn](...fnArgs), [name, [setup, ...args]]);

    console.log(`sync: seeding ${config.records} records on the server...`);
    await call('seed', config.records);
    const first = { adapter: [], fetch: [] };
    for (let run = 0; run < config.runs; run += 1) {
      console.log(`sync: first sync of ${config.records} records, run ${run + 1}...`);
      const result = await call('firstSync');
      if (result.records !== config.records) throw new Error(`first sync stored ${result.records} of ${config.records} records`);
      first.adapter.push(result.adapter);
      first.fetch.push(result.fetch);
    }
    console.log(`sync: push latency of one edit, ${config.edits} edits...`);
    const latency = await call('pushLatency', config.edits);
    const resync = { adapter: [], fetch: [] };
    for (let run = 0; run < config.runs; run += 1) {
      console.log(`sync: resync after ${config.offlineEdits} offline edits, run ${run + 1}...`);
      const result = await call('resync', config.offlineRecords, config.offlineEdits);
      resync.adapter.push(result.adapter);
      resync.fetch.push(result.fetch);
    }
    if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join(' | ')}`);

    const rows = [
      row(`first sync of ${config.records} records`, first.adapter, { ratio: round(median(first.adapter) / median(first.fetch)) }),
      row(`first sync of ${config.records} records, plain fetch baseline`, first.fetch),
      row('push latency of one edit (loopback)', latency.adapter, { p95: round(percentile(latency.adapter, 95)), ratio: round(median(latency.adapter) / median(latency.fetch)) }),
      row('push latency of one edit, plain fetch baseline', latency.fetch, { p95: round(percentile(latency.fetch, 95)) }),
      row(`resync after ${config.offlineEdits} offline edits`, resync.adapter, { ratio: round(median(resync.adapter) / median(resync.fetch)) }),
      row(`resync after ${config.offlineEdits} offline edits, plain fetch baseline`, resync.fetch),
    ];
    return { date: new Date().toISOString(), chromium: browser.version(), engine: syncServer.database.engine, quick, config, rows };
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.close(done) : done()));
    await syncServer?.close().catch(() => undefined);
  }
}

// Run on its own (`npm run bench:sync`): prints the rows and, on a whole run, writes bench/sync-results.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  try {
    const results = await measureSync({ quick });
    console.log(`\n${formatTable(results, { quick })}`);
    if (!quick) {
      writeFileSync(resolve(root, 'bench/sync-results.json'), `${JSON.stringify(results, null, 2)}\n`);
      console.log('\nwritten to bench/sync-results.json');
    }
  } catch (error) {
    console.error(`sync benchmark failed: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  }
}
