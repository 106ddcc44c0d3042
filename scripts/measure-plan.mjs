// `node scripts/measure-plan.mjs`: how much work the demo's case plan asks of a caseworker, at 1280x900.
// Starts the demo server (own port), opens the demo with a fixed clock in a fresh browser context, and
// prints: the page height (document scrollHeight) and the editor's height; the Tab presses from the page
// top to the plan's primary action (a `button.primary` in the editor, or its Start a revision step); whether the
// plan opens with a blocking error (an alert inside the editor).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const port = Number(process.env.CP_DEMO_PORT ?? 5741);
const origin = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'vite.demo.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });

async function waitForServer() {
  for (let round = 0; round < 120; round += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('demo server did not start');
}

/** The deepest focused element's description (tag, text, aria-label). */
const describeFocus = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return { tag: active?.localName ?? '', text: (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim().slice(0, 80), primary: (active?.classList.contains('primary') || active?.dataset?.step === 'start-revision') ?? false, inEditor: Boolean(active && active.getRootNode() !== document && active.getRootNode().host?.closest?.('service-plan-editor, cp-field')) };
};

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en', timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.log(`console error: ${message.text()}`));
  await page.goto(`${origin}/?theme=light&locale=en&now=${encodeURIComponent('2026-11-18T21:00:00Z')}`);
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true', undefined, { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('service-plan-editor')?.shadowRoot?.querySelector('[part~="status"], [part~="plan-header"]'), undefined, { timeout: 60000 });
  let previous = -1;
  for (let round = 0; round < 20; round += 1) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height === previous) break;
    previous = height;
    await page.waitForTimeout(500);
  }
  const sizes = await page.evaluate(() => {
    const editor = document.querySelector('service-plan-editor');
    const alerts = [...editor.shadowRoot.querySelectorAll('[role="alert"], .field-error, [part~="field-error"]')].map((node) => node.textContent.trim()).filter(Boolean);
    return { page: document.documentElement.scrollHeight, editor: Math.round(editor.getBoundingClientRect().height), alerts };
  });
  console.log(`page scrollHeight at 1280x900: ${sizes.page} px (${(sizes.page / 900).toFixed(2)} screens)`);
  console.log(`editor height: ${sizes.editor} px (${(sizes.editor / 900).toFixed(2)} screens)`);
  console.log(`messages shown on open: ${sizes.alerts.length ? sizes.alerts.join(' | ') : 'none'}`);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.activeElement?.blur?.();
  });
  await page.mouse.click(5, 5);
  let presses = 0;
  let found;
  for (; presses < 800; ) {
    await page.keyboard.press('Tab');
    presses += 1;
    const focus = await page.evaluate(describeFocus);
    if (focus.primary && focus.inEditor) {
      found = focus;
      break;
    }
  }
  console.log(found ? `Tab presses from the page top to the plan's primary action ("${found.text}"): ${presses}` : `no primary action reached in ${presses} Tab presses`);

  // The editor's Tab stops, items closed and then with its first item open: Tab from the editor's first
  // stop until focus leaves it; date fields counted apart (a native date input can be several stops).
  const countEditorStops = async () => {
    await page.evaluate(() => {
      const editor = document.querySelector('service-plan-editor');
      const first = editor.shadowRoot.querySelector('button, input, select, textarea, a[href], [tabindex="0"]');
      first.focus();
    });
    let stops = 1;
    let dateStops = 0;
    for (; stops < 2000; ) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        const host = active?.getRootNode?.().host;
        return { inEditor: Boolean(host?.closest?.('service-plan-editor') || host?.localName === 'service-plan-editor'), date: active?.localName === 'input' && (active.type === 'date' || active.dataset.date !== undefined) };
      });
      if (!where.inEditor) break;
      stops += 1;
      if (where.date) dateStops += 1;
    }
    return { stops, dateStops };
  };
  const closed = await countEditorStops();
  console.log(`editor Tab stops, items closed: ${closed.stops} (date fields: ${closed.dateStops})`);
  const opened = await page.evaluate(() => {
    const toggle = document.querySelector('service-plan-editor').shadowRoot.querySelector('article[part~="item"] button.details-toggle');
    toggle?.click();
    return Boolean(toggle);
  });
  if (opened) {
    await page.waitForTimeout(300);
    const open = await countEditorStops();
    console.log(`editor Tab stops, first item open: ${open.stops} (date fields: ${open.dateStops})`);
  }
  await context.close();
} finally {
  await browser?.close();
  server.kill('SIGTERM');
}
