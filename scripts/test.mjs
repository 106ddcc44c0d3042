// `npm test`: type check, lint, then every test in real headless Chromium.
// Ends with one plain line `N passed, N failed` (a failed type check or lint counts as one failure)
// and exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { startTestPostgres } from './postgres-for-tests.mjs';

const browserOnly = process.argv.includes('--browser-only');

/** Each step's wall time, printed after it and again, all together, at the end of the run. */
const stepTimes = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      stepTimes.push([label, seconds]);
      console.log(`(${label}: ${seconds.toFixed(1)} s)`);
      resolve({ code: code ?? 1, output });
    });
  });
}

let passed = 0;
let failed = 0;

if (!browserOnly) {
  for (const [label, args] of [
    ['type check', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['lint', ['node_modules/eslint/bin/eslint.js', '.']],
    // Exports nothing imports (knip.json): dead code fails the run; an export used only in its own file is not counted.
    ['unused exports', ['node_modules/knip/bin/knip.js', '--no-progress', '--no-config-hints']],
  ]) {
    console.log(`\n== ${label}`);
    const { code } = await run(label, process.execPath, args);
    if (code === 0) { passed += 1; console.log(`${label}: ok`); } else { failed += 1; console.log(`${label}: FAILED`); }
  }
}

/** Adds a step's counts: its own `N passed, N failed` line, else one check judged by its exit code. */
function count(label, code, output) {
  const counts = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  if (code !== 0 && (!counts || Number(counts[2]) === 0)) {
    failed += 1; // the step itself failed
    console.log(`${label}: FAILED`);
  } else if (!counts) {
    if (code === 0) passed += 1;
  }
}

// The sync server's tests also run on a real PostgreSQL server where Debian's is installed (root, CI).
const postgres = await startTestPostgres();
if (postgres) {
  process.env.DATABASE_URL = postgres.url;
  process.on('exit', () => postgres.stop());
  console.log(`\nsync tests also on PostgreSQL (${postgres.url})`);
}

// The sync contract against the reference server (PGlite; also PostgreSQL when DATABASE_URL is set).
if (!browserOnly) {
  console.log('\n== sync contract against the reference server');
  const { code, output } = await run('sync contract', process.execPath, ['scripts/sync-contract.mjs']);
  count('sync contract', code, output);
}

console.log('\n== browser tests (headless Chromium)');
const chromePath = findChromium();
console.log(`using ${chromePath}`);
const browserRun = await run('browser tests', process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--static-logging'], {
  CHROME_PATH: chromePath,
});
if (!/(\d+) passed, (\d+) failed/.test(browserRun.output) && browserRun.code === 0) {
  console.log('the browser test run reported no counts');
  failed += 1;
}
count('browser tests', browserRun.code, browserRun.output);

// Checks that need a real page served with its own headers or a real build, driven through playwright-core.
if (!browserOnly) {
  const pageChecks = [
    ['strict CSP and Trusted Types page', 'scripts/csp-check.mjs', []],
    ['the built dist/ under the strict policy: a plan of 45 items in each language, no raw message key', 'scripts/dist-check.mjs', ['--no-build']],
    ['the printed plan and contact log as PDF in en/es/fr/pt: page X of Y, header, every stored text and contact, no raw key, no English label', 'scripts/print-check.mjs', []],
    ['benchmark harness at the smallest size', 'scripts/bench-smoke.mjs', []],
    ['sync benchmark harness at the smallest size', 'bench/sync.mjs', ['--quick']],
    ['the package as a vendor gets it (tarball, vanilla/React/Vue host apps)', 'scripts/test-package.mjs', ['--no-build']],
  ];
  // dist/ is built once, as `npm run build` does, for the two checks above that test it (`--no-build`):
  // each of them used to build it again, the package check with the whole `npm run build`.
  console.log('\n== build dist/ (npm run build) for the checks of what ships');
  const built = await run('npm run build', 'npm', ['run', 'build', '--silent']);
  count('npm run build', built.code, built.output);
  for (const [label, script, args] of pageChecks) {
    if (!existsSync(script)) continue;
    console.log(`\n== ${label}`);
    const { code, output } = await run(label, process.execPath, [script, ...args], { CHROME_PATH: chromePath });
    count(label, code, output);
  }
}
console.log('\nTime per step:');
for (const [label, seconds] of stepTimes) console.log(`${seconds.toFixed(1).padStart(7)} s  ${label}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
