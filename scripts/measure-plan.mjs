// `node scripts/measure-plan.mjs`: how much work the demo's case plan asks of a caseworker, at 1280x900.
// Starts the demo server (own port), opens the demo with a fixed clock in a fresh browser context, and
// prints: the page height (document scrollHeight) and the editor's height; the Tab presses from the page
// top to the plan's primary action (a `button.primary` in the editor, or its Start a revision step); whether the
// plan opens with a blocking error (an alert inside the editor); the editor's Tab stops; and the pointer
// clicks to create a plan with a goal, one sub-goal and one item and submit it (countCreateClicks).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const port = Number(process.env.CP_DEMO_PORT ?? 5741);
const origin = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'vite.demo.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'pipe', 'ignore'] });

// Our own server or none: another one on the port (a run left behind, another worktree) would be measured
// instead. Vite says where it listens once it does (before that, a server answering there is not ours).
let serverExited = false;
let serverListening = false;
server.once('exit', () => {
  serverExited = true;
});
server.stdout.setEncoding('utf8');
server.stdout.on('data', (text) => {
  if (text.includes(`127.0.0.1:${port}`)) serverListening = true;
});

async function waitForServer() {
  for (let round = 0; round < 120; round += 1) {
    if (serverExited) throw new Error(`the demo server could not start on port ${port} (in use? set CP_DEMO_PORT)`);
    try {
      if (serverListening && (await fetch(`${origin}/`)).ok) return;
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

/**
 * A caseworker with a pointer creates a case plan in the demo's plan list (an editor without plan-id) with
 * a goal, one sub-goal and one item, fills what submitting needs, and submits it. Every pointer click is
 * counted: typing is not a click, and a field is clicked unless focus already landed there after the
 * previous action. A native select counts two clicks (open it, pick the option: playwright picks the
 * option without a pointer, so that click is counted by hand).
 */
async function countCreateClicks(context) {
  const page = await context.newPage();
  await page.goto(`${origin}/?theme=light&locale=en&now=${encodeURIComponent('2026-11-18T21:00:00Z')}`);
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true', undefined, { timeout: 60000 });
  const editor = page.locator('#plans-editor');
  const steps = [];
  let clicks = 0;
  const deepFocus = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id ?? '';
    });
  // force: the next step is aria-disabled while blocked (still clickable: it lists what blocks it).
  const click = async (locator, what) => {
    await locator.click({ force: true });
    clicks += 1;
    steps.push(`${clicks}. click ${what}`);
  };
  /** Focuses a text field by clicking it unless focus is already there, then types. */
  const typeInto = async (locator, text, what) => {
    const id = await locator.getAttribute('id');
    if ((await deepFocus()) !== id) await click(locator, what);
    await page.keyboard.type(text);
    steps.push(`   type "${text}"`);
  };
  const choose = async (locator, label, what) => {
    await click(locator, `${what} (open the list)`);
    await locator.selectOption({ label });
    clicks += 1;
    steps.push(`${clicks}. click "${label}"`);
  };
  await click(page.locator('.side-nav a[href="#plans"]'), 'the side navigation\'s "All plans of the case"');
  await click(editor.locator('#new-plan'), '"New plan"');
  await typeInto(editor.locator('#f-goal-title'), 'Sofia returns home safely', 'the goal\'s title');
  await typeInto(editor.locator('#f-subgoal-new'), 'Ana stays sober', 'the new sub-goal\'s title');
  await page.keyboard.press('Enter');
  steps.push('   press Enter (adds the sub-goal)');
  const form = editor.locator('form[part~="add-item"]').first();
  await typeInto(form.locator('input[name="name"]'), 'Weekly counselling', 'the new item\'s name');
  await page.keyboard.press('Tab');
  steps.push('   press Tab');
  await typeInto(form.locator('input[name="purpose"]'), 'Ana talks through what leads her to drink', 'the new item\'s purpose');
  await page.keyboard.press('Enter');
  steps.push('   press Enter (adds the item, which opens)');
  await choose(editor.locator('#f-principal'), 'Sofia Almeida Reed (Child in foster care)', 'the principal participant');
  await click(editor.locator('input[name="member"][value="p-ana"]'), 'the mother as a member of the plan');
  await choose(editor.locator('#f-permanency-primary'), 'Reunification', 'the primary permanency goal');
  // Who can be responsible: the plan's members (the mother, added above) and the agency's staff.
  await editor.locator('article[part~="item"] select[id$="-responsibility"]').waitFor();
  await choose(editor.locator('article[part~="item"] select[id$="-responsibility"]'), 'Ana Almeida (Mother)', 'who is responsible for the item');
  await click(editor.locator('#primary-action'), '"Submit for approval"');
  let outcome;
  try {
    await page.waitForFunction(() => document.querySelector('#plans-editor')?.shadowRoot?.querySelector('[part~="status-badge"]')?.textContent?.includes('Submitted'), undefined, { timeout: 10000 });
    outcome = 'submitted';
  } catch {
    outcome = `NOT submitted: ${await editor.evaluate((element) => element.shadowRoot.querySelector('[id^="next-step-blockers"]')?.textContent.trim().replace(/\s+/g, ' ') ?? 'no blockers shown')}`;
  }
  await context.close();
  return { clicks, outcome, steps };
}

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

  const flow = await countCreateClicks(await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en', timezoneId: 'America/Chicago' }));
  console.log(`clicks to create a plan with a goal, one sub-goal and one item and submit it: ${flow.clicks} (${flow.outcome})`);
  for (const step of flow.steps) console.log(`  ${step}`);
} finally {
  await browser?.close();
  await stopServer();
}

/** Vite's SIGTERM handler can hang closing its watchers: a server still there after 3 s is killed outright. */
async function stopServer() {
  if (serverExited) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 3000))]);
  if (!stopped) server.kill('SIGKILL');
}
