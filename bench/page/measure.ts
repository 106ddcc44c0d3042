// What runs inside the benchmark page: each function does one measurement once and returns numbers
// (milliseconds or bytes). scripts/bench.mjs calls them through playwright-core, repeats them and
// takes medians. Data is stored in real IndexedDB through the DexieStorageAdapter first.
import '../../src/entries/service-plan-editor.js';
import '../../src/entries/contact-log.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import { EncryptingStorageAdapter } from '../../src/storage/encrypting-adapter.js';
import { encryptedEnvelopeSchemas } from '../../src/storage/encrypted-envelope.js';
import type { StorageAdapter, WriteRequest } from '../../src/storage/adapter.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import type { Contact } from '../../src/model/visitation/contact.js';
import { NOW, catalog, family, manyContacts, participants, planWithItems, templates, worker } from './plan-data.js';
import { openRawDatabase, openRawLayout, rawGetAll, rawPutAll, rawPutRows, rawRecord } from './raw-indexeddb.js';
import { buildRawPlanRows } from './raw-plan-rows.js';
import { adapterWriteOnly, packedLayoutParts, prepareOnly, rawSameRowsOnly } from './write-diagnostics.js';
import { readCheckParts, readLayoutParts } from './read-diagnostics.js';

type Editor = HTMLElement & { planId?: string; caseId?: string; updateComplete: Promise<boolean> };

const plansStorage = new DexieStorageAdapter({ databaseName: 'bench-plans' });
const seededPlans = new Map<number, string>();

function stage(): HTMLElement {
  const host = document.createElement('div');
  host.className = 'stage';
  document.body.append(host);
  return host;
}

const WAIT_LIMIT_MS = 120_000;

/** Resolves once `done()` is true after a DOM change inside `root` (checked on every mutation batch). */
function untilRendered(root: Node, done: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`nothing rendered within ${WAIT_LIMIT_MS} ms`));
    }, WAIT_LIMIT_MS);
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * Watches main-thread tasks of 50 ms or more; `longestSince(start)` is the longest that began at or after
 * `start`. Entries still queued (not yet delivered to the callback) are taken too, then watching stops.
 */
function watchLongTasks(): { longestSince(start: number): number } {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    longestSince(start) {
      tasks.push(...observer.takeRecords());
      observer.disconnect();
      return tasks.filter((entry) => entry.startTime >= start).reduce((longest, entry) => Math.max(longest, entry.duration), 0);
    },
  };
}

const yielder = new MessageChannel();

/** The next task (no 4 ms clamp like nested timers). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    yielder.port1.onmessage = () => resolve();
    yielder.port2.postMessage(null);
  });
}

/**
 * Resolves once `done()` is true, checked on every DOM change inside `root` and inside every shadow
 * root that appears within it (rows of the contact list live in a nested shadow root). Event-driven:
 * polling would compete with the page for the CPU it is measuring.
 */
function untilRenderedDeep(root: ShadowRoot, done: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const observers: MutationObserver[] = [];
    const watched = new Set<ShadowRoot>();
    const finish = () => {
      for (const observer of observers) observer.disconnect();
      clearTimeout(timer);
    };
    const check = () => {
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot && !watched.has(element.shadowRoot)) watch(element.shadowRoot);
      if (done()) {
        finish();
        resolve();
      }
    };
    const watch = (target: ShadowRoot) => {
      watched.add(target);
      const observer = new MutationObserver(check);
      observer.observe(target, { childList: true, subtree: true });
      observers.push(observer);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`nothing rendered within ${WAIT_LIMIT_MS} ms`));
    }, WAIT_LIMIT_MS);
    watch(root);
    check();
  });
}

async function seedPlan(itemCount: number): Promise<string> {
  const known = seededPlans.get(itemCount);
  if (known) return known;
  const id = `bench-plan-${itemCount}`;
  const existing = await plansStorage.get<ServicePlan>('servicePlan', id);
  if (!existing) await plansStorage.put('servicePlan', planWithItems(id, itemCount));
  seededPlans.set(itemCount, id);
  return id;
}

function itemCount(editor: Editor): number {
  return editor.shadowRoot?.querySelectorAll('article[part~="item"]').length ?? 0;
}

/** An editor in the page with everything but the plan: setting `plan-id` is what the clock measures. */
async function placeEditor(storage: StorageAdapter): Promise<Editor> {
  const editor = document.createElement('service-plan-editor') as Editor;
  Object.assign(editor, { storage, participants, catalog, templates, currentUser: worker, now: NOW, autosaveDelay: 60_000 });
  editor.setAttribute('locale', 'en');
  editor.setAttribute('kind', 'outcome');
  stage().append(editor);
  await editor.updateComplete;
  return editor;
}

