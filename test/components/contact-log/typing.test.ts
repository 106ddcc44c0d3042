// A field being typed in is never overwritten: two contact logs on one database (two IndexedDB adapter
// instances, as two tabs are), the first typing with real key events while the second saves, or while a
// commit of another field of its own form re-renders it. The text under the user's fingers stays; a
// change to another field is merged when the form is saved; a change to the same field becomes a
// conflict on that field.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { uniqueDatabaseName } from '../service-plan-editor/helpers.js';
import { $, byId, click, settle, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog, rows } from './helpers.js';

const CONTACT = 'visit-typed';

/** The version of the contact the log holds (to wait until another tab's save has reached it). */
function heldVersion(log: ContactLog): number | undefined {
  const slot = (log as unknown as { actorSlot: { controller?: { snapshot: { context: { contacts: Contact[] } } } } }).actorSlot;
  return slot.controller?.snapshot.context.contacts.find((contact) => contact.id === CONTACT)?.version;
}

async function edit(log: ContactLog): Promise<void> {
  await settle(log);
  await click(log, rows(log).find((row) => row.dataset.id === CONTACT)!.querySelector<HTMLElement>('[data-action="edit"]')!);
  await until(log, () => log.shadowRoot!.querySelector('form.contact-form'), 'the form did not open');
}

/**
 * Two logs with the contact open in both. B stands for another tab: it must not take focus from A (its
 * save moves focus), which two tabs never do, so it is moved into a hidden box, where focus() does
 * nothing; a moved log keeps its open form.
 */
async function twoLogs(): Promise<{ a: ContactLog; b: ContactLog; storageA: DexieStorageAdapter; storageB: DexieStorageAdapter }> {
  const databaseName = uniqueDatabaseName('contact-typing');
  const storageA = new DexieStorageAdapter({ databaseName });
  const storageB = new DexieStorageAdapter({ databaseName });
  await seedWeeklyPlan(storageA);
  await storageA.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: CONTACT, notes: 'First notes', location: 'Centre' }));
  const a = await mountLog({ storage: storageA });
  const b = await mountLog({ storage: storageB });
  await edit(a);
  await edit(b);
  const box = document.createElement('div');
  box.hidden = true;
  document.body.append(box);
  box.append(b);
  await settle(b);
  return { a, b, storageA, storageB };
}

/** Types with real key events into a control and stays in it (nothing committed yet). */
async function typeAndStay(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/** The other tab's typing: its control gets the text and its change, without taking focus. */
async function typeElsewhere(log: ContactLog, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(log);
}

async function saveForm(log: ContactLog): Promise<void> {
  $<HTMLFormElement>(log, 'form.contact-form').requestSubmit();
  await settle(log);
}

const stored = async (storage: DexieStorageAdapter) => (await storage.get<Contact>('contact', CONTACT))!;

async function cleanUp(a: ContactLog, b: ContactLog, storages: DexieStorageAdapter[]): Promise<void> {
  a.remove();
  b.parentElement!.remove(); // the hidden box with B
  await Promise.all(storages.map((storage) => storage.close()));
}

describe('<contact-log>: a field being typed in', () => {
  it('keeps the typed notes when another tab saves another field; both changes are stored', async () => {
    const { a, b, storageA, storageB } = await twoLogs();
    await typeAndStay(byId<HTMLTextAreaElement>(a, 'notes'), 'Typed in A');
    await typeElsewhere(b, byId(b, 'location'), 'Room 5');
    await saveForm(b);
    await until(b, () => !b.shadowRoot!.querySelector('form.contact-form'), 'B did not save');
    await until(a, () => heldVersion(a) === 2, 'the other save did not reach A');
    await settle(a);
    expect(byId<HTMLTextAreaElement>(a, 'notes').value, 'the text being typed was replaced').to.equal('Typed in A');
    await sendKeys({ type: ', still typing' });
    await sendKeys({ press: 'Tab' });
    await settle(a);
    await saveForm(a);
    await until(a, () => !a.shadowRoot!.querySelector('form.contact-form'), 'A did not save');
    const contact = await stored(storageA);
    expect(contact.notes).to.equal('Typed in A, still typing');
    expect(contact.location, 'the other tab change is kept').to.equal('Room 5');
    await cleanUp(a, b, [storageA, storageB]);
  });

  it('keeps the typed text when another field of the same form is committed', async () => {
    const { a, b, storageA, storageB } = await twoLogs();
    await typeAndStay(byId(a, 'location'), 'Typed location');
    // A click on the checkbox by script: a commit of another field that does not move focus.
    byId(a, 'atChildResidence').click();
    await settle(a);
    expect(byId(a, 'location').value, 'the text being typed was reset by the other field').to.equal('Typed location');
    await sendKeys({ press: 'Tab' });
    await settle(a);
    await saveForm(a);
    await until(a, () => !a.shadowRoot!.querySelector('form.contact-form'), 'A did not save');
    const contact = await stored(storageA);
    expect([contact.location, contact.atChildResidence]).to.deep.equal(['Typed location', true]);
    await cleanUp(a, b, [storageA, storageB]);
  });

  it('keeps the typed notes when another tab saves the notes; saving shows a conflict on them', async () => {
    const { a, b, storageA, storageB } = await twoLogs();
    await typeAndStay(byId<HTMLTextAreaElement>(a, 'notes'), 'Typed in A');
    await typeElsewhere(b, byId<HTMLTextAreaElement>(b, 'notes'), 'Typed in B');
    await saveForm(b);
    await until(b, () => !b.shadowRoot!.querySelector('form.contact-form'), 'B did not save');
    await until(a, () => heldVersion(a) === 2, 'the other save did not reach A');
    await settle(a);
    expect(byId<HTMLTextAreaElement>(a, 'notes').value, 'the text being typed was replaced').to.equal('Typed in A');
    await sendKeys({ press: 'Tab' });
    await settle(a);
    await saveForm(a);
    await until(a, () => a.shadowRoot!.querySelector('[part~="conflict"] fieldset.conflict-field'), 'no conflict on the field');
    const fieldsets = [...a.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('[part~="conflict"] fieldset.conflict-field')];
    expect(fieldsets.map((fieldset) => fieldset.dataset.path)).to.deep.equal([JSON.stringify(['notes'])]);
    expect((await stored(storageA)).notes, 'nothing written before a choice').to.equal('Typed in B');
    await click(a, fieldsets[0]!.querySelector<HTMLInputElement>('input[type="radio"]')!); // mine
    await click(a, $(a, '[data-action="combine"]'));
    await waitUntil(async () => (await stored(storageA)).notes === 'Typed in A', 'the chosen side was not written', { timeout: 5000 });
    await cleanUp(a, b, [storageA, storageB]);
  });
});
