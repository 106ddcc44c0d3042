// Strict Content Security Policy and Trusted Types check: bundles test/csp/page.ts (the three elements in
// a provider on IndexedDB, with markup in a contact note), serves it with
//   script-src 'self' (no 'unsafe-eval', no 'unsafe-inline'), style-src 'self',
//   require-trusted-types-for 'script', trusted-types limited to Lit's policy,
// drives headless Chromium with playwright-core, and fails on any securitypolicyviolation, console error
// or page error, on an element that did not render, or on markup from the note becoming an element.
// Prints `N passed, N failed` and exits non-zero on a failure.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { strictPolicy } from './strict-page.mjs';

const policy = strictPolicy;

const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>caseplan-elements under a strict CSP</title>
<script type="module" src="/app.js"></script></head>
<body>
<caseplan-provider>
  <service-plan-editor case-id="case-2026-0142" plan-id="plan-almeida-reunification" kind="outcome"></service-plan-editor>
  <visitation-planner case-id="case-2026-0142" child-id="p-sofia"></visitation-planner>
  <contact-log case-id="case-2026-0142" child-id="p-sofia" time-zone="America/Chicago"></contact-log>
</caseplan-provider>
</body>
</html>`;

const bundle = await build({
  entryPoints: ['test/csp/page.ts'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['browser', 'production'],
  tsconfig: 'tsconfig.json',
  // The page imports src/; package.json's sideEffects names dist/ (the published modules), which would drop them.
  ignoreAnnotations: true,
  // The page imports the elements once the provider holds its storage: chunks, as a host's bundler makes.
  splitting: true,
  outdir: 'csp-bundle',
  entryNames: 'app',
  write: false,
  logLevel: 'error',
});
const scripts = new Map(bundle.outputFiles.map((file) => [`/${file.path.split('/').at(-1)}`, file.text]));

const server = createServer((request, response) => {
  const headers = { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' };
  if (request.url === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  else if (scripts.has(request.url)) response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(scripts.get(request.url));
  else if (request.url === '/favicon.ico') response.writeHead(204, headers).end();
  else response.writeHead(404, headers).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};

try {
  const page = await browser.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Injected by the browser driver (not subject to the page's policy): records every violation.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const target = event.target instanceof Element ? `<${event.target.localName} class="${event.target.getAttribute('class') ?? ''}">` : '';
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI || ''} ${event.sample || ''} ${target}`.trim());
    });
  });
  const response = await page.goto(origin);
  check('the page is served with the strict policy', (response?.headers()['content-security-policy'] ?? '') === policy);
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 30000 });
  check('the page set itself up', (await page.evaluate(() => document.documentElement.dataset.ready)) === 'true', await page.evaluate(() => document.documentElement.dataset.storage ?? ''));
  // Let the elements load their records and render.
  await page.waitForTimeout(2500);

  const rendered = await page.evaluate(() => {
    const deepText = (root) => {
      let text = '';
      const walk = (node) => {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
        if (node.shadowRoot) walk(node.shadowRoot);
        for (const child of node.childNodes) walk(child);
      };
      walk(root);
      return text.replace(/\s+/g, ' ').trim();
    };
    const deepQuery = (root, selector) => {
      const found = [...root.querySelectorAll(selector)];
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQuery(element.shadowRoot, selector));
      return found;
    };
    return {
      elements: ['service-plan-editor', 'visitation-planner', 'contact-log'].map((tag) => {
        const element = document.querySelector(tag);
        return { tag, defined: customElements.get(tag) !== undefined, text: element?.shadowRoot ? deepText(element.shadowRoot).slice(0, 20000) : '' };
      }),
      injected: deepQuery(document, '#injected, img[src="x"], script:not([src])').length,
      pwned: window.__pwned ?? null,
      noteShownAsText: deepText(document.body).includes('onerror="window.__pwned=1"'),
    };
  });
  for (const element of rendered.elements) {
    check(`<${element.tag}> is defined and rendered its content`, element.defined && element.text.length > 40, `${element.text.length} characters of text`);
  }
  check('markup in a contact note created no element', rendered.injected === 0, `${rendered.injected} found`);
  check('no script from a note ran', rendered.pwned === null);
  check('the note is shown as text', rendered.noteShownAsText);

  // A language not in the bundle arrives as a same-origin chunk (a dynamic import), allowed by script-src 'self'.
  const spanish = await page.evaluate(async () => {
    const log = document.querySelector('contact-log');
    log.locale = 'es';
    await log.updateComplete;
    return log.shadowRoot.querySelector('h2')?.textContent ?? '';
  });
  check('Spanish, loaded on demand as a chunk, shows under the policy', spanish === 'Registro de contactos', spanish);

  const violations = await page.evaluate(() => window.__cspViolations);
  check('no Content Security Policy or Trusted Types violation', violations.length === 0, violations.slice(0, 5).join(' | '));
  check('no console error', consoleErrors.length === 0, consoleErrors.slice(0, 5).join(' | '));
  check('no uncaught error', pageErrors.length === 0, pageErrors.slice(0, 5).join(' | '));

  // The policy is really enforced: a string assigned to innerHTML is refused.
  const enforced = await page.evaluate(() => {
    try {
      // eslint-disable-next-line no-restricted-syntax -- the probe: a string assigned to innerHTML must be refused here
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
  check('Trusted Types are enforced on this page (innerHTML with a string is refused)', enforced);
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