/**
 * Time from setting plan-id to every plan item on screen (Lit update finished, layout done), as on a
 * page opening its first element: the storage (a new adapter) opens its IndexedDB connection meanwhile.
 */
export async function openPlan(items: number): Promise<number> {
  const storage = coldAdapter();
  const elapsed = await timeOpen(items, storage);
  await storage.close();
  return elapsed;
}

/**
 * A new adapter that opens a connection of its own, as a page's first element does: adapters of one page
 * share the connection to a database name (the bench's own `plansStorage` holds it open), unless given
 * their IndexedDB, as here.
 */
function coldAdapter(): DexieStorageAdapter {
  return new DexieStorageAdapter({ databaseName: 'bench-plans', indexedDB, IDBKeyRange });
}

/**
 * The same, for a second element on a page whose storage is already open: an adapter of its own (as each
 * element opens the default storage) on the page's open connection.
 */
export async function openPlanOnOpenStorage(items: number): Promise<number> {
  const storage = new DexieStorageAdapter({ databaseName: 'bench-plans' });
  const elapsed = await timeOpen(items, storage);
  await storage.close();
  return elapsed;
}

/**
 * Diagnostic beside `openPlan` (issue 18): the same open, until the whole draft is built too, the bodies of
 * its open sections included (built in the task after the first paint), and laid out.
 */
export async function openPlanWholeDraft(items: number): Promise<number> {
  const storage = coldAdapter();
  const elapsed = await timeOpen(items, storage, true);
  await storage.close();
  return elapsed;
}

/** No open section's body still waits for the task after the first paint. */
function wholeDraftBuilt(editor: Editor): boolean {
  return editor.shadowRoot!.querySelector('.outline-body') !== null && editor.shadowRoot!.querySelector('[data-deferred]') === null;
}

async function timeOpen(items: number, storage: StorageAdapter, wholeDraft = false): Promise<number> {
  const id = await seedPlan(items);
  const editor = await placeEditor(storage);
  const started = performance.now();
  editor.caseId = 'case-1';
  editor.planId = id;
  await untilRendered(editor.shadowRoot!, () => itemCount(editor) >= items && (!wholeDraft || wholeDraftBuilt(editor)));
  await editor.updateComplete;
  editor.getBoundingClientRect();
  void document.body.offsetHeight;
  const elapsed = performance.now() - started;
  editor.parentElement!.remove();
  return elapsed;
}

/** The same rows with plain DOM calls from the same stored plan read with raw IndexedDB (opened meanwhile). */
export async function openPlanRaw(items: number): Promise<number> {
  return timeOpenRaw(items, () => openRawDatabase('bench-plans'), (opened) => opened.close());
}

let rawPlansDatabase: IDBDatabase | undefined;

/** The raw baseline of a second element: the database already open. */
export async function openPlanRawOnOpenDatabase(items: number): Promise<number> {
  // Seeded first: on a fresh page the adapter's upgrade would otherwise wait forever behind this connection.
  await seedPlan(items);
  rawPlansDatabase ??= await openRawDatabase('bench-plans');
  const database = rawPlansDatabase;
  return timeOpenRaw(items, async () => database, () => undefined);
}

async function timeOpenRaw(items: number, open: () => Promise<IDBDatabase>, done: (database: IDBDatabase) => void): Promise<number> {
  const id = await seedPlan(items);
  const host = stage();
  const started = performance.now();
  const database = await open();
  const row = await rawRecord<{ record: ServicePlan }>(database, 'records', ['servicePlan', id]);
  host.append(buildRawPlanRows(row!.record));
  void document.body.offsetHeight;
  const elapsed = performance.now() - started;
  done(database);
  host.remove();
  return elapsed;
}

let editForEdits: Editor | undefined;

