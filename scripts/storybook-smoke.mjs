// `npm run storybook:smoke` (after `npm run build-storybook`): serves storybook-static, opens every
// story and docs page of its index in headless Chromium (in the given locale and theme globals) and
// fails when one throws, logs a console error or renders nothing. Also saves a few PNGs to
// screenshots/storybook-*.png to look at.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/index.json: run npm run build-storybook first.');
  process.exit(1);
}

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const entries = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries);
const globals = process.env.CP_STORY_GLOBALS ?? 'locale:en;theme:light';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const failures = [];
mkdirSync('screenshots', { recursive: true });
try {
  for (const entry of entries) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url().replace(origin, '')}`);
    });
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}&globals=${globals}`);
    try {
      const ready = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
      await page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? '').trim().length > 0 || (document.querySelector(selector)?.querySelector('*:defined') !== null && document.querySelector(selector)?.children.length), ready, { timeout: 15000 });
      await page.waitForTimeout(viewMode === 'docs' ? 1000 : 600);
    } catch {
      problems.push('rendered nothing within 15 s');
    }
    // A message key on screen means a catalog was left out of the bundle (or a key is missing).
    const rawKeys = await page.evaluate(() => {
      const texts = [];
      // Only what the elements render (their shadow roots): docs pages may name codes on purpose.
      const visit = (node, inside) => {
        if (node.nodeType === Node.TEXT_NODE && inside) texts.push(node.textContent);
        if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) visit(child, inside || node.localName.includes('-'));
        for (const child of node.childNodes) visit(child, inside);
      };
      visit(document.body, false);
      return texts.join(' ').match(/\b(common|spe|value|storage|visitation|contact|planner|log|input|violation)\.[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\b/g) ?? [];
    });
    if (rawKeys.length) problems.push(`message keys on screen: ${[...new Set(rawKeys)].slice(0, 5).join(', ')}`);
    if (/^(introduction|theming|elements-caseplan-provider)/.test(entry.id)) await page.screenshot({ path: `screenshots/storybook-${entry.id}.png`, fullPage: false });
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id}${problems.length ? `\n       ${problems.join('\n       ')}` : ''}`);
    if (problems.length) failures.push(entry.id);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${entries.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
