import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { defineElement } from '../../../src/define/define-element.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { catalog, participants, templates } from '../../model/service-plan/fixtures.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';

defineElement('service-plan-editor', ServicePlanEditor);

export const NOW = new Date('2026-03-10T14:00:00.000Z');
export const worker = { id: 'worker-1', name: 'Claire Martin' };
export { catalog, participants, templates };

export interface MountOptions {
  storage: StorageAdapter;
  planId?: string;
  kind?: 'service' | 'outcome';
  locale?: string;
  readonly?: boolean;
  theme?: string;
  autosaveDelay?: number;
}

/**
 * A new, empty draft stored as "New plan" and a first write would leave it (the editor itself stores a new
 * plan only with its first change: plan-list.test.ts). For tests about editing a plan rather than starting one.
 */
export async function storeEmptyDraft(storage: StorageAdapter, kind: 'service' | 'outcome' = 'outcome'): Promise<string> {
  const draft = createDraftPlan({ id: `draft-${Math.random().toString(36).slice(2, 10)}`, caseId: 'case-1', planKind: kind, createdBy: worker.id, createdAt: NOW.toISOString() });
  return (await storage.put('servicePlan', draft, { action: 'plan.created' })).id;
}

/**
 * An editor as a host would place it, with the family, catalog and templates of the model fixtures.
 * Without `planId`: on a new empty draft stored first (see storeEmptyDraft), its `plan-id` set.
 */
export async function mountEditor(options: MountOptions): Promise<ServicePlanEditor> {
  if (!options.planId) return mountEditor({ ...options, planId: await storeEmptyDraft(options.storage, options.kind) });
  const element = await fixture<ServicePlanEditor>(html`<service-plan-editor
    case-id="case-1"
    plan-id=${options.planId ?? ''}
    kind=${options.kind ?? 'outcome'}
    locale=${options.locale ?? 'en'}
    theme=${options.theme ?? 'light'}
    autosave-delay=${options.autosaveDelay ?? 30}
    ?readonly=${options.readonly ?? false}
    .storage=${options.storage}
    .participants=${participants}
    .catalog=${catalog}
    .templates=${templates}
    .currentUser=${worker}
    .now=${NOW}
  ></service-plan-editor>`);
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="status"]'), 'the plan did not open', { timeout: 5000 });
  await settle(element);
  return element;
}

export function $<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T {
  const scope = root instanceof ServicePlanEditor ? root.shadowRoot! : root;
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const scope = root instanceof ServicePlanEditor ? root.shadowRoot! : root;
  return [...scope.querySelectorAll<T>(selector)];
}

/**
 * Waits until the page has settled: the pending render done, and the bodies of the open sections a
 * plan builds after its first paint as it opens (`data-deferred` until then) built, as once the page is idle.
 */
export async function settle(element: ServicePlanEditor): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  const waiting = () => element.shadowRoot?.querySelector('[data-deferred]');
  if (!waiting()) return;
  await waitUntil(() => !waiting(), 'the open sections were not built after the first paint', { timeout: 5000 });
  await element.updateComplete;
}

/**
 * The page shown as print media (as printing to PDF or paper lays it out): the editor builds its printed
 * copy of the plan then, and only then, on the media query's own change.
 */
export async function printMedia(element: ServicePlanEditor): Promise<void> {
  await emulateMedia({ media: 'print' });
  await waitUntil(() => element.shadowRoot!.querySelector('.print-only'), 'the printed copy of the plan was not built under print media');
  await settle(element);
}

/**
 * The text of the plan as this editor would print it now (beforeprint builds the printed copy at once,
 * afterprint lets it go): what the editor holds, where the screen shows a field's value instead.
 */
export function printedText(element: ServicePlanEditor): string {
  window.dispatchEvent(new Event('beforeprint'));
  const text = element.shadowRoot!.querySelector('.print-only')?.textContent ?? '';
  window.dispatchEvent(new Event('afterprint'));
  return text;
}

/** Types into a field as a person would (focus, select what is there, type) and leaves it with Tab. */
export async function typeInto(element: ServicePlanEditor, control: HTMLInputElement | HTMLTextAreaElement, text: string, leave: 'Tab' | 'Enter' = 'Tab'): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ type: text });
  await sendKeys({ press: leave });
  await settle(element);
}

/** 10 500 characters: over the 10 000 a description or an expected outcome holds (the plan refuses it). */
export const overLongText = 'The family asked for '.repeat(500);

/** Text pasted into a field, then left: the value set at once (as a paste sets it), `input`, then `change`. */
export function pasteInto(element: ServicePlanEditor, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return settle(element);
}

/** Whether leaving the page now asks first (a cancelable `beforeunload`, cancelled by the editor). */
export function leavingAsks(): boolean {
  const unload = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(unload);
  return unload.defaultPrevented;
}

