// Tests what ships: builds dist/ as `npm run build` does (vite), bundles a host page that imports the
// built modules (as a host's bundler would, honouring package.json `sideEffects`), serves it under the
// strict Content Security Policy with Trusted Types, opens a plan of more than 40 items (each item one
// summary line, whose text has a catalog of its own) in each shipped language, and fails on any raw message key on screen (text,
// accessible names, titles, placeholders), on any policy violation, console error or uncaught error.
// Prints `N passed, N failed` and exits non-zero on a failure. `--no-build` reuses dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checker, launchChromium, serveStrict } from './strict-page.mjs';

const root = resolve(import.meta.dirname, '..');
const ITEMS = 45;
const languages = [
  // An item's dates on its summary line, as each language words them ("{start} to {end}").
  ['en', /\S+ to \S+/],
  ['es', /Del \S+ al \S+/],
  ['fr', /Du \S+ au \S+/],
  ['pt', /De \S+ a \S+/],
];

// `--no-build` reuses dist/ (`npm test` builds it once, with `npm run build`, for this check and the package's).
const built = process.argv.includes('--no-build') ? { status: 0 } : spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0 || !existsSync(resolve(root, 'dist/service-plan-editor.js'))) {
  console.log('vite build failed (or no dist/ to reuse)\n0 passed, 1 failed');
  process.exit(1);
}

// The page: the built modules only, plus the plan data the benchmark opens (plain data).
const page = `
import ${JSON.stringify(resolve(root, 'dist/caseplan-provider.js'))};
import ${JSON.stringify(resolve(root, 'dist/service-plan-editor.js'))};
import { MemoryStorageAdapter } from ${JSON.stringify(resolve(root, 'dist/storage.js'))};
import { planWithItems, catalog, participants, templates, NOW, worker } from ${JSON.stringify(resolve(root, 'bench/page/plan-data.ts'))};
const storage = new MemoryStorageAdapter();
storage.put('servicePlan', planWithItems('plan-large', ${ITEMS})).then(() => {
  const provider = document.querySelector('caseplan-provider');
  Object.assign(provider, { storage, participants, catalog, templates, currentUser: worker, now: NOW });
  document.documentElement.dataset.ready = 'true';
}, (error) => {
  document.documentElement.dataset.ready = 'failed';
  console.error('dist page set-up failed', String(error));
});
`;
const bundle = await build({
  stdin: { contents: page, resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['browser', 'production'],
  tsconfig: 'tsconfig.json',
  splitting: true,
  outdir: 'dist-check-bundle',
  entryNames: 'app',
  write: false,
  logLevel: 'error',
});
const scripts = new Map(bundle.outputFiles.map((file) => [`/${file.path.split('/').at(-1)}`, file.text]));
const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>caseplan-elements as built</title>
<script type="module" src="/app.js"></script></head>
<body>
<caseplan-provider locale="en">
  <service-plan-editor case-id="case-1" plan-id="plan-large" kind="outcome"></service-plan-editor>
</caseplan-provider>
</body>
</html>`;

const { origin, close } = await serveStrict(html, scripts);
const browser = await launchChromium();
const { check, finish } = checker();
// A message key: lowercase dotted words with at least two dots (`spe.item.show-details`), alone.
const rawKey = /(?<![\w@/.:-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*){2,}(?![\w@/:-])/g;

try {
  const page = await browser.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI || ''}`.trim()));
  });
  await page.goto(origin);
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 30000 });
  check('the page set itself up from the built modules', (await page.evaluate(() => document.documentElement.dataset.ready)) === 'true');

  for (const [locale, summaryDates] of languages) {
    const screen = await page.evaluate(
      async ({ locale, items }) => {
        const provider = document.querySelector('caseplan-provider');
        const editor = document.querySelector('service-plan-editor');
        provider.locale = locale;
        const deadline = Date.now() + 20000;
        const deepQuery = (rootNode, selector) => {
          const found = [...rootNode.querySelectorAll(selector)];
          for (const element of rootNode.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQuery(element.shadowRoot, selector));
          return found;
        };
        // Wait until every item's summary line is on screen in this language.
        while (Date.now() < deadline) {
          await editor.updateComplete;
          if (editor.lang === locale || editor.shadowRoot?.querySelector(`[lang="${locale}"]`)) {
            if (deepQuery(editor.shadowRoot, 'article[part~="item"]').length >= items) break;
          }
          await new Promise((done) => setTimeout(done, 100));
        }
        const texts = [];
        const walk = (node) => {
          if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent);
          if (node.nodeType === Node.ELEMENT_NODE) for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) if (node.hasAttribute(name)) texts.push(node.getAttribute(name));
          if (node.shadowRoot) walk(node.shadowRoot);
          for (const child of node.childNodes) walk(child);
        };
        walk(editor);
        return { items: deepQuery(editor.shadowRoot, 'article[part~="item"]').length, text: texts.join('\n') };
      },
      { locale, items: ITEMS },
    );
    check(`${locale}: the plan's ${ITEMS} items are on screen`, screen.items >= ITEMS, `${screen.items} items`);
    const keys = [...new Set(screen.text.match(rawKey) ?? [])];
    check(`${locale}: no raw message key on screen`, keys.length === 0, keys.slice(0, 8).join(', '));
    if (summaryDates) check(`${locale}: the summary lines speak the language (${summaryDates})`, summaryDates.test(screen.text));
  }

  const violations = await page.evaluate(() => window.__cspViolations);
  check('no Content Security Policy or Trusted Types violation', violations.length === 0, violations.slice(0, 5).join(' | '));
  check('no console error', consoleErrors.length === 0, consoleErrors.slice(0, 5).join(' | '));
  check('no uncaught error', pageErrors.length === 0, pageErrors.slice(0, 5).join(' | '));
} finally {
  await browser.close();
  close();
}
process.exit(finish() > 0 ? 1 : 0);
