import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/entries/visitation-planner.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import type { CaseParticipant } from '../../../src/model/participant.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';

/** The end of March 2026 (evening in Lisbon): a whole month of visits lies behind. */
export const NOW = new Date('2026-03-31T20:00:00.000Z');
export const worker = { id: 'worker-1', name: 'Claire Martin' };

/** A family in care: the child, both parents, a grandmother, a CASA volunteer and the caseworker. */
export const family: CaseParticipant[] = [
  { id: 'child-1', name: 'Lucas Almeida', role: 'child', birthDate: '2017-05-02' },
  { id: 'mother-1', name: 'Joana Almeida', role: 'parent', relationship: 'mother' },
  { id: 'father-1', name: 'Rui Almeida', role: 'parent', relationship: 'father' },
  { id: 'grandmother-1', name: 'Maria Souza', role: 'relative', relationship: 'maternal grandmother' },
  { id: 'casa-1', name: 'Helen Park', role: 'casa' },
  { id: 'worker-1', name: 'Claire Martin', role: 'caseworker' },
];

export interface PlannerOptions {
  storage: StorageAdapter;
  locale?: string;
  readonly?: boolean;
  theme?: string;
  now?: Date;
}

/** A planner as a host would place it, waiting until the child's plans are loaded. */
export async function mountPlanner(options: PlannerOptions): Promise<VisitationPlanner> {
  const element = await fixture<VisitationPlanner>(html`<visitation-planner
    child-id="child-1"
    case-id="case-1"
    locale=${options.locale ?? 'en'}
    theme=${options.theme ?? 'light'}
    ?readonly=${options.readonly ?? false}
    .storage=${options.storage}
    .participants=${family}
    .currentUser=${worker}
    .now=${options.now ?? NOW}
  ></visitation-planner>`);
  await waitUntil(() => element.shadowRoot?.querySelector('.plans, .empty'), 'the planner did not load', { timeout: 5000 });
  return element;
}

export function $<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = (root.shadowRoot ?? root).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return [...(root.shadowRoot ?? root).querySelectorAll<T>(selector)];
}

export async function settle(element: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

/** The control with this id in the element's shadow root (ids may hold dots). */
export function byId<T extends HTMLElement = HTMLInputElement>(element: Element, id: string): T {
  return $<T>(element, `[id="${id}"]`);
}

/** Types into a field as a person would (focus, select what is there, type) and leaves it with Tab. */
export async function typeInto(element: Element & { updateComplete: Promise<boolean> }, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  if (text !== '') await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await settle(element);
}

/** Picks a value of a select, date or time control: what the browser does when the user chooses. */
export async function choose(element: Element & { updateComplete: Promise<boolean> }, control: HTMLSelectElement | HTMLInputElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(element);
}

export async function click(element: Element & { updateComplete: Promise<boolean> }, control: HTMLElement): Promise<void> {
  control.click();
  await settle(element);
}

/** Waits until `check` holds after the element re-rendered (storage writes are asynchronous). */
export async function until(element: Element & { updateComplete: Promise<boolean> }, check: () => unknown, message: string): Promise<void> {
  await waitUntil(async () => {
    await element.updateComplete;
    return Boolean(check());
  }, message, { timeout: 5000 });
}
