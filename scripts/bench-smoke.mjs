// Part of `npm test`: runs `npm run bench` once at the smallest size (`--quick`: 10 plan items, 10
// contacts, one run) and checks that every measurement of the issue produced a number. It proves the
// harness works; it judges no speed (figures on a shared CI machine mean nothing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'cp-bench-smoke-'));
const output = join(dir, 'results.json');
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` (${detail})`}`);
};

try {
  const run = spawnSync(process.execPath, [join(root, 'scripts/bench.mjs'), '--quick'], {
    cwd: root,
    env: { ...process.env, BENCH_OUTPUT: output },
    encoding: 'utf8',
    timeout: 300_000,
  });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  check('npm run bench --quick exits 0', run.status === 0, `exit ${run.status}${run.error ? `, ${run.error.message}` : ''}`);
  check('it prints the results table', /\| group\s+\| measurement/.test(run.stdout ?? ''));

  let rows = [];
  try {
    rows = JSON.parse(readFileSync(output, 'utf8')).rows;
  } catch (error) {
    check('it writes the results as JSON', false, String(error));
  }
  const expected = [
    ['bundle', /^service-plan-editor/],
    ['bundle', /^visitation-planner/],
    ['bundle', /^contact-log/],
    ['bundle', /^all three \+ default storage/],
    ['bundle', /^own code/],
    ['bundle', /^dependencies/],
    ['bundle', /^zod's schema compiler/],
    ['import', /^caseplan-provider\.js alone/],
    ['import', /^MemoryStorageAdapter alone/],
    ['import', /^service-plan-editor\.js/],
    ['import', /^visitation-planner\.js/],
    ['import', /^contact-log\.js/],
    ['import', /^all three elements/],
    ['open', /^10 plan items$/],
    ['open', /^10 plan items, raw DOM baseline$/],
    ['open', /^10 plan items, whole draft built/],
    ['open', /^10 plan items, a second element/],
    ['open', /^10 plan items, raw baseline with its database open$/],
    ['open', /^10 plan items, first open on a fresh page$/],
    ['open', /^10 plan items, first open on a fresh page, raw DOM baseline$/],
    ['edit', /^keystroke → updated render/],
    ['edit', /^edit committed/],
    ['edit', /^edit saved to IndexedDB/],
    ['storage', /^write .* adapter$/],
    ['storage', /^write .* raw IndexedDB: the same rows/],
    ['storage', /^write .* raw IndexedDB: history entry packed/],
    ['storage', /^write .* raw IndexedDB: one row each/],
    ['storage', /^read .* adapter$/],
    ['storage', /^read .* raw IndexedDB$/],
    ['storage', /^read .* raw IndexedDB: the same rows/],
    ['log', /^first render/],
    ['log', /^ {2}every contact in/],
    ['log', /^ {2}longest main-thread task after the first rows/],
    ['log', /^scroll: longest frame/],
    ['log', /^first rows of a \d+-contact log \(encrypting adapter\)/],
    ['memory', /^JS heap with the \d+-item plan open/],
    ['memory', /^JS heap with the same plan as raw DOM/],
  ];
  for (const [group, name] of expected) {
    const found = rows.find((row) => row.group === group && name.test(row.name));
    check(`${group}: ${name.source} measured`, Boolean(found) && Number.isFinite(found.median) && found.median >= 0, found ? `median ${found.median}` : 'no such row');
  }
  const sizes = rows.filter((row) => row.group === 'bundle' && row.unit === 'kB');
  check('bundle sizes are real builds (each over 1 kB gzipped)', sizes.length > 0 && sizes.every((row) => row.median > 1));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
