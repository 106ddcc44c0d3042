// `node bench/run-once.mjs <bench function> [args as JSON] [--repeat=N] [--vary-last] [--then=<function>]`: runs one measurement of
// bench/page/measure.ts in the benchmark's page (built for production, unminified) and prints each result, no profiler.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildForProduction, textOf } from './production-build.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const [name = 'storageRound', ...rest] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = rest.map((arg) => JSON.parse(arg));
const repeat = Number(process.argv.find((arg) => arg.startsWith('--repeat='))?.split('=')[1] ?? 3);
const vary = process.argv.includes('--vary-last');
// `--then=<function>`: after each call, another measurement given the call's last argument (e.g. its run index).
const then = process.argv.find((arg) => arg.startsWith('--then='))?.split('=')[1];
const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>run</title><script type="module" src="/measure.js"></script></head><body></body></html>';
const built = await buildForProduction(resolve(root, 'bench/page/measure.ts'), { minify: false, output: { entryFileNames: 'measure.js' } });
const files = new Map([...built].map(([fileName, file]) => [`/${fileName}`, textOf(file)]));
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  else if (files.has(path)) response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(files.get(path));
  else response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  // The renderer's CPU time around each call (its main thread, and the whole process: WebCrypto's threads
  // too), which a loaded machine disturbs far less than the wall-clock time the measurement returns.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name: metric, value }) => [metric, value]));
  for (let call = 0; call < repeat; call += 1) {
    const callArgs = vary ? [...args.slice(0, -1), args.at(-1) + call] : args;
    for (const [fn, fnArgs] of [[name, callArgs], ...(then ? [[then, callArgs.slice(-1)]] : [])]) {
      const before = await cpu();
      const result = await page.evaluate(([called, calledArgs]) => window.bench[called](...calledArgs), [fn, fnArgs]);
      const after = await cpu();
      const ms = (metric) => Math.round((after[metric] - before[metric]) * 1000);
      console.log(`${fn}: ${JSON.stringify(result)}  main thread CPU ${ms('ThreadTime')} ms, renderer CPU ${ms('ProcessTime')} ms`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
