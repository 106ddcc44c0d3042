import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/entries/contact-log.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { freshDatabaseName } from '../../storage/fixtures.js';
import { seedWeeklyPlan } from './seed.js';
import { NOW, family, settle, worker } from '../visitation-planner/helpers.js';
import { deepActiveElement } from '../a11y-helpers.js';

export { NOW, family, worker };

export interface LogOptions {
  storage: StorageAdapter;
  locale?: string;
  readonly?: boolean;
  theme?: string;
  now?: Date;
}

/** A child's contact log as a host would place it (Lisbon calendar), waiting until it has loaded. */
export async function mountLog(options: LogOptions): Promise<ContactLog> {
  const element = await fixture<ContactLog>(html`<contact-log
    case-id="case-1"
    child-id="child-1"
    time-zone="Europe/Lisbon"
    locale=${options.locale ?? 'en'}
    theme=${options.theme ?? 'light'}
    ?readonly=${options.readonly ?? false}
    .storage=${options.storage}
    .participants=${family}
    .currentUser=${worker}
    .now=${options.now ?? NOW}
  ></contact-log>`);
  await waitUntil(() => element.shadowRoot?.querySelector('[data-count]'), 'the log did not load', { timeout: 5000 });
  return element;
}

/** The rows the virtual list has in the DOM. */
export function rows(log: ContactLog): HTMLElement[] {
  const list = log.shadowRoot!.querySelector('cp-contact-list');
  return list ? [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')] : [];
}

export function listOf(log: ContactLog): HTMLElement & { updateComplete: Promise<boolean> } {
  return log.shadowRoot!.querySelector('cp-contact-list')!;
}

export function countText(log: ContactLog): string {
  return log.shadowRoot!.querySelector('[data-count]')!.textContent!.trim();
}

/**
 * A log on a fresh IndexedDB holding `contacts` (and the weekly plan), with a second adapter on the same
 * database standing in for another tab; resolves once the first rows are shown.
 */
export async function logWithOtherTab(contacts: Contact[], name: string, options: Omit<LogOptions, 'storage'> = {}): Promise<{ log: ContactLog; otherTab: DexieStorageAdapter }> {
  const databaseName = freshDatabaseName(name);
  const otherTab = new DexieStorageAdapter({ databaseName });
  await seedWeeklyPlan(otherTab);
  await otherTab.transaction(contacts.map((record) => ({ kind: 'contact', record })));
  const log = await mountLog({ ...options, storage: new DexieStorageAdapter({ databaseName }) });
  await waitUntil(() => rows(log).length > 0, 'no rows', { timeout: 5000 });
  return { log, otherTab };
}

/** The list's scrolling viewport. */
export function viewportOf(log: ContactLog): HTMLElement {
  return listOf(log).shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** How many rows the list says it has (`aria-setsize` of its first row in the page). */
export const setSize = (log: ContactLog) => rows(log)[0]?.getAttribute('aria-setsize');

/** The log and its list updated, and three frames painted (the rows measured and placed again). */
export async function laidOut(log: ContactLog): Promise<void> {
  for (let pass = 0; pass < 3; pass += 1) {
    await settle(log);
    await listOf(log).updateComplete;
    await nextFrame();
  }
}

export async function scrollTo(log: ContactLog, top: number): Promise<void> {
  viewportOf(log).scrollTop = top;
  await laidOut(log);
}

/** The id of the row holding focus, if a row does. */
export const focusedRowId = () => deepActiveElement()?.closest<HTMLElement>('[role="listitem"]')?.dataset.id;

/** Focuses the open button of the row in the middle of the rows in the page. */
export async function focusMiddleRow(log: ContactLog): Promise<string> {
  const shown = rows(log);
  const row = shown[Math.floor(shown.length / 2)]!;
  row.querySelector<HTMLElement>('.row-open')!.focus();
  await laidOut(log);
  expect(focusedRowId(), 'focused').to.equal(row.dataset.id);
  return row.dataset.id!;
}
