// `node bench/run-once.mjs <bench function> [args as JSON] [--repeat=N] [--vary-last] [--then=<function>]`: runs one measurement of
// bench/page/measure.ts in the benchmark's page (built for production, unminified) and prints each result, no profiler.
import { openMeasurePage } from './measure-page.mjs';

const [name = 'storageRound', ...rest] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = rest.map((arg) => JSON.parse(arg));
const repeat = Number(process.argv.find((arg) => arg.startsWith('--repeat='))?.split('=')[1] ?? 3);
const vary = process.argv.includes('--vary-last');
// `--then=<function>`: after each call, another measurement given the call's last argument (e.g. its run index).
const then = process.argv.find((arg) => arg.startsWith('--then='))?.split('=')[1];
const { page, close } = await openMeasurePage({ title: 'run' });
try {
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
  await close();
}