/** An edit committed in the goal title of an open plan (a character typed, then `change` as on Tab) to the updated render. */
export async function editKeystroke(items: number, keystrokes: number): Promise<number[]> {
  const id = await seedPlan(items);
  editForEdits ??= await (async () => {
    const editor = await placeEditor(plansStorage);
    editor.caseId = 'case-1';
    editor.planId = id;
    await untilRendered(editor.shadowRoot!, () => itemCount(editor) >= items);
    await editor.updateComplete;
    return editor;
  })();
  const editor = editForEdits;
  const title = editor.shadowRoot!.querySelector<HTMLInputElement>('[part~="goal"] input');
  if (!title) throw new Error('no goal title field');
  const times: number[] = [];
  for (let index = 0; index < keystrokes; index += 1) {
    const started = performance.now();
    title.value = `${title.value.slice(0, 150)}${String.fromCharCode(97 + (index % 26))}`;
    title.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'x', inputType: 'insertText' }));
    title.dispatchEvent(new Event('change', { bubbles: true }));
    await editor.updateComplete;
    void editor.getBoundingClientRect();
    void document.body.offsetHeight;
    times.push(performance.now() - started);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return times;
}

/**
 * An edit committed in a `items`-item plan, then saved at once (autosave delay 0): the time to the
 * `cp-saved` event (validation, history entry, IndexedDB write) and the longest main-thread task meanwhile.
 */
export async function saveAfterEdit(items: number, run: number): Promise<{ saved: number; longestTask: number }> {
  const id = await seedPlan(items);
  const editor = await placeEditor(plansStorage);
  Object.assign(editor, { autosaveDelay: 0 });
  editor.caseId = 'case-1';
  editor.planId = id;
  await untilRendered(editor.shadowRoot!, () => itemCount(editor) >= items);
  await editor.updateComplete;
  const title = editor.shadowRoot!.querySelector<HTMLInputElement>('[part~="goal"] input')!;
  // Let the task that opened the plan end first: its long task is not the save's.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await nextTask();
  const longTasks = watchLongTasks();
  const saved = new Promise<void>((resolve) => editor.addEventListener('cp-saved', () => resolve(), { once: true }));
  const started = performance.now();
  title.value = `Goal, saved edit ${run}`;
  title.dispatchEvent(new Event('change', { bubbles: true }));
  await saved;
  const elapsed = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the last task end
  const longestTask = longTasks.longestSince(started);
  editor.parentElement!.remove();
  return { saved: elapsed, longestTask };
}

let typingTimes: { work: number; painted: number }[] = [];

/**
 * Focuses the goal title of the open `items`-item plan and records, for every real keystroke the
 * benchmark then types (trusted key events from Chromium's input pipeline), the main-thread work
 * from the event to its effect laid out, and the time to the end of the next frame (the rAF
 * callback, then the task after it, which runs once that frame's style, layout and paint are done).
 */
export async function prepareTyping(items: number): Promise<void> {
  await editKeystroke(items, 0);
  const title = editForEdits!.shadowRoot!.querySelector<HTMLInputElement>('[part~="goal"] input')!;
  typingTimes = [];
  title.addEventListener('input', (event) => {
    const started = event.timeStamp;
    // Work: from the key event to its effect laid out (the field's new text), all on the main thread.
    void editForEdits!.getBoundingClientRect();
    void document.body.offsetHeight;
    const work = performance.now() - started;
    // Painted: to the end of the next frame, which includes waiting for that frame (up to 16.7 ms).
    requestAnimationFrame(() => {
      void nextTask().then(() => typingTimes.push({ work, painted: performance.now() - started }));
    });
  });
  title.focus();
  title.setSelectionRange(title.value.length, title.value.length);
}

export function typedTimes(): { work: number; painted: number }[] {
  return typingTimes;
}

function contactWrites(count: number): WriteRequest<Contact>[] {
  return manyContacts(count).map((record) => ({ kind: 'contact', record }));
}

/** The records and history layout of the adapter (dexie-schema.ts, latest), made with raw IndexedDB calls. */
const adapterLayout = [
  { name: 'records', keyPath: ['kind', 'id'], indexes: [['kind', 'caseId', 'at'], ['kind', 'childId', 'at'], ['kind', 'planId', 'at']] },
  { name: 'history', keyPath: 'id' },
];

/**
 * A full garbage collection, which Chromium exposes only when started with `--js-flags=--expose-gc` (as
 * scripts/bench.mjs and bench/measure-page.mjs launch it). Without it this throws rather than doing nothing:
 * the storage rows say "each step after a full GC" and must never be measured without one.
 */
function collectGarbage(): void {
  const { gc } = globalThis as { gc?: unknown };
  if (typeof gc !== 'function') throw new Error('no gc(): start Chromium with --js-flags=--expose-gc (the storage steps are each timed after a full garbage collection)');
  (gc as () => void)();
}

/**
 * One storage step timed, every step the same way (issue 18, round 8): a full garbage collection first, so
 * no step pays for the garbage of the step before it (the adapter's write leaves ~10 000 records' worth).
 */
