// Turns the raw samples of scripts/bench.mjs into rows (median, min, max, ratio to the raw baseline,
// target, met?) and prints them as a table. In a quick run targets are shown but never judged.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });
const round = (value, digits = 1) => (value === undefined || value === null ? null : Number(value.toFixed(digits)));

function row(group, name, unit, values, extra = {}) {
  const summary = stats(values);
  return { group, name, unit, median: round(summary.median), min: round(summary.min), max: round(summary.max), runs: summary.runs, ratio: null, target: null, met: null, ...extra };
}

export function summarize({ quick, config, bundles, imports = [], samples, chromium }) {
  const judge = (ok) => (quick ? null : ok);
  const rows = [];
  const kb = (bytes) => bytes / 1024;
  for (const size of bundles) {
    const extra = {};
    if (size.name.startsWith('all three')) Object.assign(extra, { target: '< 100 kB', met: judge(kb(size.gzip) < 100) });
    if (size.name.startsWith('own code')) Object.assign(extra, { target: '< 35 kB', met: judge(kb(size.gzip) < 35) });
    rows.push(row('bundle', `${size.name} (gzip)`, 'kB', [kb(size.gzip)], { ...extra, rawKb: round(kb(size.raw)) }));
  }
  // What each import costs a host (bench/import-sizes.mjs), against the targets of issue 16.
  for (const size of imports) {
    const extra = size.targetKb ? { target: `≤ ${size.targetKb} kB`, met: judge(kb(size.gzip) <= size.targetKb) } : {};
    rows.push(row('import', `${size.name} (gzip)`, 'kB', [kb(size.gzip)], { ...extra, rawKb: round(kb(size.raw)) }));
  }

  // Opening as a page's first element does (storage opens meanwhile), against plain IndexedDB and DOM calls.
  const openTargets = { 10: 5, 100: 3, 1000: 2 };
  for (const size of config.sizes.filter((measured) => samples.open[measured])) {
    const element = median(samples.open[size]);
    const raw = median(samples.openRaw[size]);
    const extra = { ratio: round(element / raw, 2) };
    if (openTargets[size]) Object.assign(extra, { target: `≤ ${openTargets[size]}x raw`, met: judge(element / raw <= openTargets[size]) });
    rows.push(row('open', `${size} plan items`, 'ms', samples.open[size], extra));
    rows.push(row('open', `${size} plan items, raw DOM baseline`, 'ms', samples.openRaw[size]));
    if (samples.openWholeDraft?.[size]) {
      // Diagnostic, judged against nothing: the row above stops at the items on screen and laid out.
      rows.push(row('open', `${size} plan items, whole draft built (its open sections too)`, 'ms', samples.openWholeDraft[size], { ratio: round(median(samples.openWholeDraft[size]) / raw, 2) }));
    }
    if (samples.openFreshPage?.[size] && samples.openFreshPageRaw?.[size]) {
      // Diagnostic, judged against nothing: each sample the one open of a fresh page (the plan seeded first,
      // untimed), where the rows above are warmed up. Absent from results.json of earlier rounds.
      const fresh = median(samples.openFreshPage[size]) / median(samples.openFreshPageRaw[size]);
      rows.push(row('open', `${size} plan items, first open on a fresh page`, 'ms', samples.openFreshPage[size], { ratio: round(fresh, 2) }));
      rows.push(row('open', `${size} plan items, first open on a fresh page, raw DOM baseline`, 'ms', samples.openFreshPageRaw[size]));
    }
    if (!samples.openSecond?.[size]) continue;
    const second = median(samples.openSecond[size]) / median(samples.openSecondRaw[size]);
    rows.push(row('open', `${size} plan items, a second element (storage already open)`, 'ms', samples.openSecond[size], { ratio: round(second, 2), target: '≤ 3x raw', met: judge(second <= 3) }));
    rows.push(row('open', `${size} plan items, raw baseline with its database open`, 'ms', samples.openSecondRaw[size]));
  }
  if (samples.open[1000] && samples.open[5000]) {
    // Linear or better: 5x the items should take at most ~5x the time (with 20% slack for noise).
    // The raw DOM's own growth is shown beside it: the browser's layout of 5x the nodes is not free either.
    const growth = median(samples.open[5000]) / median(samples.open[1000]);
    const rawGrowth = median(samples.openRaw[5000]) / median(samples.openRaw[1000]);
    rows.push({ group: 'open', name: 'growth 1 000 → 5 000 items (time ratio, linear = 5)', unit: 'x', median: round(growth, 2), min: null, max: null, runs: 1, ratio: null, target: '≤ 6x', met: judge(growth <= 6) });
    rows.push({ group: 'open', name: 'growth 1 000 → 5 000 items, raw DOM baseline', unit: 'x', median: round(rawGrowth, 2), min: null, max: null, runs: 1, ratio: null, target: null, met: null });
  }

  if (samples.typing) {
    const work = samples.typing.map((sample) => sample.work);
    const painted = samples.typing.map((sample) => sample.painted);
    const workP95 = percentile(work, 95);
    rows.push(row('edit', `keystroke → updated render (main-thread work), ${config.editSize} items`, 'ms', work, { p95: round(workP95), target: 'p95 < 16 ms', met: judge(workP95 < 16) }));
    rows.push(row('edit', `keystroke → next frame painted (includes the wait for vsync)`, 'ms', painted, { p95: round(percentile(painted, 95)) }));
  }
  if (samples.edit) {
    const editP95 = percentile(samples.edit, 95);
    rows.push(row('edit', `edit committed (change) → render, ${config.editSize} items`, 'ms', samples.edit, { p95: round(editP95), target: 'p95 < 16 ms', met: judge(editP95 < 16) }));
  }

  if (samples.save) {
    rows.push(row('edit', `edit saved to IndexedDB (autosave 0), ${config.editSize} items`, 'ms', samples.save.map((sample) => sample.saved)));
    rows.push(row('edit', '  longest main-thread task while saving (tasks of 50 ms or more are counted; 0 = none)', 'ms', samples.save.map((sample) => sample.longestTask)));
  }

  if (samples.storage) {
    const pick = (key) => samples.storage.map((sample) => sample[key]);
    const readRatio = median(pick('adapterRead')) / median(pick('rawRead'));
    if (samples.storage[0]?.rawWriteWithHistory !== undefined) {
      // Against plain IndexedDB writing the same rows in the same layout: what the adapter adds on top.
      const writeRatio = median(pick('adapterWrite')) / median(pick('rawWriteWithHistory'));
      rows.push(row('storage', `write ${config.contacts} contacts, adapter`, 'ms', pick('adapterWrite'), { ratio: round(writeRatio, 2), target: '≤ 1.2x raw (same rows)', met: judge(writeRatio <= 1.2) }));
      rows.push(row('storage', `write ${config.contacts} contacts, raw IndexedDB: the same rows (record and history entry, same indexes)`, 'ms', pick('rawWriteWithHistory')));
      const packedRatio = median(pick('rawWritePacked')) / median(pick('rawWrite'));
      rows.push(row('storage', `write ${config.contacts} contacts, raw IndexedDB: history entry packed in the record row`, 'ms', pick('rawWritePacked'), { ratio: round(packedRatio, 2) }));
    } else {
      const writeRatio = median(pick('adapterWrite')) / median(pick('rawWrite'));
      rows.push(row('storage', `write ${config.contacts} contacts, adapter`, 'ms', pick('adapterWrite'), { ratio: round(writeRatio, 2), target: '≤ 1.5x raw', met: judge(writeRatio <= 1.5) }));
    }
    rows.push(row('storage', `write ${config.contacts} contacts, raw IndexedDB: one row each, no index`, 'ms', pick('rawWrite')));
    rows.push(row('storage', `read ${config.contacts} contacts, adapter`, 'ms', pick('adapterRead'), { ratio: round(readRatio, 2), target: '≤ 1.5x raw', met: judge(readRatio <= 1.5) }));
    rows.push(row('storage', `read ${config.contacts} contacts, raw IndexedDB`, 'ms', pick('rawRead')));
    if (samples.storage[0]?.rawReadSameRows !== undefined) {
      // The adapter's own work: its read against raw IndexedDB reading the very rows it read (its store, the same index).
      const sameRowsRatio = median(pick('adapterRead')) / median(pick('rawReadSameRows'));
      rows.push(row('storage', `read ${config.contacts} contacts, raw IndexedDB: the same rows (the adapter's store, by the same index)`, 'ms', pick('rawReadSameRows'), { ratio: round(sameRowsRatio, 2) }));
    }
  }

  if (samples.log) {
    const firstRenders = samples.log.map((sample) => sample.firstRender);
    const frames = samples.log.flatMap((sample) => sample.frameTimes);
    const over16 = samples.log.map((sample) => sample.frameTimes.filter((time) => time > 16.7).length);
    const over50 = samples.log.map((sample) => sample.frameTimes.filter((time) => time > 50).length);
    rows.push(row('log', `first render, ${config.contacts} contacts (the newest rows)`, 'ms', firstRenders, { target: '< 100 ms', met: judge(median(firstRenders) < 100) }));
    if (samples.log[0]?.wholeLog !== undefined) {
      rows.push(row('log', `  every contact in (count and summaries shown)`, 'ms', samples.log.map((sample) => sample.wholeLog)));
      rows.push(row('log', `  longest main-thread task after the first rows (tasks of 50 ms or more; 0 = none)`, 'ms', samples.log.map((sample) => sample.longestTask)));
    }
    rows.push(row('log', `scroll: longest frame (${config.frames} frames)`, 'ms', samples.log.map((sample) => Math.max(...sample.frameTimes)), { target: '≤ 50 ms', met: judge(Math.max(...frames) <= 50) }));
    rows.push(row('log', 'scroll: frames over 16.7 ms per scroll', 'frames', over16));
    rows.push(row('log', 'scroll: frames over 50 ms per scroll', 'frames', over50, { target: '0', met: judge(Math.max(...over50) === 0) }));
  }
  if (samples.logEncrypted) {
    const firstRenders = samples.logEncrypted.map((sample) => sample.firstRender);
    rows.push(row('log', `first rows of a ${config.contacts}-contact log (encrypting adapter)`, 'ms', firstRenders, { target: '< 100 ms', met: judge(median(firstRenders) < 100) }));
    rows.push(row('log', `  every contact in, decrypted (encrypting adapter)`, 'ms', samples.logEncrypted.map((sample) => sample.wholeLog)));
  }

  if (samples.memory) {
    const mb = (bytes) => bytes / 1024 / 1024;
    // Each side's samples (one per fresh context; a single number in results.json of earlier rounds): the ratio
    // is of the two medians, as for the timings.
    const list = (value) => (value === undefined ? undefined : [value].flat());
    const [before, after, rawBefore, rawAfter] = [samples.memory.before, samples.memory.after, samples.memory.rawBefore, samples.memory.rawAfter].map(list);
    const grown = (afters, befores) => afters.map((value, index) => mb(value - befores[index]));
    const ratio = rawAfter === undefined ? undefined : median(after) / median(rawAfter);
    const extra = ratio === undefined ? {} : { ratio: round(ratio, 2), target: '≤ 2x raw', met: judge(ratio <= 2) };
    rows.push(row('memory', `JS heap with the ${config.memorySize}-item plan open, settled (after gc)`, 'MB', after.map(mb), extra));
    rows.push(row('memory', `  of which the open plan (after − before)`, 'MB', grown(after, before)));
    if (rawAfter !== undefined) {
      rows.push(row('memory', `JS heap with the same plan as raw DOM, settled (after gc)`, 'MB', rawAfter.map(mb)));
      rows.push(row('memory', `  of which the raw rows (after − before)`, 'MB', grown(rawAfter, rawBefore)));
    }
  }

  return { date: new Date().toISOString(), quick, chromium, config, rows, raw: samples };
}

const cell = (value) => (value === null || value === undefined ? '' : String(value));

export function formatTable(results, { quick }) {
  const header = ['group', 'measurement', 'unit', 'median', 'min', 'max', 'ratio', 'target', 'met?'];
  const lines = results.rows.map((entry) => [
    entry.group,
    entry.name,
    entry.unit,
    cell(entry.median) + (entry.p95 !== undefined ? ` (p95 ${entry.p95})` : ''),
    cell(entry.min),
    cell(entry.max),
    entry.ratio === null ? '' : `${entry.ratio}x`,
    cell(entry.target),
    entry.met === null ? (entry.target && quick ? 'n/a (quick)' : '') : entry.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (line) => `| ${line.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}
