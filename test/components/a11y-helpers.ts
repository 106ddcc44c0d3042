/**
 * Accessibility helpers for every element's tests: axe-core against an element and its shadow DOM,
 * and real keyboard input (through the test runner's sendKeys, i.e. the browser's own key events).
 */
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import { sendKeys } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

export interface AxeCheckOptions {
  /** Rules to leave out for this check, with a reason in the calling test. */
  disabledRules?: string[];
}

// Page-level rules: a component tested alone is not a whole page (no <main>, no <h1>, no skip link).
const pageLevelRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'html-has-lang'];

let queue: Promise<unknown> = Promise.resolve();

function describeViolations(violations: Axe.Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    at ${JSON.stringify(node.target)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `  ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

const layAllOut = new CSSStyleSheet();
layAllOut.replaceSync('* { content-visibility: visible !important; }');

/**
 * Runs `check` with every part of `element` laid out, in its light DOM and every shadow root inside it.
 * Parts away from the screen (`content-visibility: auto`) are laid out only when the user scrolls near
 * them; until then axe reads no real geometry for them (sizes, spacing, colours under text) and judges
 * placeholders. Laid out, they are judged as the user will see them.
 */
async function allLaidOut<T>(element: Element, check: () => Promise<T>): Promise<T> {
  const roots = [element, ...element.querySelectorAll('*')].flatMap(function shadowRootsOf(node: Element): ShadowRoot[] {
    const root = node.shadowRoot;
    return root ? [root, ...[...root.querySelectorAll('*')].flatMap(shadowRootsOf)] : [];
  });
  const documentRoot = element.getRootNode() as Document | ShadowRoot;
  const targets = [documentRoot, ...roots];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, layAllOut];
  try {
    return await check();
  } finally {
    for (const target of targets) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((sheet) => sheet !== layAllOut);
  }
}

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA, plus best practices) on `element`, its light DOM and every
 * shadow root inside it, and fails with a readable list of violations. Runs one check at a time
 * (axe cannot run concurrently).
 */
export async function expectNoAxeViolations(element: Element, options: AxeCheckOptions = {}): Promise<void> {
  const run = queue.then(() =>
    allLaidOut(element, () =>
      window.axe.run(element, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: Object.fromEntries([...pageLevelRules, ...(options.disabledRules ?? [])].map((rule) => [rule, { enabled: false }])),
        resultTypes: ['violations'],
      }),
    ),
  );
  queue = run.catch(() => undefined);
  const results = await run;
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} accessibility violation(s) in <${element.localName}>:\n${describeViolations(results.violations)}`);
  }
}

/** The focused element, followed into shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function pressKey(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/**
 * Presses Tab `times` times (Shift+Tab when `backwards`: Shift held down around each Tab, as the test
 * runner knows no 'Shift+Tab' key and throws "Unknown key").
 */
export async function tab(times = 1, backwards = false): Promise<void> {
  for (let count = 0; count < times; count += 1) {
    if (!backwards) {
      await sendKeys({ press: 'Tab' });
      continue;
    }
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
  }
}

export async function typeText(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Describes an element for failure messages: tag, id, accessible text. */
export function describeElement(element: Element | null): string {
  if (!element) return '(nothing)';
  const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return `<${element.localName}${element.id ? `#${element.id}` : ''}> "${label}"`;
}

/**
 * Tabs until the focused element (followed into shadow roots) matches, as a keyboard user would
 * reach it; fails, listing where focus went, after `maxTabs` presses.
 */
export async function tabTo(matches: (element: Element) => boolean, maxTabs = 25): Promise<Element> {
  const visited: string[] = [];
  for (let count = 0; count < maxTabs; count += 1) {
    await tab();
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    visited.push(describeElement(active));
  }
  throw new Error(`No matching element reached with ${maxTabs} Tab presses. Focus went to:\n  ${visited.join('\n  ')}`);
}