async function timed(step: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const started = performance.now();
  await step();
  return performance.now() - started;
}

/** Deletes a database (untimed), so every round starts from the same IndexedDB state. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error ?? new Error(`could not delete ${name}`));
  });
}

const referenceRowsByCount = new Map<number, { records: { kind: string; id: string }[]; history: { recordKind: string; recordId: string }[] }>();

/**
 * The rows the adapter stores for `count` new contacts (each record row and its history entry), written once
 * by the adapter, untimed, and read back raw: the same records and entries every round (the contacts and
 * their entries are deterministic), so a round may write them raw before or after the adapter's own write.
 */
async function adapterRowsOf(count: number): Promise<{ records: { kind: string; id: string }[]; history: { recordKind: string; recordId: string }[] }> {
  const known = referenceRowsByCount.get(count);
  if (known) return known;
  const name = `bench-storage-reference-${count}`;
  await deleteDatabase(name);
  const adapter = new DexieStorageAdapter({ databaseName: name });
  await adapter.transaction(contactWrites(count));
  await adapter.close();
  const written = await openRawDatabase(name);
  const records = (await rawGetAll(written, 'records')) as { kind: string; id: string }[];
  const history = (await rawGetAll(written, 'history')) as { recordKind: string; recordId: string }[];
  written.close();
  await deleteDatabase(name);
  if (records.length !== count || history.length !== count) throw new Error(`the adapter stored ${records.length} rows and ${history.length} history entries for ${count} contacts`);
  const rows = { records, history };
  referenceRowsByCount.set(count, rows);
  return rows;
}

/**
 * Writing then reading `count` contacts: through the adapter (one transaction) and raw IndexedDB. Two more
 * raw baselines write the very rows the adapter stores, in its layout (same stores and indexes): each
 * record row and its history entry, and the same with the entry packed into the record row (one row each).
 * The read has a second raw baseline too: the very rows the adapter read, from its store by the same index.
 * Every step is timed the same way (`timed`: after a full garbage collection); even rounds run the adapter's
 * steps first, odd rounds the raw ones, so neither side always follows the other's work; each round's
 * databases are new, and deleted (untimed) at its end. scripts/bench.mjs runs one untimed round first.
 */
export async function storageRound(count: number, run: number): Promise<{ adapterWrite: number; adapterRead: number; rawWrite: number; rawRead: number; rawReadSameRows: number; rawWriteWithHistory: number; rawWritePacked: number }> {
  const sameRows = await adapterRowsOf(count);
  const names = [`bench-storage-adapter-${run}`, `bench-storage-raw-history-${run}`, `bench-storage-raw-packed-${run}`, `bench-storage-raw-${run}`];
  for (const name of names) await deleteDatabase(name);
  const adapterSteps = async () => {
    const writes = contactWrites(count);
    const adapter = new DexieStorageAdapter({ databaseName: names[0]! });
    await adapter.open();
    const adapterWrite = await timed(() => adapter.transaction(writes));
    let listed: Contact[] = [];
    const adapterRead = await timed(async () => (listed = (await adapter.list<Contact>('contact', { childId: 'child-1' })).records));
    if (listed.length !== count) throw new Error(`adapter read ${listed.length} of ${count}`);
    await adapter.close();
    const written = await openRawDatabase(names[0]!);
    let rows: unknown[] = [];
    const rawReadSameRows = await timed(async () => (rows = await rawChildRows(written, 'child-1')));
    written.close();
    if (rows.length !== count) throw new Error(`raw read of the adapter's rows: ${rows.length} of ${count}`);
    return { adapterWrite, adapterRead, rawReadSameRows };
  };
  const rawSteps = async () => {
    const withHistory = await openRawLayout(names[1]!, adapterLayout);
    const rawWriteWithHistory = await timed(() => rawPutRows(withHistory, sameRows));
    withHistory.close();
    const entryOf = new Map(sameRows.history.map((entry) => [`${entry.recordKind}/${entry.recordId}`, entry]));
    const packedRows = sameRows.records.map((row) => ({ ...row, history: [entryOf.get(`${row.kind}/${row.id}`)] }));
    const packed = await openRawLayout(names[2]!, adapterLayout.slice(0, 1));
    const rawWritePacked = await timed(() => rawPutRows(packed, { records: packedRows }));
    packed.close();
    const plainRecords = contactWrites(count).map((write) => write.record);
    const database = await openRawDatabase(names[3]!, 'contacts');
    const rawWrite = await timed(() => rawPutAll(database, 'contacts', plainRecords));
    let rows: unknown[] = [];
    const rawRead = await timed(async () => (rows = await rawGetAll(database, 'contacts')));
    if (rows.length !== count) throw new Error(`raw read ${rows.length} of ${count}`);
    database.close();
    return { rawWriteWithHistory, rawWritePacked, rawWrite, rawRead };
  };
  const adapterFirst = run % 2 === 0;
  const first = adapterFirst ? await adapterSteps() : await rawSteps();
  const second = adapterFirst ? await rawSteps() : await adapterSteps();
  for (const name of names) await deleteDatabase(name);
  return { ...first, ...second } as Awaited<ReturnType<typeof storageRound>>;
}

