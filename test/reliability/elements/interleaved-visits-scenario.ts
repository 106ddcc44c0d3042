// Two caseworkers editing one visitation plan (two <visitation-planner>s) or one contact (two
// <contact-log>s) at once, through the real elements' forms: each element on its own IndexedDB adapter
// instance over one database (as two tabs are; two pages cannot be driven from one @web/test-runner test).
//
// Each round both open the record's form; A types a token into one field and B into another (every
// third round the same field, and then A also changes a field of its own); A saves, then B. B's save
// meets A's: merged without asking when they typed different fields, else resolved the way the scenario
// says. The test counts, from what IT typed and what IT chose to discard, the typed tokens missing from
// the stored record: never from what the elements report.
import { waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { StoredRecord } from '../../../src/model/record.js';
import { contactAt, seedWeeklyPlan } from '../../components/contact-log/seed.js';
import { mountLog, rows } from '../../components/contact-log/helpers.js';
import { mountPlanner, settle } from '../../components/visitation-planner/helpers.js';
import { uniqueDatabaseName } from '../../components/service-plan-editor/helpers.js';
import type { Resolution } from './interleaved-scenario.js';

type Form = HTMLElement & { updateComplete: Promise<boolean> };

interface Subject {
  kind: string;
  id: string;
  /** Text fields of the form, by control id (also the record's field). */
  fields: readonly string[];
  seed(storage: DexieStorageAdapter): Promise<void>;
  mount(storage: DexieStorageAdapter): Promise<Form>;
  openForm(element: Form): Promise<void>;
}

const planner: Subject = {
  kind: 'visitationPlan',
  id: 'plan-weekly',
  fields: ['title', 'location', 'transport', 'notes'],
  seed: async (storage) => void (await seedWeeklyPlan(storage)),
  mount: (storage) => mountPlanner({ storage }),
  openForm: async (element) => {
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-plan-id="plan-weekly"] [data-action="edit"]')!.click();
    await settle(element);
  },
};

const contact: Subject = {
  kind: 'contact',
  id: 'visit-interleaved',
  fields: ['location', 'notes'],
  seed: async (storage) => {
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-interleaved', notes: 'First notes', location: 'Centre' }));
  },
  mount: (storage) => mountLog({ storage }),
  openForm: async (element) => {
    await settle(element);
    rows(element as never).find((row) => row.dataset.id === 'visit-interleaved')!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await settle(element);
  },
};

export const subjects = { planner, contact };

const form = (element: Form) => element.shadowRoot!.querySelector<HTMLFormElement>('form.plan-form, form.contact-form');
const conflictPanel = (element: Form) => element.shadowRoot!.querySelector<HTMLElement>('[part~="conflict"]');

/** The version of the record the element holds (to start a round only once both have the stored one). */
function heldVersion(element: Form, subject: Subject): number | undefined {
  const slot = (element as unknown as { actorSlot: { controller?: { snapshot: { context: Record<string, unknown>; value: unknown } } } }).actorSlot;
  const context = slot.controller?.snapshot.context;
  const list = (subject.kind === 'contact' ? context?.['contacts'] : context?.['plans']) as StoredRecord[] | undefined;
  return list?.find((record) => record.id === subject.id)?.version;
}

/** Types a value into a field as a person does, without taking focus from the other element: the new text, then the commit. */
async function typeValue(element: Form, field: string, text: string): Promise<void> {
  const control = element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[id="${field}"]`)!;
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

const settled = (element: Form) => !form(element) && !conflictPanel(element) && !element.shadowRoot!.querySelector('.notice.error');

export async function runVisitsScenario(subject: Subject, resolution: Resolution, rounds: number): Promise<{ typed: number; lost: number; resolutions: number }> {
  const databaseName = uniqueDatabaseName(`interleaved-${subject.kind}-${resolution}`);
  const seed = new DexieStorageAdapter({ databaseName });
  await subject.seed(seed);
  await seed.close();
  const storageA = new DexieStorageAdapter({ databaseName });
  const storageB = new DexieStorageAdapter({ databaseName });
  const a = await subject.mount(storageA);
  const b = await subject.mount(storageB);
  const { fields } = subject;
  let typed = 0;
  let lost = 0;
  let resolutions = 0;
  for (let round = 0; round < rounds; round += 1) {
    const stored = async () => (await storageA.get<StoredRecord & Record<string, unknown>>(subject.kind, subject.id))!;
    const version = (await stored()).version;
    await waitUntil(() => heldVersion(a, subject) === version && heldVersion(b, subject) === version, `the elements did not follow the stored record (round ${round})`, { timeout: 5000, interval: 5 });
    await subject.openForm(a);
    await subject.openForm(b);
    await waitUntil(() => form(a) && form(b), `a form did not open (round ${round})`, { timeout: 5000, interval: 5 });
    const fieldA = fields[round % fields.length]!;
    const sameField = round % 3 === 0;
    const fieldB = sameField ? fieldA : fields[(round + 1) % fields.length]!;
    const tokenA = `A${round}-${resolution}`;
    const tokenB = `B${round}-${resolution}`;
    // In a same-field round A also changes a field of its own: a resolution must keep it.
    const extras: [string, string][] = sameField ? [[fields[(round + 1) % fields.length]!, `A${round}x-${resolution}`]] : [];
    await typeValue(a, fieldA, tokenA);
    for (const [field, token] of extras) await typeValue(a, field, token);
    await typeValue(b, fieldB, tokenB);
    typed += 2 + extras.length;
    form(a)!.requestSubmit();
    await waitUntil(() => settled(a), `A did not save (round ${round})`, { timeout: 5000, interval: 5 });
    form(b)!.requestSubmit();
    const discarded = new Set<string>();
    await waitUntil(() => settled(b) || conflictPanel(b)?.querySelector('fieldset.conflict-field'), `B neither saved nor showed the conflict (round ${round})`, { timeout: 5000, interval: 5 });
    const panel = conflictPanel(b);
    if (panel) {
      resolutions += 1;
      // Same field typed on both sides: the test decides, and remembers what it chose to discard.
      if (resolution === 'keep-mine') {
        panel.querySelector<HTMLButtonElement>('[data-action="keep-mine"]')!.click();
        discarded.add(tokenA);
      } else if (resolution === 'take-theirs') {
        panel.querySelector<HTMLButtonElement>('[data-action="take-theirs"]')!.click();
        discarded.add(tokenB);
      } else {
        const keepMine = resolution === 'combine' || round % 2 === 0;
        for (const fieldset of panel.querySelectorAll('fieldset.conflict-field')) fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')[keepMine ? 0 : 1]!.click();
        await settle(b);
        discarded.add(keepMine ? tokenA : tokenB);
        conflictPanel(b)!.querySelector<HTMLButtonElement>('[data-action="combine"]')!.click();
      }
      await settle(b);
      await waitUntil(() => settled(b), `B did not save after resolving (round ${round})`, { timeout: 5000, interval: 5 });
    }
    const record = await stored();
    for (const [field, token] of [[fieldA, tokenA], [fieldB, tokenB], ...extras] as const) {
      if (!discarded.has(token) && record[field] !== token) lost += 1;
    }
  }
  a.remove();
  b.remove();
  await Promise.all([storageA.close(), storageB.close()]);
  return { typed, lost, resolutions };
}
