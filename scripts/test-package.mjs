// `npm test` step "the package, as a vendor gets it": builds, packs the tarball (npm pack), unpacks it
// as tmp/hosts/node_modules/caseplan-elements and checks it as a host would:
// 1. the package itself: LICENSE, no source, every export present, sideEffects exact both ways, the
//    manifest pointing at files it contains, one version;
// 2. host apps made from it (test/hosts/: vanilla TypeScript, React 19, Vue 3): strict type check with
//    no casts (vue-tsc for Vue), a production Vite build, then in Chromium: the plan of 45 items renders,
//    no raw message key on screen, a typed goal is saved (cp-saved reaches the host, storage holds
//    exactly what was typed), the language switches to Spanish.
// Offline: the host apps resolve react, vue and the rest from this repository's node_modules.
// Prints `ok`/`FAIL` lines and ends with `N passed, N failed`. `--no-build` reuses dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from './find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'tmp/hosts');
const installed = join(work, 'node_modules/caseplan-elements');
let passed = 0;
let failed = 0;

function check(label, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}${!ok && detail ? `\n       ${String(detail).split('\n').slice(0, 30).join('\n       ')}` : ''}`);
  return ok;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A package.json sideEffects glob (`*` within one folder) as a RegExp over package-relative paths. */
const globPattern = (glob) => new RegExp(`^${glob.replace(/^\.\//, '').split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);

// ---- build and pack
if (!process.argv.includes('--no-build')) {
  console.log('package: npm run build...');
  const built = run('npm', ['run', 'build', '--silent']);
  if (!check('npm run build', built.ok, built.output.slice(-3000))) process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const packed = run('npm', ['pack', '--silent', '--pack-destination', work]);
const tarball = join(work, packed.output.trim().split('\n').at(-1));
if (!check('npm pack', packed.ok && existsSync(tarball), packed.output)) process.exit(1);
execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);

// ---- 1. the package itself
console.log('package contents:');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const shipped = filesUnder(installed).map((file) => relative(installed, file));
check('LICENSE is in the tarball', shipped.includes('LICENSE'));
check('no source (src/) in the tarball', !shipped.some((file) => file.startsWith('src/')), shipped.filter((file) => file.startsWith('src/')).slice(0, 5));
const exportTargets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
const missingExports = exportTargets.filter((target) => !existsSync(join(installed, target)));
check(`every export target is in the tarball (${exportTargets.length})`, missingExports.length === 0, missingExports);
const sideEffectGlobs = pkg.sideEffects.map(globPattern);
const unmatchedGlobs = pkg.sideEffects.filter((glob, index) => !shipped.some((file) => sideEffectGlobs[index].test(file)));
check('every sideEffects entry names files the package has', unmatchedGlobs.length === 0, unmatchedGlobs);
const registers = (file) => /^(?:const \w+ = )?(?:registerMessages|registerLocale|defineElements?)\(/m.test(readFileSync(join(installed, file), 'utf8'));
const jsFiles = shipped.filter((file) => file.startsWith('dist/') && file.endsWith('.js') && !file.startsWith('dist/bundle/'));
const listed = (file) => sideEffectGlobs.some((pattern) => pattern.test(file));
const unlisted = jsFiles.filter((file) => registers(file) && !listed(file));
const needless = jsFiles.filter((file) => listed(file) && !registers(file));
check('every module that registers something at import is in sideEffects', unlisted.length === 0, unlisted);
check('sideEffects lists no module that registers nothing', needless.length === 0, needless);
const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
const manifestPaths = manifest.modules.map((module) => module.path);
const absent = manifestPaths.filter((path) => !shipped.includes(path));
check(`the manifest's ${manifestPaths.length} module paths are files of the package (dist/)`, absent.length === 0, absent.slice(0, 5));
// The inputs the framework typings accept (React JSX, Vue templates) are each element's public inputs in the manifest.
const propsTypes = readFileSync(join(installed, 'dist/types/framework-types/element-props.d.ts'), 'utf8');
const aliases = new Map([...propsTypes.matchAll(/type (\w+) = ([^;]+);/g)].map(([, name, body]) => [name, body]));
const literals = (body) => [...body.matchAll(/'([A-Za-z]+)'|\b([A-Z]\w+)\b/g)].flatMap(([, literal, alias]) => (literal ? [literal] : aliases.has(alias) ? literals(aliases.get(alias)) : []));
const propsTypeOf = { 'caseplan-provider': 'CaseplanProviderProps', 'service-plan-editor': 'ServicePlanEditorProps', 'visitation-planner': 'VisitationPlannerProps', 'contact-log': 'ContactLogProps' };
for (const [tag, typeName] of Object.entries(propsTypeOf)) {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tag);
  // A read-only field (`readComplete`) is an output the host reads, never an input a template sets.
  const inputs = (declaration?.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public').map((member) => member.name).sort();
  const typed = [...new Set(literals(aliases.get(typeName) ?? ''))].sort();
  check(`<${tag}>: the framework typings accept exactly its inputs in the manifest (${inputs.length})`, inputs.length > 0 && JSON.stringify(typed) === JSON.stringify(inputs), `typed: ${typed.join(', ')}\nmanifest: ${inputs.join(', ')}`);
}
for (const file of ['web-types.json', 'vscode.html-custom-data.json']) {
  const data = existsSync(join(installed, file)) ? readFileSync(join(installed, file), 'utf8') : '';
  check(`${file} describes the four tags`, ['caseplan-provider', 'service-plan-editor', 'visitation-planner', 'contact-log'].every((tag) => data.includes(`"${tag}"`)));
}
const versionInCode = /sdkVersion = "([^"]+)"/.exec(readFileSync(join(installed, 'dist/define/sdk-copies.js'), 'utf8'))?.[1];
check(`the version the code reports (${versionInCode}) is the package's (${pkg.version})`, versionInCode === pkg.version);

// ---- 1b. each entry alone types what it brings: its tags and its cp-* events (test/hosts/entry-types/, one program per file)
{
  const dir = join(work, 'entry-types');
  cpSync(join(root, 'test/hosts/entry-types'), dir, { recursive: true });
  const base = JSON.parse(readFileSync(join(root, 'test/hosts/shared/tsconfig.json'), 'utf8'));
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const config = join(dir, `tsconfig.${file}.json`);
    writeFileSync(config, JSON.stringify({ ...base, files: [file] }, null, 2));
    const typed = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', config]);
    check(`entry types alone: ${file} (the tag and its events, nothing else imported)`, typed.ok, typed.output);
  }
}