const logStorage = new DexieStorageAdapter({ databaseName: 'bench-log' });
let seededContacts = 0;

type ContactLogElement = HTMLElement & { updateComplete: Promise<boolean> };

function listViewport(log: ContactLogElement): HTMLElement | null {
  return log.shadowRoot?.querySelector('cp-contact-list')?.shadowRoot?.querySelector<HTMLElement>('.viewport') ?? null;
}

function visibleRows(log: ContactLogElement): number {
  return log.shadowRoot?.querySelector('cp-contact-list')?.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0;
}

/**
 * The log's first render with `count` contacts (its newest rows), the time until every contact is in (the
 * count and the summaries shown) with the longest main-thread task meanwhile, then a scroll through it,
 * one step per frame.
 */
export async function contactLog(count: number, frames: number): Promise<{ firstRender: number; wholeLog: number; longestTask: number; frameTimes: number[] }> {
  if (seededContacts !== count) {
    const existing = await logStorage.list<Contact>('contact', { childId: 'child-1' });
    if (existing.records.length !== count) await logStorage.transaction(contactWrites(count).slice(existing.records.length));
    seededContacts = count;
  }
  const { log, host, firstRender, wholeLog, longestTask } = await openLog(logStorage, count);
  const viewport = listViewport(log);
  if (!viewport) throw new Error('no scrolling list');
  const step = Math.max(1, (viewport.scrollHeight - viewport.clientHeight) / frames);
  const frameTimes: number[] = [];
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let frame = 0; frame < frames; frame += 1) {
    viewport.scrollTop = Math.round((frame + 1) * step);
    viewport.dispatchEvent(new Event('scroll'));
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    frameTimes.push(now - last);
    last = now;
  }
  host.remove();
  return { firstRender, wholeLog, longestTask, frameTimes };
}

/** A `<contact-log>` of `count` contacts placed on `storage`: its first rows, then every contact in. */
async function openLog(storage: StorageAdapter, count: number): Promise<{ log: ContactLogElement; host: HTMLElement; firstRender: number; wholeLog: number; longestTask: number }> {
  const host = stage();
  host.style.height = '800px';
  const log = document.createElement('contact-log') as ContactLogElement;
  Object.assign(log, { storage, participants: family, currentUser: worker, now: NOW });
  log.setAttribute('case-id', 'case-1');
  log.setAttribute('locale', 'en');
  log.setAttribute('time-zone', 'Europe/Lisbon');
  const longTasks = watchLongTasks();
  const started = performance.now();
  log.setAttribute('child-id', 'child-1');
  host.append(log);
  await untilRenderedDeep(log.shadowRoot!, () => visibleRows(log) >= Math.min(count, 5));
  await log.updateComplete;
  void document.body.offsetHeight;
  const firstRender = performance.now() - started;
  const firstShown = performance.now();
  await untilRenderedDeep(log.shadowRoot!, () => log.shadowRoot!.querySelector('[data-count]') !== null && log.shadowRoot!.querySelector('[part="summaries"]') !== null);
  await log.updateComplete;
  void document.body.offsetHeight;
  const wholeLog = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the last task end
  const longestTask = longTasks.longestSince(firstShown);
  return { log, host, firstRender, wholeLog, longestTask };
}

let encryptedLog: { storage: EncryptingStorageAdapter; count: number } | undefined;

/**
 * The same log through the encrypting adapter (AES-GCM over IndexedDB): its first rows and every contact
 * in. The contacts are logged two hours after they took place, as a log kept as visits happen (the adapter
 * then decrypts little more than the first page; contacts all created at one instant would all be decrypted).
 */
