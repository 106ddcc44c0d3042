// `node bench/trace-sum.mjs <bench function> [args as JSON] [--repeat=N]`: runs a measurement of bench/page/measure.ts
// N times under a Chromium trace and prints, per call, the main thread's CPU time (`tdur`) by trace event
// (style recalculation, layout, script, parsing...), summed over the calls and divided by N.
import { openMeasurePage } from './measure-page.mjs';

const [name = 'openPlanOnOpenStorage', ...rest] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = rest.map((arg) => JSON.parse(arg));
const repeat = Number(process.argv.find((arg) => arg.startsWith('--repeat='))?.split('=')[1] ?? 20);
const { page, close } = await openMeasurePage({ title: 'trace' });
try {
  // Warm up untimed, as the bench does.
  for (let call = 0; call < 3; call += 1) await page.evaluate(([called, calledArgs]) => window.bench[called](...calledArgs), [name, args]);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const finished = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const results = [];
  for (let call = 0; call < repeat; call += 1) results.push(await page.evaluate(([called, calledArgs]) => window.bench[called](...calledArgs), [name, args]));
  await cdp.send('Tracing.end');
  await finished;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((other) => other.pid === event.pid && other.name === 'FunctionCall'));
  const totals = new Map();
  for (const event of events) {
    if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || event.tdur === undefined) continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.tdur / 1000);
  }
  if (process.argv.includes('--layouts')) {
    for (const event of events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.name === 'Layout' && e.ph === 'X')) console.log(`layout ${(event.tdur / 1000).toFixed(2)} ms ${JSON.stringify(event.args?.beginData ?? {})} ${JSON.stringify(event.args?.endData?.layoutRoots?.length ?? '')}`);
  }
  const sorted = results.map(Number).filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length) console.log(`results: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`);
  console.log(`main thread CPU per call by trace event (${repeat} calls; nested events overlap):`);
  for (const [event, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(ms / repeat).toFixed(2).padStart(7)} ms  ${event}`);
} finally {
  await close();
}