// ---- 2. host apps
const englishKeys = new Set(
  jsFiles
    .filter((file) => /messages\/en\.js$|i18n\/messages\/[a-z-]+\.js$/.test(file))
    .flatMap((file) => [...readFileSync(join(installed, file), 'utf8').matchAll(/["']([a-z][\w-]*(?:\.[\w-]+)+)["']\s*:/g)].map(([, key]) => key)),
);
check(`message keys read from the English catalogs (${englishKeys.size})`, englishKeys.size > 100);

/** README code blocks marked `<!-- host-check: react/readme-react.tsx -->`: checked as files of that host app. */
const readmeSnippets = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/<!-- host-check: ([a-z]+)\/([\w.-]+) -->\s*```\w*\n([\s\S]*?)```/g)].map(([, host, file, code]) => ({ host, file, code }));
check(`README snippets to check in the host apps (${readmeSnippets.length})`, readmeSnippets.length >= 4);

const hosts = [
  { name: 'vanilla', typecheck: ['node_modules/typescript/bin/tsc'], jsx: undefined },
  { name: 'react', typecheck: ['node_modules/typescript/bin/tsc'], jsx: 'react-jsx' },
  { name: 'vue', typecheck: ['node_modules/vue-tsc/bin/vue-tsc.js'], jsx: 'preserve' },
];

const contentTypes = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.map': 'application/json' };
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const host of hosts) {
    console.log(`host app: ${host.name}`);
    const dir = join(work, host.name);
    cpSync(join(root, 'test/hosts', host.name), dir, { recursive: true });
    cpSync(join(root, 'test/hosts/shared/scenario.ts'), join(dir, 'scenario.ts'));
    for (const snippet of readmeSnippets.filter((candidate) => candidate.host === host.name)) writeFileSync(join(dir, snippet.file), snippet.code);
    const base = JSON.parse(readFileSync(join(root, 'test/hosts/shared/tsconfig.json'), 'utf8'));
    const tsconfig = { ...base, compilerOptions: { ...base.compilerOptions, ...(host.jsx ? { jsx: host.jsx } : {}), ...(host.name === 'vue' ? { types: ['vite/client'] } : {}) }, include: ['.'], exclude: ['dist'] };
    if (host.name === 'vue') tsconfig.vueCompilerOptions = { strictTemplates: true };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const typed = run(process.execPath, [...host.typecheck, '--noEmit', '-p', join(dir, 'tsconfig.json')]);
    check(`${host.name}: strict type check of the host code (no casts; README snippets too)`, typed.ok, typed.output);
    const code = (file) => readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|\/\/.*$/gm, '');
    const casts = readdirSync(dir).filter((file) => /\.(ts|tsx|vue)$/.test(file) && /\bas (?!const\b)[A-Za-z{[(]|<[A-Z]\w*>\s*\w/.test(code(file)));
    check(`${host.name}: no type casts in the host code`, casts.length === 0, casts);

    let output;
    try {
      const configFile = existsSync(join(dir, 'vite.config.ts')) ? join(dir, 'vite.config.ts') : false;
      await build({ root: dir, configFile, logLevel: 'error', mode: 'production', build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' } });
      output = join(dir, 'dist');
    } catch (error) {
      check(`${host.name}: production build`, false, error instanceof Error ? error.message : error);
      continue;
    }
    check(`${host.name}: production build`, true);

    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = join(output, path === '/' ? 'index.html' : path);
      if (file.startsWith(output) && existsSync(file) && statSync(file).isFile()) response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      else if (path === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404).end();
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => window.host?.ready === true, undefined, { timeout: 30_000 });
      const itemCount = await page
        .waitForFunction(() => document.querySelector('service-plan-editor')?.shadowRoot?.querySelectorAll('article[part~="item"]').length ?? 0, undefined, { timeout: 30_000 })
        .then(() => page.evaluate(() => document.querySelector('service-plan-editor').shadowRoot.querySelectorAll('article[part~="item"]').length));
      check(`${host.name}: the plan's 45 items render (${itemCount})`, itemCount === 45);

      /** Every text and accessible label on screen, through the shadow roots. */
      const screenText = () =>
        page.evaluate(() => {
          const parts = [];
          const visit = (node) => {
            if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
            if (node.nodeType === Node.ELEMENT_NODE) {
              for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (node.hasAttribute(name)) parts.push(node.getAttribute(name));
              if (node.shadowRoot) visit(node.shadowRoot);
            }
            for (const child of node.childNodes) visit(child);
          };
          visit(document.body);
          return parts.join('\n');
        });
      const rawKeys = (text) => [...englishKeys].filter((key) => text.includes(key));
      const english = await screenText();
      check(`${host.name}: no raw message key on screen (English)`, rawKeys(english).length === 0, rawKeys(english));

      const typedGoal = `Goal typed in the ${host.name} host, ${Date.now()}`;
      const goal = page.locator('service-plan-editor #f-goal-title');
      await goal.fill(typedGoal);
      await goal.press('Tab');
      await page.waitForFunction(() => window.host.saved.length > 0, undefined, { timeout: 30_000 }).catch(() => undefined);
      const stored = await page.evaluate(async () => ({ saved: window.host.saved, title: (await window.host.storage.get('servicePlan', 'plan-host-check'))?.goal.title }));
      check(`${host.name}: cp-saved reached the host`, stored.saved.length > 0, JSON.stringify(stored.saved));
      check(`${host.name}: storage holds exactly the goal typed`, stored.title === typedGoal, `stored: ${stored.title}`);

      await page.evaluate(() => window.host.setLocale('es'));
      const spanish = await page
        .waitForFunction(() => document.querySelector('service-plan-editor')?.shadowRoot?.textContent?.includes('Plan de caso'), undefined, { timeout: 30_000 })
        .then(() => true, () => false);
      check(`${host.name}: the language switches to Spanish`, spanish);
      const spanishText = await screenText();
      check(`${host.name}: no raw message key on screen (Spanish)`, rawKeys(spanishText).length === 0, rawKeys(spanishText));
      check(`${host.name}: no error or warning in the console`, errors.length === 0, errors.join('\n'));
    } catch (error) {
      check(`${host.name}: runs in Chromium`, false, error instanceof Error ? error.message : error);
    } finally {
      await page.close();
      await new Promise((done) => server.close(done));
    }
  }
  // Two copies of the single-file build on one page (a host's and a widget's): the page works with the
  // first copy's elements, and the console says once which two versions met.
  console.log('two copies on one page:');
  const bundle = readFileSync(join(installed, 'dist/bundle/caseplan-elements.js'));
  const twoCopies = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><body><contact-log case-id="case-1"></contact-log><script type="module" src="/host/caseplan-elements.js"></script><script type="module" src="/widget/caseplan-elements.js"></script><script type="module">window.bothCopiesRan = true;</script></body></html>');
    else if (path.endsWith('/caseplan-elements.js')) response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(bundle);
    else response.writeHead(204).end();
  });
  await new Promise((done) => twoCopies.listen(0, '127.0.0.1', done));
  const page = await browser.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (message) => (message.type() === 'warning' ? warnings : message.type() === 'error' ? errors : []).push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`http://127.0.0.1:${twoCopies.address().port}/`);
    const rendered = await page
      .waitForFunction(() => (document.querySelector('contact-log')?.shadowRoot?.textContent ?? '').trim().length > 0, undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    await page.waitForFunction(() => window.bothCopiesRan === true); // module scripts run in order: both copies have run
    check('two copies: the element renders', rendered);
    const copyWarnings = warnings.filter((text) => text.includes('caseplan-elements'));
    check(`two copies: one warning naming both versions (${copyWarnings.length})`, copyWarnings.length === 1 && (copyWarnings[0].match(new RegExp(pkg.version.replace(/\./g, '\\.'), 'g')) ?? []).length === 2, copyWarnings.join('\n'));
    check('two copies: no error', errors.length === 0, errors.join('\n'));
  } finally {
    await page.close();
    await new Promise((done) => twoCopies.close(done));
  }
} finally {
  await browser.close();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