export async function contactLogEncrypted(count: number): Promise<{ firstRender: number; wholeLog: number }> {
  if (encryptedLog?.count !== count) {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await encryptedLog?.storage.close();
    const storage = new EncryptingStorageAdapter(new DexieStorageAdapter({ databaseName: `bench-log-encrypted-${count}-${Date.now()}`, schemas: encryptedEnvelopeSchemas }), { key });
    const writes = manyContacts(count).map((record) => {
      const createdAt = new Date(Date.parse(record.occurredAt) + 2 * 3_600_000).toISOString();
      return { kind: 'contact', record: { ...record, createdAt, updatedAt: createdAt } };
    });
    await storage.transaction(writes);
    encryptedLog = { storage, count };
  }
  const { host, firstRender, wholeLog } = await openLog(encryptedLog.storage, count);
  host.remove();
  return { firstRender, wholeLog };
}

/** Stores the plan (the benchmark then measures the heap before opening it). */
export async function seedOnly(items: number): Promise<void> {
  await seedPlan(items);
}

/**
 * The page has settled (issue 18, round 8), the same rule for the element and the raw DOM before their heap
 * is taken: what it shows is all there (`built()`), then two frames have been painted and the page has had an
 * idle period (`requestIdleCallback`: no task left queued). So work an open leaves for after the first paint
 * (a draft's open sections, the case's records, the page margins) is counted every time, never by chance.
 */
async function settle(root: Node, built: () => boolean): Promise<void> {
  await untilRendered(root, built);
  for (let frame = 0; frame < 2; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await nextTask();
  }
  await new Promise((resolve) => requestIdleCallback(resolve));
}

/** Opens the plan and keeps it on screen, settled (the whole draft built), for the heap measured after it (by the benchmark, through CDP). */
export async function openAndKeep(items: number): Promise<void> {
  const id = await seedPlan(items);
  const editor = await placeEditor(plansStorage);
  editor.caseId = 'case-1';
  editor.planId = id;
  await settle(editor.shadowRoot!, () => itemCount(editor) >= items && wholeDraftBuilt(editor));
  await editor.updateComplete;
}

const keptRawRows: HTMLElement[] = [];

/** The raw DOM baseline of the same plan, read with raw IndexedDB and kept on screen, settled the same way (for the heap after it). */
export async function openRawAndKeep(items: number): Promise<void> {
  const id = await seedPlan(items);
  const database = await openRawDatabase('bench-plans');
  const row = await rawRecord<{ record: ServicePlan }>(database, 'records', ['servicePlan', id]);
  database.close();
  const host = stage();
  host.append(buildRawPlanRows(row!.record));
  keptRawRows.push(host);
  await settle(host, () => host.childElementCount > 0);
}

Object.assign(window, { bench: { storageOpen, openPlanCensus, openPlanPhases, openPlanUpdateTimes, openPlan, openPlanWholeDraft, openPlanRaw, openPlanOnOpenStorage, openPlanRawOnOpenDatabase, editKeystroke, prepareTyping, typedTimes, storageRound, storageRead, contactLog, contactLogEncrypted, seedOnly, openAndKeep, openRawAndKeep, saveAfterEdit, prepareOnly, packedLayoutParts, adapterWriteOnly, rawSameRowsOnly, readLayoutParts, readCheckParts } });
document.documentElement.dataset['ready'] = 'true';

/** Where the time of opening goes (diagnostic for bench/profile.mjs and the report; not in the table). */
export async function openPlanPhases(items: number, secondElement = false): Promise<Record<string, number>> {
  const base = secondElement ? new DexieStorageAdapter({ databaseName: 'bench-plans' }) : coldAdapter();
  const marks: Record<string, number> = {};
  let started = 0;
  const mark = (name: string) => (marks[name] ??= performance.now() - started);
  const storage = new Proxy(base, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        mark(`${String(key)} called`);
        const result = value.apply(target, args);
        if (result instanceof Promise) void result.then(() => mark(`${String(key)} done`));
        return result;
      };
    },
  });
  const id = await seedPlan(items);
  const editor = await placeEditor(storage);
  started = performance.now();
  editor.caseId = 'case-1';
  editor.planId = id;
  await untilRendered(editor.shadowRoot!, () => itemCount(editor) >= items);
  mark('items in DOM');
  await editor.updateComplete;
  mark('update complete');
  editor.getBoundingClientRect();
  void document.body.offsetHeight;
  mark('laid out');
  // The first frame after: what content-visibility left for when the page paints (what comes near the screen).
  await new Promise((resolve) => requestAnimationFrame(resolve));
  mark('frame started');
  await nextTask();
  mark('frame painted');
  editor.parentElement!.remove();
  await base.close();
  return marks;
}

