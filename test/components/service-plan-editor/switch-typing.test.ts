// Typing belongs to the plan it was typed in: another plan-id never shows it, refuses it or stores it there.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, openItem, settle, typeInto } from './helpers.js';

/** Two plans whose items share their ids (a plan copied from another keeps them): plan-1 costs 120, plan-2 costs 75. */
async function twoPlans(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter({ name: `switch-typing-${Math.random()}` });
  const withCost = (amount: number, name: string) => [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom' as const, name, purpose: 'Apply for social housing' }, cost: { amount, currency: 'USD' } })] }];
  await storage.put('servicePlan', readyPlan({ subGoals: withCost(120, 'Housing application') }));
  await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' }, subGoals: withCost(75, 'Housing application') }));
  return storage;
}

const cost = (editor: ServicePlanEditor) => $<HTMLInputElement>(editor, 'input[name$=".cost"]');

/** "120" becomes "120e" (unreadable), the caret still in the field, and the host opens plan-2. */
async function switchWhileCostUnreadable(editor: ServicePlanEditor): Promise<void> {
  await openItem(editor, 'Housing application');
  cost(editor).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: 'e' });
  expect(cost(editor).validity.badInput, 'the browser could not read it').to.equal(true);
  editor.planId = 'plan-2';
  await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
  await settle(editor);
  await openItem(editor, 'Housing application');
}

describe('<service-plan-editor>: typing left in one plan stays with it when another plan-id opens', () => {
  it('"120e" typed in plan-1 shows neither its text nor its message on plan-2, and plan-2 stores nothing', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await switchWhileCostUnreadable(editor);
    expect({ value: cost(editor).value, unreadable: cost(editor).validity.badInput, invalid: cost(editor).getAttribute('aria-invalid') }, 'plan-2\'s own cost, no message').to.deep.equal({ value: '75', unreadable: false, invalid: 'false' });
    expect(editor.shadowRoot!.textContent, 'no message about plan-1\'s typing').to.not.contain('This value is not valid.');
    await new Promise((resolve) => setTimeout(resolve, 100)); // past the autosave delay (30 ms)
    const stored = await storage.get<ServicePlan>('servicePlan', 'plan-2');
    expect({ version: stored!.version, cost: stored!.subGoals[0]!.items[0]!.cost }, 'plan-2 untouched').to.deep.equal({ version: 1, cost: { amount: 75, currency: 'USD' } });
  });

  it('the host hears that plan-1\'s unreadable cost was not saved: plan.typing-left-on-switch, plan-1, the cost\'s path', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    await switchWhileCostUnreadable(editor);
    expect(errors.map(({ code, id, violations }) => ({ code, id, violations }))).to.deep.equal([
      { code: 'plan.typing-left-on-switch', id: 'plan-1', violations: [{ code: 'value.invalid', path: ['subGoals', 0, 'items', 0, 'cost', 'amount'] }] },
    ]);
    const stored = await storage.get<ServicePlan>('servicePlan', 'plan-1');
    expect(stored!.subGoals[0]!.items[0]!.cost, 'plan-1 keeps its saved cost').to.deep.equal({ amount: 120, currency: 'USD' });
  });

  it('a new sub-goal typed but not added when plan-2 opens: the host hears it (no field of the plan holds it), plan-2 gets nothing', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    const title = $<HTMLInputElement>(editor, 'form[part~="add-sub-goal"] input[name="title"]');
    title.focus();
    await sendKeys({ type: 'Half-typed sub-goal' });
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    expect(errors.map(({ code, id, violations }) => ({ code, id, violations }))).to.deep.equal([{ code: 'plan.typing-left-on-switch', id: 'plan-1', violations: [] }]);
    expect($<HTMLInputElement>(editor, 'form[part~="add-sub-goal"] input[name="title"]').value, 'plan-2\'s form is empty').to.equal('');
    const stored = await storage.get<ServicePlan>('servicePlan', 'plan-2');
    expect(stored!.subGoals.map((subGoal) => subGoal.title)).to.deep.equal(['Stable housing']);
  });

  it('a name the plan refused (markup in it), kept in its field when plan-2 opens: the host hears it with what was refused there', async () => {
    const storage = await twoPlans();
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Leo <b>home</b>');
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').getAttribute('aria-invalid')).to.equal('true');
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    expect(errors.map(({ code, id, violations }) => ({ code, id, paths: violations.map((found) => found.path.join('.')) }))).to.deep.equal([
      { code: 'plan.typing-left-on-switch', id: 'plan-1', paths: ['goal.title'] },
    ]);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-2'))!.goal.title).to.equal('The other plan');
  });
});
