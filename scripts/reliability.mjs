// `npm run reliability`: runs the reliability scenarios for real in headless Chromium (concurrent writers,
// injected faults, hostile input at every schema and rule, import/export) and prints what they did, as
// each scenario reported it (`[reliability] {json}` lines in the browser log), in one table.
// Exits non-zero when a scenario failed, a record was lost, a fault was not survived or an input crashed.
import { spawn } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const files = [
  'test/reliability/**/*.test.ts',
  'test/model/properties/**/*.test.ts',
  'test/model/exchange/**/*.test.ts',
  'test/storage/exchange.test.ts',
  'test/storage/tamper.test.ts',
  'test/storage/hostile-writes.property.test.ts',
  'test/storage/reconnect.test.ts',
];

// Options after `--` go to the test runner (`npm run reliability -- --port 8799` beside another run).
const passedOn = process.argv.slice(2);

function run() {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--static-logging', ...passedOn], {
      // The interleaved-edit scenarios at full length, 110 rounds unless CP_INTERLEAVED_ROUNDS says (12 in `npm test`).
      env: { ...process.env, CHROME_PATH: findChromium(), CP_TEST_FILES: files.join(','), CP_INTERLEAVED_ROUNDS: process.env.CP_INTERLEAVED_ROUNDS ?? '110' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

console.log(`running the reliability scenarios in Chromium: ${files.join(', ')}`);
const started = Date.now();
const { code, output } = await run();
const figures = [...output.matchAll(/\[reliability\] (\{.*\})/g)].map((match) => JSON.parse(match[1]));
const counts = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
const passed = Number(counts?.[1] ?? 0);
const failed = Number(counts?.[2] ?? 0);

const sum = (field) => figures.reduce((total, item) => total + (item[field] ?? 0), 0);
const rows = [
  ['writers', Math.max(0, ...figures.map((item) => item.writers ?? 0))],
  ['edits tried', sum('edits')],
  ['conflicts detected', sum('conflicts')],
  ['records lost', sum('lost')],
  ['faults injected', sum('faults')],
  ['faults survived', sum('survived')],
  ['hostile inputs tried', sum('hostileInputs')],
  ['crashes', sum('crashes')],
  // Element-level: what the tests typed into the real elements, and what of it the stored records lack.
  ['edits typed in elements', sum('elementEdits')],
  ['edits lost in elements', sum('elementLost')],
  ['conflict resolutions tried', sum('resolutions')],
];

console.log('\nscenarios run:');
for (const item of figures) {
  const { scenario, ...rest } = item;
  console.log(`  - ${scenario}: ${Object.entries(rest).map(([key, value]) => `${key} ${value}`).join(', ')}`);
}
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n  ${'measure'.padEnd(width)} | value`);
console.log(`  ${'-'.repeat(width)}-+-------`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)} | ${value}`);
// Tampering (issue 13): what the tamper tests did to stored data and import files, and how much was detected.
const tamperCases = sum('tamperCases');
const tamperDetected = sum('tamperDetected');
console.log(`\n  tampering: detected ${tamperDetected} of ${tamperCases} (forged chains under a key, forged import file, row edited, version rolled back, ciphertext replayed, clear field swapped)`);
console.log(`  without a key, chains re-computed by hand: ${sum('unkeyedSaidAccidentsOnly')} of ${sum('unkeyedForgeries')} verdicts said they prove accidents only (forgery needs a key to detect)`);

console.log(`\n${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const problems = [];
if (code !== 0 || failed > 0) problems.push('a scenario failed (run the files above with `npm run test:browser` to see it)');
if (!counts) problems.push('the test runner reported no counts');
if (figures.length === 0) problems.push('no scenario reported its figures');
if (sum('lost') > 0) problems.push('records were lost');
if (sum('crashes') > 0) problems.push('hostile input crashed a function');
if (sum('survived') < sum('faults')) problems.push('a fault was not survived');
if (tamperCases === 0) problems.push('no tamper case reported its figures');
if (tamperDetected < tamperCases) problems.push('a tamper case was not detected');
if (sum('unkeyedSaidAccidentsOnly') < sum('unkeyedForgeries')) problems.push('a verdict without a key claimed proof against forgery');
if (sum('elementEdits') === 0) problems.push('no element-level scenario reported the edits it typed');
// Each element's interleaved suite must have run (issue 11: one plan, one visitation plan, one contact).
for (const [element, pattern] of [['editors', /2 editors/], ['planners', /2 planners/], ['contact logs', /2 contact logs/]]) {
  if (!figures.some((item) => pattern.test(item.scenario) && (item.elementEdits ?? 0) > 0)) problems.push(`no interleaved scenario of two ${element} reported the edits it typed`);
}
if (sum('elementLost') > 0) problems.push('edits typed in the elements were lost');
if (problems.length > 0) {
  if (code !== 0) console.log(output.split('\n').filter((line) => /❌|AssertionError|Error:/.test(line)).slice(0, 40).join('\n'));
  console.log(`\nRELIABILITY FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('reliability: ok');
