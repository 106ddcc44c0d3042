// Review of C12 item 4: worker-1's "120e" left in a cost when worker-2 signs in, then worker-3 signs in (no sign-out,
// worker-2 typed nothing). The host hears of worker-1's typing once: worker-2 left no typing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, openItem, settle } from './helpers.js';

const worker2 = { id: 'worker-2', name: 'Amadou Diallo' };
const worker3 = { id: 'worker-3', name: 'Beatriz Lima' };

describe('Review C12: "120e" left by worker-1, then two users sign in one after the other', () => {
  it('worker-1\'s typing is reported once (worker-2 typed nothing)', async () => {
    const storage = new MemoryStorageAdapter({ name: `review-user-replaced-${Math.random()}` });
    await storage.put('servicePlan', readyPlan({ subGoals: [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom', name: 'Housing application', purpose: 'Apply for social housing' }, cost: { amount: 120, currency: 'USD' } })] }] }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: string[] = [];
    editor.addEventListener('cp-error', (event) => errors.push(`${(event as CpErrorEvent).detail.code} while ${editor.currentUser?.id ?? 'nobody'} is signed in`));
    const card = await openItem(editor, 'Housing application');
    const cost = $<HTMLInputElement>(card, 'input[name$=".cost"]');
    cost.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    editor.currentUser = worker2;
    await settle(editor);
    editor.currentUser = worker3;
    await settle(editor);
    editor.currentUser = undefined;
    await settle(editor);
    expect(errors).to.deep.equal(['plan.typing-left-on-sign-out while worker-2 is signed in']);
  });

  it('typed in again after it was reported (worker-2 changes it), the next user change reports it again', async () => {
    const storage = new MemoryStorageAdapter({ name: `review-user-replaced-again-${Math.random()}` });
    await storage.put('servicePlan', readyPlan({ subGoals: [{ id: 'sg-1', title: 'Stable housing', description: '', items: [basicItem('item-1', { source: { type: 'custom', name: 'Housing application', purpose: 'Apply for social housing' }, cost: { amount: 120, currency: 'USD' } })] }] }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: string[] = [];
    editor.addEventListener('cp-error', (event) => errors.push(`${(event as CpErrorEvent).detail.code} while ${editor.currentUser?.id ?? 'nobody'} is signed in`));
    const card = await openItem(editor, 'Housing application');
    const typeAtEnd = async (text: string) => {
      const cost = $<HTMLInputElement>(card, 'input[name$=".cost"]');
      cost.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: text });
      expect(cost.validity.badInput, 'the browser could not read it').to.equal(true);
    };
    await typeAtEnd('e');
    editor.currentUser = worker2;
    await settle(editor);
    const inputs: string[] = [];
    editor.addEventListener('input', (event) => inputs.push((event.composedPath()[0] as HTMLElement).tagName));
    await typeAtEnd('-');
    expect(inputs).to.deep.equal(['INPUT']);
    editor.currentUser = worker3;
    await settle(editor);
    expect(errors).to.deep.equal(['plan.typing-left-on-sign-out while worker-2 is signed in', 'plan.typing-left-on-sign-out while worker-3 is signed in']);
  });
});
