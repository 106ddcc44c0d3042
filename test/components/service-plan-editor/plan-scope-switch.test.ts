// Which plan a refused text belongs to as plans are left and opened (EditSession's scope): a plan set and set
// back in one step never closed; each "New plan" is a draft of its own; a plan left for the list and opened
// again finds what was kept in view there.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, click, leavingAsks, listEditor, mountEditor, overLongText, pasteInto, settle, startNewPlan, untilSaved, worker } from './helpers.js';

const description = (editor: ServicePlanEditor) => $<HTMLTextAreaElement>(editor, 'textarea[name="goal.description"]');
const seen = (editor: ServicePlanEditor) => ({ length: description(editor).value.length, invalid: description(editor).getAttribute('aria-invalid') });

function heard(editor: ServicePlanEditor): CpErrorEvent['detail'][] {
  const errors: CpErrorEvent['detail'][] = [];
  editor.addEventListener('cp-error', (event) => errors.push(event.detail));
  return errors;
}

async function twoPlans(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter({ name: `t10l-scope-${Math.random()}` });
  await storage.put('servicePlan', readyPlan());
  await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
  return storage;
}

describe('<service-plan-editor>: refused text and the plan it was typed in', () => {
  it('plan-id set to plan-2 and back to plan-1 in one step: plan-1 never closed, nothing is reported lost, the text stays in view', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors = heard(editor);
    await pasteInto(editor, description(editor), overLongText);
    await untilSaved(editor);
    description(editor).blur();
    editor.planId = 'plan-2';
    editor.planId = 'plan-1';
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(editor);
    expect({ heard: errors.map((found) => found.code), ...seen(editor), asks: leavingAsks() }).to.deep.equal({ heard: [], length: overLongText.length, invalid: 'true', asks: true });
  });

  it('"New plan" with a refused description, back to the list, then "New plan" again: the first is reported left, the second starts empty', async () => {
    const storage = new MemoryStorageAdapter({ name: `t10l-new-${Math.random()}` });
    const editor = await listEditor(storage);
    const errors = heard(editor);
    const openDraft = async () => {
      await startNewPlan(editor);
      await waitUntil(() => editor.shadowRoot!.querySelector('textarea[name="goal.description"]'), 'the new plan did not open', { timeout: 5000 });
      await settle(editor);
    };
    await openDraft();
    await pasteInto(editor, description(editor), overLongText);
    expect(seen(editor), 'refused in the first draft').to.deep.equal({ length: overLongText.length, invalid: 'true' });
    await click(editor, $(editor, '#back-to-list'));
    await waitUntil(() => editor.shadowRoot!.querySelector('#new-plan'), 'back at the list', { timeout: 5000 });
    expect(
      errors.map(({ code, id, violations }) => ({ code, id, paths: violations.map((found) => found.path.join('.')) })),
      'the first draft, never stored, held the pasted text',
    ).to.deep.equal([{ code: 'plan.typing-left-on-switch', id: undefined, paths: ['goal.description'] }]);
    await openDraft();
    expect({ ...seen(editor), asks: leavingAsks() }, 'the second draft holds none of the first one\'s text').to.deep.equal({ length: 0, invalid: 'false', asks: false });
  });

  it('plan-1 left for the list with a refused description under the caret, then plan-1 again: the text typed is still there beside its message', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await pasteInto(editor, description(editor), overLongText);
    await untilSaved(editor);
    description(editor).focus();
    description(editor).setSelectionRange(overLongText.length, overLongText.length);
    await sendKeys({ type: ' more' });
    editor.planId = undefined;
    await waitUntil(() => editor.shadowRoot!.querySelector('#new-plan'), 'the list did not show', { timeout: 5000 });
    await settle(editor);
    editor.planId = 'plan-1';
    await waitUntil(() => editor.shadowRoot!.querySelector('textarea[name="goal.description"]'), 'plan-1 did not open again', { timeout: 5000 });
    await settle(editor);
    expect({ kept: description(editor).value === `${overLongText} more`, ...seen(editor) }, 'the text the test typed').to.deep.equal({ kept: true, length: overLongText.length + 5, invalid: 'true' });
  });
});

