import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, printedText, saveState } from './helpers.js';

const planIn = (storage: MemoryStorageAdapter, id = 'plan-1') => storage.get<ServicePlan>('servicePlan', id);

/**
 * An editor on `plan-1` in a conflict on the field being typed: the user typed the title while another tab (another
 * adapter on the same store) saved it. Every `cp-error` code the host hears is kept, with its `id`.
 */
async function typedFieldConflict(): Promise<{ editor: ServicePlanEditor; errors: { code: string; id: string | undefined }[] }> {
  const name = `switch-${Math.random().toString(36).slice(2, 8)}`;
  const storage = new MemoryStorageAdapter({ name });
  await storage.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
  await storage.put<ServicePlan>('servicePlan', { ...readyPlan(), id: 'plan-2', version: 0, goal: { ...readyPlan().goal, title: 'The other plan' } });
  const editor = await mountEditor({ storage, planId: 'plan-1', autosaveDelay: 600_000 });
  const errors: { code: string; id: string | undefined }[] = [];
  editor.addEventListener('cp-error', (event: CpErrorEvent) => errors.push({ code: event.detail.code, id: event.detail.id }));
  const typing = $<HTMLInputElement>(editor, 'input[name="goal.title"]');
  typing.focus();
  typing.select();
  await sendKeys({ type: 'Typed by me' });
  const other = new MemoryStorageAdapter({ name });
  const current = (await planIn(other))!;
  await other.put<ServicePlan>('servicePlan', { ...current, goal: { ...current.goal, title: 'Saved by them' }, updatedBy: 'someone-else' });
  await waitUntil(() => printedText(editor).includes('Saved by them'), 'the save elsewhere did not arrive', { timeout: 5000 });
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => saveState(editor) === 'conflict', 'no conflict on the typed field');
  return { editor, errors };
}

describe('<service-plan-editor>: the host switches while a conflict on a typed field is open', () => {
  it('another storage: the typing goes with the plan and is written there; nothing is reported lost', async () => {
    const { editor, errors } = await typedFieldConflict();
    const next = new MemoryStorageAdapter();
    await next.put<ServicePlan>('servicePlan', { ...readyPlan(), version: 0 });
    editor.storage = next;
    await waitUntil(async () => (await planIn(next))?.goal.title === 'Typed by me', 'the typing did not reach the new storage', { timeout: 5000 });
    expect(errors.map((error) => error.code), 'the edits were carried, not lost').to.not.include('plan.unsaved-on-switch');
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Typed by me');
    editor.remove();
  });

  it('another plan-id: the host hears the plan left, by its id', async () => {
    const { editor, errors } = await typedFieldConflict();
    editor.planId = 'plan-2';
    await waitUntil(() => printedText(editor).includes('The other plan'), 'the other plan did not open', { timeout: 5000 });
    await waitUntil(() => errors.some((error) => error.code === 'plan.unsaved-on-switch'), 'the host did not hear the edits left unwritten', { timeout: 5000 });
    expect(errors.filter((error) => error.code === 'plan.unsaved-on-switch')).to.deep.equal([{ code: 'plan.unsaved-on-switch', id: 'plan-1' }]);
    editor.remove();
  });
});