/** How many elements each top-level region of the open editor holds (diagnostic). */
export async function openPlanCensus(items: number): Promise<Record<string, number>> {
  const id = await seedPlan(items);
  const editor = await placeEditor(plansStorage);
  editor.caseId = 'case-1';
  editor.planId = id;
  await untilRendered(editor.shadowRoot!, () => itemCount(editor) >= items);
  await editor.updateComplete;
  const census: Record<string, number> = { all: editor.shadowRoot!.querySelectorAll('*').length };
  for (const region of editor.shadowRoot!.querySelectorAll('.sections > *, .print-only, [part~="versions"], [part~="toolbar"], [part~="status"]')) {
    const key = `${region.tagName.toLowerCase()}.${region.className || ''}[${region.getAttribute('part') ?? ''}]`;
    census[key] = (census[key] ?? 0) + region.querySelectorAll('*').length + 1;
  }
  census['item'] = editor.shadowRoot!.querySelector('article[part~="item"]')?.querySelectorAll('*').length ?? 0;
  census['controls'] = editor.shadowRoot!.querySelectorAll('input, select, textarea, button').length;
  editor.parentElement!.remove();
  return census;
}

/**
 * Opening storage alone (diagnostic): a new adapter's first read with a connection of its own against raw
 * indexedDB.open and get of the same row; and a new adapter on the page's open connection (a second
 * element) against a raw get on an open database.
 */
export async function storageOpen(): Promise<{ adapter: number; raw: number; adapterOnOpenConnection: number; rawOnOpenDatabase: number }> {
  const id = await seedPlan(10);
  const adapterStorage = coldAdapter();
  let started = performance.now();
  await adapterStorage.get('servicePlan', id);
  const adapter = performance.now() - started;
  await adapterStorage.close();
  started = performance.now();
  const database = await openRawDatabase('bench-plans');
  await rawRecord(database, 'records', ['servicePlan', id]);
  const raw = performance.now() - started;
  const second = new DexieStorageAdapter({ databaseName: 'bench-plans' });
  started = performance.now();
  await second.get('servicePlan', id);
  const adapterOnOpenConnection = performance.now() - started;
  await second.close();
  started = performance.now();
  await rawRecord(database, 'records', ['servicePlan', id]);
  const rawOnOpenDatabase = performance.now() - started;
  database.close();
  return { adapter, raw, adapterOnOpenConnection, rawOnOpenDatabase };
}

const readStorage = new DexieStorageAdapter({ databaseName: 'bench-storage-read' });
let seededReadContacts = 0;

/**
 * Reading `count` contacts of a child alone (diagnostic, for bench/profile.mjs): the adapter's list, and raw
 * IndexedDB reading the very rows the adapter read (its records store, the same index and key range), so
 * the difference is the adapter's own work. Seeds the database on the first call.
 */
export async function storageRead(count: number): Promise<{ adapter: number; rawSameRows: number }> {
  if (seededReadContacts !== count) {
    const existing = await readStorage.list<Contact>('contact', { childId: 'child-1' });
    if (existing.records.length !== count) await readStorage.transaction(contactWrites(count).slice(existing.records.length));
    seededReadContacts = count;
  }
  let started = performance.now();
  const listed = await readStorage.list<Contact>('contact', { childId: 'child-1' });
  const adapter = performance.now() - started;
  if (listed.records.length !== count) throw new Error(`adapter read ${listed.records.length} of ${count}`);
  const database = await openRawDatabase('bench-storage-read');
  started = performance.now();
  const rows = await rawChildRows(database, 'child-1');
  const rawSameRows = performance.now() - started;
  database.close();
  if (rows.length !== count) throw new Error(`raw read ${rows.length} of ${count}`);
  return { adapter, rawSameRows };
}

/** A child's contact rows from the adapter's records store, by the index and key range the adapter lists them with. */
function rawChildRows(database: IDBDatabase, childId: string): Promise<unknown[]> {
  const range = IDBKeyRange.bound(['contact', childId, -Infinity], ['contact', childId, [[]]]);
  return new Promise((resolve, reject) => {
    const read = database.transaction('records', 'readonly').objectStore('records').index('[kind+childId+at]').getAll(range);
    read.onsuccess = () => resolve(read.result);
    read.onerror = () => reject(read.error ?? new Error('IndexedDB read failed'));
  });
}

