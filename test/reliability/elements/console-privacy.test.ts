// Browser consoles end up in bug reports, screen shares and monitoring tools: no name or note typed by a
// user or held in a record may reach console.* (or an uncaught error) when saving fails, when two people
// conflict, or when a stored record is damaged.
import { expect, waitUntil } from '@open-wc/testing';
import type { StoredRecord } from '../../../src/model/record.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { StorageError } from '../../../src/storage/errors.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { contact, weeklyPlan } from '../../model/visitation/fixtures.js';
import { $, mountEditor, saveState, typeInto } from '../../components/service-plan-editor/helpers.js';
import { mountPlanner } from '../../components/visitation-planner/helpers.js';
import { mountLog } from '../../components/contact-log/helpers.js';

const secrets = ['Segredo-Almeida-7731', 'Abuela-Rosario-4410', 'Nota-privada-9902'];
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const;

/** Every value's text, with an Error's own properties (a ConflictError carries both records). */
function deepText(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value !== 'object' || value === null) return String(value);
  if (seen.has(value)) return '';
  seen.add(value);
  const own = Object.getOwnPropertyNames(value).map((key) => `${key}:${deepText((value as Record<string, unknown>)[key], seen)}`);
  return `${value instanceof Error ? `${value.name} ${value.message} ${value.stack ?? ''}` : ''} ${own.join(' ')}`;
}

/** Records what reaches the console and what escapes uncaught, until stopped. */
function watchConsole(): { text: () => string; stop: () => void } {
  const captured: string[] = [];
  const originals = methods.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      captured.push(`${method}: ${args.map((arg) => deepText(arg)).join(' ')}`);
      (original as (...values: unknown[]) => void).apply(console, args);
    };
  }
  const onError = (event: ErrorEvent) => captured.push(`uncaught: ${event.message} ${deepText(event.error)}`);
  const onRejection = (event: PromiseRejectionEvent) => captured.push(`unhandled rejection: ${deepText(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    text: () => captured.join('\n'),
    stop: () => {
      for (const [method, original] of originals) console[method] = original as never;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A storage whose writes fail (disk full) while `failing` is set. */
function failingWrites(inner: StorageAdapter): StorageAdapter & { failing: boolean } {
  const quota = () => Promise.reject(new StorageError('quota-exceeded', 'Saving failed: QuotaExceededError'));
  const adapter = {
    failing: false,
    name: inner.name,
    persistent: inner.persistent,
    get: inner.get.bind(inner),
    list: inner.list.bind(inner),
    history: inner.history.bind(inner),
    watch: inner.watch.bind(inner),
    close: inner.close.bind(inner),
    put: <T extends StoredRecord>(kind: string, record: T) => (adapter.failing ? quota() : inner.put(kind, record)),
    archive: <T extends StoredRecord>(kind: string, record: T) => (adapter.failing ? quota() : inner.archive(kind, record)),
    transaction: (writes: Parameters<StorageAdapter['transaction']>[0]) => (adapter.failing ? quota() : inner.transaction(writes)),
  };
  return adapter as StorageAdapter & { failing: boolean };
}

describe('no user text reaches the console', () => {
  let watch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    watch = watchConsole();
  });
  afterEach(() => {
    watch.stop();
  });

  const expectNoSecrets = () => {
    const seen = watch.text();
    for (const secret of secrets) expect(seen.includes(secret), `"${secret}" reached the console:\n${seen.slice(0, 2000)}`).to.equal(false);
  };

  it('when a save fails and when two editors conflict', async () => {
    const name = `console-${Math.random().toString(36).slice(2)}`;
    const storage = failingWrites(new MemoryStorageAdapter({ name }));
    await storage.put('servicePlan', { ...readyPlan(), version: 0, goal: { title: `Goal ${secrets[0]}`, description: secrets[2]! } });
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    storage.failing = true;
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), `New goal ${secrets[1]}`);
    await waitUntil(() => saveState(editor) === 'failed', `the save did not fail (state ${saveState(editor)})`, { timeout: 5000 });
    storage.failing = false;

    // Another tab saves first: this editor meets a conflict.
    const other = new MemoryStorageAdapter({ name });
    const stored = (await other.get<StoredRecord & { goal: { title: string; description: string } }>('servicePlan', 'plan-1'))!;
    await other.put('servicePlan', { ...stored, goal: { title: `Theirs ${secrets[0]}`, description: secrets[2]! } });
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), `Mine ${secrets[1]}`);
    await waitUntil(() => editor.shadowRoot!.querySelector('[part~="conflict"]'), `no conflict shown (state ${saveState(editor)})`, { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectNoSecrets();
  });

  it('when the planner and the contact log meet damaged records and failing saves', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('visitationPlan', { ...weeklyPlan(), version: 0, notes: secrets[2]! });
    await storage.put('contact', { ...contact('2026-03-10T15:00:00.000Z'), version: 0, notes: secrets[2]! });
    storage.seedRaw('contact', { ...contact('2026-03-11T15:00:00.000Z'), id: 'contact-damaged', version: 1, notes: secrets[0]!, durationMinutes: -1 } as StoredRecord);
    storage.seedRaw('visitationPlan', { ...weeklyPlan(), id: 'plan-damaged', version: 1, title: secrets[1]!, durationMinutes: 'all day' } as unknown as StoredRecord);
    const planner = await mountPlanner({ storage });
    const log = await mountLog({ storage });
    await waitUntil(() => (log.shadowRoot!.textContent ?? '').length > 0 && (planner.shadowRoot!.textContent ?? '').length > 0, 'nothing shown');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectNoSecrets();
  });

  it('would notice a secret logged (the check itself works)', () => {
    // An Error's text and its own properties are both seen (a ConflictError carries whole records).
    const error = Object.assign(new Error('saving failed'), { attempted: { notes: 'marker-in-a-record' } });
    console.debug('check of the console watch', error);
    expect(watch.text()).to.include('marker-in-a-record').and.to.include('saving failed');
  });
});
