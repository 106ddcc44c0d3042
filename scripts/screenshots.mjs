// `npm run screenshots`: starts the demo server, drives the system Chromium with playwright-core and
// writes PNGs to screenshots/: the demo page in each theme (and at 320 px), one element in each
// language, and each element as printed (print media). Every browser context is fresh, so each page
// seeds the sample case into an empty IndexedDB; the clock is fixed so the pictures are comparable.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const port = Number(process.env.CP_DEMO_PORT ?? 5173);
const origin = `http://127.0.0.1:${port}`;
const outDir = 'screenshots';
const fixedNow = '2026-11-18T21:00:00Z';
const themes = ['light', 'dark', 'high-contrast'];
const locales = ['en', 'es', 'fr', 'pt-BR'];
const elementTags = ['service-plan-editor', 'visitation-planner', 'contact-log'];

function startDemoServer() {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'vite.demo.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  return { server, output: () => output };
}

async function waitForServer(getOutput, timeoutMs = 30000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The demo server did not start on ${origin}:\n${getOutput()}`);
}

/**
 * Waits until every caseplan element on the page has rendered its content (taller than a loading line)
 * and the page height has stopped changing for half a second.
 */
async function waitForElements(page) {
  // The first visit may reload once while Vite prepares dependencies: wait for the page to say it is set up.
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true', undefined, { timeout: 30000 });
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))]
        .filter((element) => customElements.get(element.localName))
        .every((element) => element.shadowRoot && element.getBoundingClientRect().height > 120 && !element.shadowRoot.querySelector('[aria-busy="true"]')),
    elementTags,
    { timeout: 20000 },
  );
  let previous = -1;
  for (let round = 0; round < 20; round += 1) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height === previous) break;
    previous = height;
    await page.waitForTimeout(500);
  }
}

/** A PNG of one element (or its first `maxHeight` pixels: a long plan would make an unreadable picture). */
async function shootElement(page, selector, path, maxHeight = 1800) {
  const box = await page.evaluate((query) => {
    const element = document.querySelector(query);
    if (!element || !customElements.get(element.localName) && element.localName.includes('-')) return undefined;
    const rect = element.getBoundingClientRect();
    return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height };
  }, selector);
  if (!box || box.width === 0 || box.height === 0) return false;
  await page.screenshot({ path, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, maxHeight) } });
  return true;
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core (WCAG 2.2 AA rules) on the whole page, shadow roots included; prints what it finds. */
async function checkAccessibility(page, label) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes.slice(0, 2).map((node) => node.target.join(' ')).join(' | ')}`);
  });
  console.log(`  axe on ${label}: ${violations.length === 0 ? 'no violations' : violations.join('\n    ')}`);
  return violations.length;
}

async function openDemo(browser, { theme = 'light', locale = 'en', width = 1280, path = '/' } = {}) {
  // The family lives in Chicago: the browser is there too, as the caseworker's would be.
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale, timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${origin}${path}?theme=${theme}&locale=${locale}&now=${encodeURIComponent(fixedNow)}`);
  await waitForElements(page);
  return { context, page, problems };
}

async function shoot(browser, name, options, take) {
  const { context, page, problems } = await openDemo(browser, options);
  try {
    await take(page);
    console.log(`${name}: done${problems.length ? `  (${problems.length} problem(s): ${problems.join(' | ')})` : ''}`);
  } finally {
    await context.close();
  }
}

let accessibilityViolations = 0;

async function main() {
  mkdirSync(outDir, { recursive: true });
  const { server, output } = startDemoServer();
  let browser;
  try {
    await waitForServer(output);
    browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    for (const theme of themes) {
      // The top of the page (header, case banner, the plan's start), then each element's first screenful.
      await shoot(browser, `demo-${theme}`, { theme }, async (page) => {
        accessibilityViolations += await checkAccessibility(page, `the demo page (${theme})`);
        await page.screenshot({ path: `${outDir}/demo-${theme}.png`, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1400 } });
        for (const tag of elementTags) await shootElement(page, tag, `${outDir}/demo-${theme}-${tag}.png`, 1400);
      });
    }
    await shoot(browser, 'demo-320px', { width: 320 }, (page) => page.screenshot({ path: `${outDir}/demo-320px.png`, fullPage: true, clip: { x: 0, y: 0, width: 320, height: 2400 } }));
    for (const locale of locales) {
      await shoot(browser, `service-plan-editor-${locale}`, { locale }, async (page) => {
        await shootElement(page, 'service-plan-editor', `${outDir}/service-plan-editor-${locale}.png`);
        await shootElement(page, 'visitation-planner', `${outDir}/visitation-planner-${locale}.png`);
      });
    }
    await shoot(browser, 'react-host', { path: '/react.html' }, async (page) => {
      accessibilityViolations += await checkAccessibility(page, 'the React host page');
      await page.screenshot({ path: `${outDir}/react-host.png`, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1600 } });
    });
    // Print: each element as the printed document (print media), in Brazilian Portuguese, in pages of 1800 px.
    await shoot(browser, 'print', { locale: 'pt-BR' }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(300);
      for (const tag of elementTags) {
        if (!(await shootElement(page, tag, `${outDir}/print-${tag}.png`, 3000))) console.log(`  <${tag}> is not on the demo page yet: no print screenshot`);
      }
      await page.pdf({ path: `${outDir}/demo-print.pdf`, format: 'A4', printBackground: true });
    });
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
  }
  if (accessibilityViolations > 0) console.log(`axe found ${accessibilityViolations} kind(s) of violation: see above.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