/** Picks an option of a select (or a date from a date picker): what the browser does when the user chooses. */
export async function choose(element: ServicePlanEditor, control: HTMLSelectElement | HTMLInputElement, value: string): Promise<void> {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

export async function click(element: ServicePlanEditor, control: HTMLElement): Promise<void> {
  control.click();
  await settle(element);
}

export function buttonByText(root: Element | ShadowRoot, text: string): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(root, 'button').find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

export function saveState(element: ServicePlanEditor): string {
  return $<HTMLElement & { state: string }>(element, 'cp-save-indicator').state;
}

/** The text a shared part shows in its own shadow root (a progress bar, the save indicator). */
export function partText(part: Element): string {
  return (part.shadowRoot?.textContent ?? part.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What the element last announced to screen readers. */
export function announced(element: ServicePlanEditor): { polite: string | undefined; assertive: string | undefined } {
  return $<HTMLElement & { lastAnnouncement: { polite: string | undefined; assertive: string | undefined } }>(element, 'cp-live-region').lastAnnouncement;
}

export async function untilSaved(element: ServicePlanEditor): Promise<void> {
  await waitUntil(() => saveState(element) === 'saved' || saveState(element) === 'idle', `not saved (state ${saveState(element)})`, { timeout: 5000 });
}

export function subGoalCards(element: ServicePlanEditor): HTMLElement[] {
  return $$(element, 'article[part~="sub-goal"]');
}

/** A sub-goal's add-item form, opened first with its "Add a plan item to …" button if closed (the form is built when asked for). */
export async function openAddItemForm(element: ServicePlanEditor, subGoalCard: HTMLElement): Promise<HTMLFormElement> {
  const button = subGoalCard.querySelector<HTMLButtonElement>('button.add-item-open');
  if (button) await click(element, button);
  return $<HTMLFormElement>(subGoalCard, 'form[part~="add-item"]');
}

/** Opens the needs-and-strengths line of a sub-goal or item (its checkboxes are built once it is opened). */
export async function openNeedLinks(element: ServicePlanEditor, card: HTMLElement): Promise<HTMLDetailsElement> {
  const details = $<HTMLDetailsElement>(card, 'details.need-links');
  if (!details.open) await click(element, $(details, 'summary'));
  return details;
}

export function itemCard(element: ServicePlanEditor, name: string): HTMLElement {
  const card = $$(element, 'article[part~="item"]').find((candidate) => candidate.querySelector('h4')?.textContent?.trim() === name);
  if (!card) throw new Error(`no plan item "${name}"`);
  return card;
}

/** A plan item card's "Remove" button (its accessible name says which item: `label`, the item's id or name). */
export function removeItemButton(card: HTMLElement, label: string): HTMLButtonElement {
  const button = [...card.querySelectorAll<HTMLButtonElement>('button.danger')].find((candidate) => (candidate.getAttribute('aria-label') ?? '').includes(label));
  if (!button) throw new Error(`no "Remove" button for "${label}"`);
  return button;
}

/** Answers the confirmation dialog the element opened. */
export async function confirmDialog(element: ServicePlanEditor, answer: 'yes' | 'no'): Promise<void> {
  const dialog = $<HTMLElement & { open: boolean; updateComplete: Promise<boolean> }>(element, 'cp-confirm');
  await waitUntil(() => dialog.open && dialog.shadowRoot?.querySelector('dialog')?.open, 'no confirmation dialog');
  $(dialog.shadowRoot!, answer === 'yes' ? '[part~="confirm-button"]' : '[part~="cancel-button"]').click();
  await dialog.updateComplete;
  await settle(element);
}

/** The question the confirmation dialog asks. */
export function confirmText(element: ServicePlanEditor): string {
  return $(element, 'cp-confirm').textContent ?? '';
}

let databases = 0;
export function uniqueDatabaseName(prefix: string): string {
  databases += 1;
  return `spe-test-${prefix}-${databases}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Opens a section of the plan's outline if it is closed (people, needs, milestones, case-plan, safety-plan, approvals, steps). */
export async function openSection(element: ServicePlanEditor, key: string): Promise<HTMLElement> {
  const button = $<HTMLButtonElement>(element, `[data-section="${key}"] button.disclosure`);
  if (button.getAttribute('aria-expanded') === 'false') await click(element, button);
  return $<HTMLElement>(element, `[data-section="${key}"]`);
}

/** Opens a plan item's details if they are closed (its summary line's disclosure button); returns its card. */
export async function openItem(element: ServicePlanEditor, name: string): Promise<HTMLElement> {
  const button = $<HTMLButtonElement>(itemCard(element, name), 'button.details-toggle');
  if (button.getAttribute('aria-expanded') === 'false') await click(element, button);
  return itemCard(element, name);
}

/** Starts a new plan and writes its title, which stores it (nothing is stored before the first write). */
export async function startAndWriteNewPlan(element: ServicePlanEditor, title = 'Leo returns home'): Promise<void> {
  await startNewPlan(element);
  await waitUntil(() => element.shadowRoot?.querySelector('input[name="goal.title"]'), 'the new plan did not open', { timeout: 5000 });
  await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), title);
}

/** In an editor without plan-id (the list of the case's plans), starts a new plan as the caseworker would. */
export async function startNewPlan(element: ServicePlanEditor): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('#new-plan'), 'no "New plan" in the list of the case\'s plans', { timeout: 5000 });
  element.shadowRoot!.querySelector<HTMLButtonElement>('#new-plan')!.click();
}

/** An editor as a host places it without plan-id: it lists the case's plans. */
export async function listEditor(storage: StorageAdapter, created: string[] = []): Promise<ServicePlanEditor> {
  const element = await fixture<ServicePlanEditor>(html`<service-plan-editor
    case-id="case-1"
    kind="outcome"
    locale="en"
    .storage=${storage}
    .participants=${participants}
    .catalog=${catalog}
    .templates=${templates}
    .currentUser=${worker}
    .now=${NOW}
    @cp-plan-created=${(event: CustomEvent<{ id: string }>) => created.push(event.detail.id)}
  ></service-plan-editor>`);
  // Whatever it shows first (the list, or a plan it opened itself): what was stored is checked after.
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="plan-list"], [part~="status"]'), 'neither a list nor a plan', { timeout: 5000 });
  return element;
}