/**
 * Where a second element's open goes, timed in the page (diagnostic, issue 18): from `plan-id` to the
 * update that shows the plan (`untilPlanUpdate`: storage's read and check, the machine taking it in, and the
 * "opening" update before), that update (`templates`: the editor's render(), the template functions;
 * `commit`: the rest of Lit's update, cloning and inserting the DOM and the parts' own elements), what
 * follows until every item is in and laid out (`layout`: the forced style and layout); the plan's request at
 * IndexedDB itself (`get request out`, `get request answered`) and the first frame after `plan-id` (`frame`). The editor's
 * `update` and `render` are wrapped here, in the bench page only, for the call. A CPU profile at 100 µs
 * samples misplaces time on a loaded machine (it gave `validatePlan` ~7 ms per open that this page times at
 * 0.1-0.2 ms); taking the smallest of many calls of this one is steadier.
 */
export async function openPlanUpdateTimes(items: number): Promise<Record<string, number>> {
  const id = await seedPlan(items);
  const base = new DexieStorageAdapter({ databaseName: 'bench-plans' });
  const reads: Record<string, number> = {};
  let started = 0;
  // The plan's read (`get`) and the revisions' (`list`): when each went out and was answered (checked).
  const storage = new Proxy(base, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || (key !== 'get' && key !== 'list')) return value;
      return (...args: unknown[]) => {
        reads[`${key} out`] ??= performance.now() - started;
        const result = value.apply(target, args) as Promise<unknown>;
        void result.then(() => (reads[`${key} answered`] ??= performance.now() - started));
        return result;
      };
    },
  });
  const editor = await placeEditor(storage);
  type Updating = { update(changed: unknown): void; render(): unknown };
  const prototype = customElements.get('service-plan-editor')!.prototype as Updating;
  const own = { update: Object.getOwnPropertyDescriptor(prototype, 'update'), render: Object.getOwnPropertyDescriptor(prototype, 'render') };
  const { update, render } = prototype;
  const updates: { start: number; end: number; templates: number; items: number }[] = [];
  let templates = 0;
  Object.assign(prototype, {
    update(this: Updating, changed: unknown) {
      const start = performance.now() - started;
      const before = templates;
      update.call(this, changed);
      updates.push({ start, end: performance.now() - started, templates: templates - before, items: itemCount(editor) });
    },
    render(this: Updating) {
      const start = performance.now();
      try {
        return render.call(this);
      } finally {
        templates += performance.now() - start;
      }
    },
  });
  // The plan's request at IndexedDB itself (`get request`): when it left and was answered, apart from the
  // adapter's own work before and after (issue 18, round 16: it left only after the "opening" render).
  const storeGet = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'get')!;
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    const request = (storeGet.value as IDBObjectStore['get']).call(this, query);
    if (this.name === 'records' && Array.isArray(query) && query[0] === 'servicePlan' && reads['get request out'] === undefined) {
      reads['get request out'] = performance.now() - started;
      request.addEventListener('success', () => (reads['get request answered'] ??= performance.now() - started));
    }
    return request;
  };
  try {
    for (const key of Object.keys(reads)) delete reads[key];
    started = performance.now();
    editor.caseId = 'case-1';
    editor.planId = id;
    // The first frame after plan-id (the editor placed just before is due to paint: it often lands in the open).
    requestAnimationFrame(() => (reads['frame'] ??= performance.now() - started));
    await untilRendered(editor.shadowRoot!, () => itemCount(editor) >= items);
    await editor.updateComplete;
    const beforeLayout = performance.now() - started;
    editor.getBoundingClientRect();
    void document.body.offsetHeight;
    const total = performance.now() - started;
    const shown = updates.find((entry) => entry.items >= items);
    if (!shown) throw new Error('openPlanUpdateTimes: no update of the editor put the items in');
    return {
      total,
      ...reads,
      untilPlanUpdate: shown.start,
      templates: shown.templates,
      commit: shown.end - shown.start - shown.templates,
      otherUpdates: updates.filter((entry) => entry !== shown).reduce((sum, entry) => sum + entry.end - entry.start, 0),
      layout: total - beforeLayout,
    };
  } finally {
    Object.defineProperty(IDBObjectStore.prototype, 'get', storeGet);
    for (const key of ['update', 'render'] as const) {
      if (own[key]) Object.defineProperty(prototype, key, own[key]);
      else delete (prototype as Partial<Updating>)[key];
    }
    editor.parentElement!.remove();
    await base.close();
  }
}
