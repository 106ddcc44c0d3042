// Brief C12, item 2 (editor): a new plan never stored ("New plan", its first write not made yet) when the host changes
// storage: created in the new storage with what was typed, as the user who typed it; the editor keeps it open by its id.
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { $, listEditor, settle, startNewPlan, typeInto } from './helpers.js';

describe('<service-plan-editor>: a new plan not stored yet when the host changes storage', () => {
  it('the typed title is created in the new storage as worker-1, the editor opens it there, one cp-plan-created', async () => {
    const first = new MemoryStorageAdapter({ name: `new-plan-first-${Math.random()}` });
    const second = new MemoryStorageAdapter({ name: `new-plan-second-${Math.random()}` });
    const created: string[] = [];
    const editor = await listEditor(first, created);
    editor.autosaveDelay = 600_000; // the first write is not made before the storage changes
    await startNewPlan(editor);
    await waitUntil(() => editor.shadowRoot?.querySelector('input[name="goal.title"]'), 'the new plan did not open', { timeout: 5000 });
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Typed in a new plan');
    expect((await first.list<ServicePlan>('servicePlan', {})).records, 'not stored yet').to.deep.equal([]);
    editor.storage = second;
    await waitUntil(() => editor.planId, 'the plan was not created', { timeout: 5000 });
    const id = editor.planId!;
    await waitUntil(async () => (await second.get<ServicePlan>('servicePlan', id))?.goal.title === 'Typed in a new plan', 'the typed title did not reach the new storage', { timeout: 5000 });
    const history = await second.history('servicePlan', id);
    expect(history.map((entry) => `${entry.by}: ${entry.action}`)).to.deep.equal(['worker-1: plan.created']);
    await settle(editor);
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Typed in a new plan');
    expect(created).to.deep.equal([id]);
  });
});
