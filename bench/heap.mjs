// `node bench/heap.mjs [items] [--raw]`: where the JS heap of an open plan goes. Opens a plan of `items`
// items (5 000 by default) in the benchmark page (production build, as `npm run bench` measures it),
// takes a heap snapshot through the DevTools Protocol before and after opening it, and prints the
// difference by constructor (count and self size), largest first. `--raw` does the same for the raw DOM
// baseline. Writes the snapshot after opening to the temp folder (open it in DevTools' Memory panel).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { openMeasurePage } from './measure-page.mjs';

const items = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 5000);
const raw = process.argv.includes('--raw');

/** Self size and count per constructor name (node type for the engine's own objects). */
function byConstructor(snapshot) {
  const { meta } = snapshot.snapshot;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const totals = new Map();
  for (let at = 0; at < snapshot.nodes.length; at += width) {
    const type = types[snapshot.nodes[at + typeAt]];
    // Blink's own objects (DOM nodes, layout) are 'native': outside the JS heap the benchmark measures.
    if (type === 'native') continue;
    const name = type === 'object' ? snapshot.strings[snapshot.nodes[at + nameAt]] : `(${type})`;
    const total = totals.get(name) ?? { count: 0, size: 0 };
    total.count += 1;
    total.size += snapshot.nodes[at + sizeAt];
    totals.set(name, total);
  }
  return totals;
}

async function takeSnapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const listener = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', listener);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', listener);
  return chunks.join('');
}

const { page, close } = await openMeasurePage({ title: 'heap', viewport: { width: 1280, height: 900 }, timeout: 600_000 });
try {
  const call = (name, ...args) => page.evaluate(([fn, fnArgs]) => window.bench[fn](...fnArgs), [name, args]);
  const cdp = await page.context().newCDPSession(page);
  await call('seedOnly', items);
  const before = byConstructor(JSON.parse(await takeSnapshot(cdp)));
  const usedBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await call(raw ? 'openRawAndKeep' : 'openAndKeep', items);
  const text = await takeSnapshot(cdp);
  const usedAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  console.log(`JS heap (V8, as npm run bench measures it): ${(usedBefore / 1048576).toFixed(1)} MB before, ${(usedAfter / 1048576).toFixed(1)} MB after`);
  const saved = resolve(tmpdir(), `${raw ? 'raw-' : ''}plan-${items}.heapsnapshot`);
  writeFileSync(saved, text);
  const after = byConstructor(JSON.parse(text));
  const grown = [...after].map(([name, { count, size }]) => ({ name, count: count - (before.get(name)?.count ?? 0), size: size - (before.get(name)?.size ?? 0) }));
  const total = grown.reduce((sum, entry) => sum + entry.size, 0);
  console.log(`JS objects in the snapshot grew ${(total / 1048576).toFixed(1)} MB opening ${items} items${raw ? ' (raw DOM)' : ''}; snapshot: ${saved}\n`);
  for (const { name, count, size } of grown.sort((a, b) => b.size - a.size).slice(0, 40)) {
    console.log(`${(size / 1048576).toFixed(2).padStart(7)} MB ${String(count).padStart(8)} × ${name.slice(0, 90)}`);
  }
} finally {
  await close();
}
