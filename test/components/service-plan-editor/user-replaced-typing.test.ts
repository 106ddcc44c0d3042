// Brief C12, item 6: worker-2 signs in in place of worker-1 (no sign-out between) while worker-1's cost field holds
// "120e", which no field can take. Decided as for a sign-out: worker-1's session ended, so the host hears the typing
// left (`plan.typing-left-on-sign-out`, the field's path); the text stays at its field, unwritten (changing it makes it
// worker-2's, as for text left while nobody was signed in), and leaving still asks.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { $, leavingAsks, mountEditor, openItem, settle } from './helpers.js';

const worker2 = { id: 'worker-2', name: 'Amadou Diallo' };

describe('<service-plan-editor>: another user signs in while "120e" waits in a cost', () => {
  it('the host hears the typing left, the plan is unchanged, leaving still asks', async () => {
    const storage = new MemoryStorageAdapter({ name: `user-replaced-unreadable-${Math.random()}` });
    await storage.put('servicePlan', readyPlan({ subGoals: [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom', name: 'Housing application', purpose: 'Apply for social housing' }, cost: { amount: 120, currency: 'USD' } })] }] }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    const card = await openItem(editor, 'Housing application');
    const cost = $<HTMLInputElement>(card, 'input[name$=".cost"]');
    cost.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    expect(cost.validity.badInput, 'the browser could not read it').to.equal(true);
    editor.currentUser = worker2;
    await settle(editor);
    expect(errors.map(({ code, id, violations }) => ({ code, id, violations }))).to.deep.equal([
      { code: 'plan.typing-left-on-sign-out', id: 'plan-1', violations: [{ code: 'value.invalid', path: ['subGoals', 0, 'items', 0, 'cost', 'amount'] }] },
    ]);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect({ amount: stored.subGoals[0]!.items[0]!.cost?.amount, asks: leavingAsks() }).to.deep.equal({ amount: 120, asks: true });
  });
});
