// Review R10f: the host signs the user out (currentUser = undefined: a session expired) while words are typed and the
// caret is still in the field. The editor goes read-only (its fields are drawn as a document), so the typing under the
// caret is written first, as the user who typed it; what cannot be written is kept for the plan or the host hears it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { $, catalog, leavingAsks, mountEditor, NOW, openItem, overLongText, participants, settle, startNewPlan, templates, worker } from './helpers.js';

const typed = 'Leo returns home';
const title = (editor: ServicePlanEditor) => editor.shadowRoot!.querySelector<HTMLInputElement>('input[name="goal.title"]');

function heard(editor: ServicePlanEditor): CpErrorEvent['detail'][] {
  const errors: CpErrorEvent['detail'][] = [];
  editor.addEventListener('cp-error', (event) => errors.push(event.detail));
  return errors;
}

/** Signed out (the field goes read-only), a Tab as the user would press it, then signed in again. */
async function signOutAndIn(editor: ServicePlanEditor): Promise<{ readOnly: boolean }> {
  editor.currentUser = undefined;
  await settle(editor);
  const readOnly = title(editor) === null || title(editor)!.disabled;
  await sendKeys({ press: 'Tab' });
  await settle(editor);
  editor.currentUser = worker;
  await settle(editor);
  return { readOnly };
}

/** The stored plans whose title is what the test typed, with who wrote them (once the write has landed). */
async function storedWithTyped(storage: MemoryStorageAdapter): Promise<{ title: string; updatedBy: string }[]> {
  const find = async () => (await storage.list<ServicePlan>('servicePlan')).records.filter((plan) => plan.goal.title === typed).map((plan) => ({ title: plan.goal.title, updatedBy: plan.updatedBy }));
  await waitUntil(async () => (await find()).length > 0, 'the typed title was never stored', { timeout: 5000 }).catch(() => undefined);
  return find();
}

describe('<service-plan-editor>: signed out with the caret still in a field', () => {
  it('a new draft: the title typed is stored (the plan created), written by the user who typed it, and in view on signing in', async () => {
    const storage = new MemoryStorageAdapter({ name: `sign-out-draft-${Math.random()}` });
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" kind="outcome" locale="en" .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    const errors = heard(editor);
    await startNewPlan(editor);
    await waitUntil(() => title(editor), 'the new plan did not open', { timeout: 5000 });
    await settle(editor);
    title(editor)!.focus();
    await sendKeys({ type: typed });
    const { readOnly } = await signOutAndIn(editor);
    const stored = await storedWithTyped(storage);
    await waitUntil(() => title(editor), 'the plan did not come back editable', { timeout: 5000 });
    expect({ readOnly, stored, inView: title(editor)!.value, heard: errors.map((found) => found.code) }).to.deep.equal({
      readOnly: true,
      stored: [{ title: typed, updatedBy: worker.id }],
      inView: typed,
      heard: [],
    });
  });

  it('a stored plan: the title typed over the old one is stored, written by the user who typed it', async () => {
    const storage = new MemoryStorageAdapter({ name: `sign-out-stored-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors = heard(editor);
    title(editor)!.focus();
    title(editor)!.select();
    await sendKeys({ type: typed });
    const { readOnly } = await signOutAndIn(editor);
    const stored = await storedWithTyped(storage);
    expect({ readOnly, stored, inView: title(editor)!.value, heard: errors.map((found) => found.code) }).to.deep.equal({
      readOnly: true,
      stored: [{ title: typed, updatedBy: worker.id }],
      inView: typed,
      heard: [],
    });
  });

  it('text over its limit under the caret: refused as it is written, kept for the plan (leaving asks), back in its field on signing in', async () => {
    const storage = new MemoryStorageAdapter({ name: `sign-out-refused-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const description = () => editor.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="goal.description"]');
    // Pasted, the caret still there (no change yet).
    description()!.focus();
    description()!.value = overLongText;
    description()!.dispatchEvent(new Event('input', { bubbles: true }));
    editor.currentUser = undefined;
    await settle(editor);
    const signedOut = { field: description() === null, asks: leavingAsks() };
    editor.currentUser = worker;
    await settle(editor);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect({ signedOut, back: { length: description()!.value.length, invalid: description()!.getAttribute('aria-invalid'), asks: leavingAsks() }, stored: stored.goal.description }).to.deep.equal({
      signedOut: { field: true, asks: true },
      back: { length: overLongText.length, invalid: 'true', asks: true },
      stored: readyPlan().goal.description,
    });
  });

  it('a cost holding "120e" (unreadable) under the caret: it cannot be written, so the host hears it as the field goes', async () => {
    const storage = new MemoryStorageAdapter({ name: `sign-out-unreadable-${Math.random()}` });
    await storage.put('servicePlan', readyPlan({ subGoals: [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom', name: 'Housing application', purpose: 'Apply for social housing' }, cost: { amount: 120, currency: 'USD' } })] }] }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors = heard(editor);
    const card = await openItem(editor, 'Housing application');
    const cost = $<HTMLInputElement>(card, 'input[name$=".cost"]');
    cost.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    expect(cost.validity.badInput, 'the browser could not read it').to.equal(true);
    editor.currentUser = undefined;
    await settle(editor);
    expect(errors.map(({ code, id, violations }) => ({ code, id, violations }))).to.deep.equal([
      { code: 'plan.typing-left-on-sign-out', id: 'plan-1', violations: [{ code: 'value.invalid', path: ['subGoals', 0, 'items', 0, 'cost', 'amount'] }] },
    ]);
  });

  /** A title typed without the caret staying there (a script, an assistive tool), signed out, its `change` only then, and `next` signing in. */
  async function lateChange(next: typeof worker): Promise<{ signedOutAsks: boolean; inView: string; said: boolean; asks: boolean; stored: { title: string; updatedBy: string } }> {
    const storage = new MemoryStorageAdapter({ name: `sign-out-late-change-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const control = title(editor)!;
    control.value = typed;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    editor.currentUser = undefined;
    await settle(editor);
    // The field's `change` comes only now (as a control leaving the page may send it): nobody may write.
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(editor);
    const signedOutAsks = leavingAsks();
    editor.currentUser = next;
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 100)); // past the autosave delay (30 ms)
    await settle(editor);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const said = editor.shadowRoot!.getElementById(`${title(editor)!.id}-error`)?.textContent?.trim() ?? '';
    return { signedOutAsks, inView: title(editor)!.value, said: said.includes('nobody was signed in'), asks: leavingAsks(), stored: { title: stored.goal.title, updatedBy: stored.updatedBy } };
  }

  it('a change arriving while nobody may write is not taken for accepted; the same user signing in again has it written as theirs', async () => {
    expect(await lateChange(worker)).to.deep.equal({
      signedOutAsks: true,
      inView: typed,
      said: false,
      asks: false,
      stored: { title: typed, updatedBy: worker.id },
    });
  });

  it('a change arriving while nobody may write: another user signing in finds it at its field, unwritten, with why (changing it makes it theirs)', async () => {
    expect(await lateChange({ id: 'worker-2', name: 'Someone Else' })).to.deep.equal({
      signedOutAsks: true,
      inView: typed,
      said: true,
      asks: true,
      stored: { title: readyPlan().goal.title, updatedBy: readyPlan().updatedBy },
    });
  });
});
