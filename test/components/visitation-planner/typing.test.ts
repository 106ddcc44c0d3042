// A field being typed in is never overwritten: two planners on one database (two IndexedDB adapter
// instances, as two tabs are), the first typing with real key events while the second saves. The text
// under the first one's fingers stays; a change to another field is merged when it saves; a change to
// the same field becomes a conflict on that field.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { uniqueDatabaseName } from '../service-plan-editor/helpers.js';
import { $, byId, click, mountPlanner, settle, until } from './helpers.js';

async function twoPlanners(): Promise<{ a: VisitationPlanner; b: VisitationPlanner; storageA: DexieStorageAdapter; storageB: DexieStorageAdapter }> {
  const databaseName = uniqueDatabaseName('planner-typing');
  const storageA = new DexieStorageAdapter({ databaseName });
  const storageB = new DexieStorageAdapter({ databaseName });
  await seedWeeklyPlan(storageA);
  const a = await mountPlanner({ storage: storageA });
  const b = await mountPlanner({ storage: storageB });
  // B stands for another tab: it must not take focus from A (its save moves focus to the saved plan),
  // which two tabs never do; in a hidden box its focus() does nothing. It keeps its actor when moved.
  const box = document.createElement('div');
  box.hidden = true;
  document.body.append(box);
  box.append(b);
  return { a, b, storageA, storageB };
}

async function edit(planner: VisitationPlanner): Promise<void> {
  await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="edit"]'));
  await until(planner, () => planner.shadowRoot!.querySelector('form.plan-form'), 'the form did not open');
}

/** Types with real key events into a control and stays in it (nothing committed yet). */
async function typeAndStay(control: HTMLInputElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/**
 * The other tab's typing: one page holds both elements, and focusing B would take focus (and the
 * commit) from A, which two tabs never do; so B's control gets its text and its change without focus.
 */
async function typeElsewhere(planner: VisitationPlanner, control: HTMLInputElement, text: string): Promise<void> {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(planner);
}

/** Saves with the form's submit (no focus moves: in B, focus would leave A's field). */
async function saveForm(planner: VisitationPlanner): Promise<void> {
  $<HTMLFormElement>(planner, 'form.plan-form').requestSubmit();
  await settle(planner);
}

/** A has the other save in its list (it shows that the plan changed since it was opened). */
const seesOtherSave = (planner: VisitationPlanner) => until(planner, () => planner.shadowRoot!.querySelector('form.plan-form .notice.warning'), 'the other save did not arrive');

describe('<visitation-planner>: a field being typed in', () => {
  it('keeps the typed text when another tab saves another field; both changes are stored', async () => {
    const { a, b, storageA, storageB } = await twoPlanners();
    await edit(a);
    await edit(b);
    await typeAndStay(byId(a, 'title'), 'Typed in A');
    await typeElsewhere(b, byId(b, 'location'), 'Room 5');
    await saveForm(b);
    await until(b, () => !b.shadowRoot!.querySelector('form.plan-form'), 'B did not save');
    await seesOtherSave(a);
    await settle(a);
    expect(byId(a, 'title').value, 'the text being typed was replaced').to.equal('Typed in A');
    expect(a.shadowRoot!.activeElement === byId(a, 'title'), 'focus stayed in the field').to.equal(true);
    await sendKeys({ type: ' still typing' });
    await sendKeys({ press: 'Tab' });
    await settle(a);
    await saveForm(a);
    await until(a, () => !a.shadowRoot!.querySelector('form.plan-form'), 'A did not save');
    const stored = (await storageA.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    expect(stored.title).to.equal('Typed in A still typing');
    expect(stored.location, 'the other tab change is kept').to.equal('Room 5');
    a.remove();
    b.parentElement!.remove(); // the hidden box with B
    await Promise.all([storageA.close(), storageB.close()]);
  });

  it('keeps the typed text when another tab saves the same field; saving shows a conflict on that field', async () => {
    const { a, b, storageA, storageB } = await twoPlanners();
    await edit(a);
    await edit(b);
    await typeAndStay(byId(a, 'title'), 'Typed in A');
    await typeElsewhere(b, byId(b, 'title'), 'Typed in B');
    await saveForm(b);
    await until(b, () => !b.shadowRoot!.querySelector('form.plan-form'), 'B did not save');
    await seesOtherSave(a);
    expect(byId(a, 'title').value, 'the text being typed was replaced').to.equal('Typed in A');
    await sendKeys({ press: 'Tab' });
    await settle(a);
    await saveForm(a);
    await until(a, () => a.shadowRoot!.querySelector('[part~="conflict"] fieldset.conflict-field'), 'no conflict on the field');
    const fieldsets = [...a.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('[part~="conflict"] fieldset.conflict-field')];
    expect(fieldsets.map((fieldset) => fieldset.dataset.path)).to.deep.equal([JSON.stringify(['title'])]);
    expect(fieldsets[0]!.textContent).to.contain('Typed in A').and.contain('Typed in B');
    expect((await storageA.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!.title, 'nothing written before a choice').to.equal('Typed in B');
    await click(a, fieldsets[0]!.querySelector<HTMLInputElement>('input[type="radio"]')!); // mine
    await click(a, $(a, '[data-action="combine"]'));
    await waitUntil(async () => (await storageA.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!.title === 'Typed in A', 'the chosen side was not written', { timeout: 5000 });
    a.remove();
    b.parentElement!.remove(); // the hidden box with B
    await Promise.all([storageA.close(), storageB.close()]);
  });
});