describe('<service-plan-editor>: the leave guard at the list counts no refused text (none is in view there)', () => {
  it('a new draft holding refused text let go by Back: reported, then forgotten for good; at the list leaving does not ask', async () => {
    const storage = new MemoryStorageAdapter({ name: `t10l-list-${Math.random()}` });
    const editor = await listEditor(storage);
    const errors = heard(editor);
    await startNewPlan(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('textarea[name="goal.description"]'), 'the new plan did not open', { timeout: 5000 });
    await settle(editor);
    await pasteInto(editor, description(editor), overLongText);
    expect(leavingAsks(), 'the refused text in view').to.equal(true);
    await click(editor, $(editor, '#back-to-list'));
    await waitUntil(() => editor.shadowRoot!.querySelector('#new-plan'), 'back at the list', { timeout: 5000 });
    await settle(editor);
    const atList = editor.shadowRoot!.querySelector('textarea[name="goal.description"]') === null;
    expect({ atList, reported: errors.map((found) => found.code), asks: leavingAsks() }).to.deep.equal({ atList: true, reported: ['plan.typing-left-on-switch'], asks: false });
  });

  it('plan-1 holding refused text, the host clears plan-id: at the list leaving does not ask; plan-1 opened again brings the text back, and leaving asks again', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await pasteInto(editor, description(editor), overLongText);
    await untilSaved(editor);
    description(editor).blur();
    editor.planId = undefined;
    await waitUntil(() => editor.shadowRoot!.querySelector('#new-plan'), 'the list did not show', { timeout: 5000 });
    await settle(editor);
    const atList = { shown: editor.shadowRoot!.querySelector('textarea[name="goal.description"]') !== null, asks: leavingAsks() };
    editor.planId = 'plan-1';
    await waitUntil(() => editor.shadowRoot!.querySelector('textarea[name="goal.description"]'), 'plan-1 did not open again', { timeout: 5000 });
    await settle(editor);
    expect({ atList, back: { ...seen(editor), asks: leavingAsks() } }).to.deep.equal({ atList: { shown: false, asks: false }, back: { length: overLongText.length, invalid: 'true', asks: true } });
  });
});

describe('<service-plan-editor>: a new draft holding refused text, signed out and in again', () => {
  it('the signed-in user removed then given back: the draft is not left (no report), its text is kept and back in view', async () => {
    const storage = new MemoryStorageAdapter({ name: `t10l-user-${Math.random()}` });
    const editor = await listEditor(storage);
    await startNewPlan(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('textarea[name="goal.description"]'), 'the new plan did not open', { timeout: 5000 });
    await settle(editor);
    await pasteInto(editor, description(editor), overLongText);
    description(editor).blur();
    await settle(editor);
    const errors = heard(editor);
    editor.currentUser = undefined;
    await settle(editor);
    // Read-only while nobody is signed in, as a stored plan is: the draft stays open, its text kept for the return.
    const signedOut = { draftOpen: editor.shadowRoot!.querySelector('[part~="status"]') !== null, said: editor.shadowRoot!.textContent!.includes('has not said who is signed in'), asks: leavingAsks() };
    editor.currentUser = worker;
    await settle(editor);
    expect({ heard: errors.map((found) => found.code), signedOut, back: { ...seen(editor), asks: leavingAsks() } }).to.deep.equal({
      heard: [],
      signedOut: { draftOpen: true, said: true, asks: true },
      back: { length: overLongText.length, invalid: 'true', asks: true },
    });
  });
});

describe('<service-plan-editor>: one text left, one report', () => {
  it('plan-1 with refused text, the host: the list, plan-1 again (the text back), then plan-2: plan-1\'s text is reported left once', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors = heard(editor);
    await pasteInto(editor, description(editor), overLongText);
    await untilSaved(editor);
    description(editor).blur();
    editor.planId = undefined;
    await waitUntil(() => editor.shadowRoot!.querySelector('#new-plan'), 'the list did not show', { timeout: 5000 });
    editor.planId = 'plan-1';
    await waitUntil(() => editor.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="goal.description"]')?.value === overLongText, 'plan-1 back with its text', { timeout: 5000 });
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    expect(errors.map(({ code, id, violations }) => ({ code, id, paths: violations.map((found) => found.path.join('.')) }))).to.deep.equal([
      { code: 'plan.typing-left-on-switch', id: 'plan-1', paths: ['goal.description'] },
    ]);
  });
});
