// `node bench/profile.mjs <bench function> [args as JSON] [--repeat=N] [--vary-last]`: a CPU profile of one benchmark
// measurement (e.g. `openPlan 10`), taken with the DevTools Protocol Profiler in the same page the
// benchmark uses, built unminified so functions keep their names. Prints where the time went: self time
// and inclusive time by function, by file. Writes the .cpuprofile to the temp folder (open it in DevTools).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { openMeasurePage } from './measure-page.mjs';

const [name = 'openPlan', ...rest] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const args = rest.map((arg) => JSON.parse(arg));
const repeat = Number(process.argv.find((arg) => arg.startsWith('--repeat='))?.split('=')[1] ?? 10);

const { page, close } = await openMeasurePage({ title: 'profile' });
try {
  // `--vary-last`: the last argument counts up from call to call (a run index naming fresh databases).
  const vary = process.argv.includes('--vary-last');
  let calls = 0;
  const call = () => {
    const callArgs = vary ? [...args.slice(0, -1), args.at(-1) + calls] : args;
    calls += 1;
    return page.evaluate(([fn, fnArgs]) => window.bench[fn](...fnArgs), [name, callArgs]);
  };
  await call(); // warm-up: seeds, compiles
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times = [];
  for (let run = 0; run < repeat; run += 1) times.push(await call());
  const { profile } = await cdp.send('Profiler.stop');
  const saved = resolve(tmpdir(), `${name}.cpuprofile`);
  writeFileSync(saved, JSON.stringify(profile));
  console.log(`results: ${JSON.stringify(times)}\nprofile written to ${saved}`);

  // Self time per node from the samples.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = byId.get(id);
    const file = callFrame.url.replace(/^.*\//, '') || '(native)';
    add(byFunction, `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}`, micros);
    add(byFile, file, micros);
  }
  const show = (title, map, count) => {
    console.log(`\n${title}`);
    for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  };
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  for (const [id, micros] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      if (!callFrame.url) continue;
      const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^.*\//, '')}:${callFrame.lineNumber + 1}`;
      if (!seen.has(key)) add(inclusive, key, micros);
      seen.add(key);
    }
  }
  console.log(`\nprofiled ${(total / 1000).toFixed(0)} ms over ${repeat} runs`);
  show('self time by file', byFile, 12);
  show('self time by function', byFunction, 30);
  show('inclusive time by function (our code and libraries)', inclusive, 60);
} finally {
  await close();
}
