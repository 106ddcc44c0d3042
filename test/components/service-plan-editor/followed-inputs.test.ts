// The element base (ActorSlot) passes inputs that change on a running editor to its actor without a
// restart: another person signs in while a plan is open, and the next save names them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, catalog, NOW, participants, templates, typeInto, untilSaved, worker } from './helpers.js';

describe('<service-plan-editor>: inputs followed while a plan is open', () => {
  it('a new current user reaches the open plan: the next save is recorded as theirs', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('servicePlan', readyPlan({ id: 'plan-follow' }));
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" plan-id="plan-follow" kind="outcome" locale="en" autosave-delay="0"
      .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    await waitUntil(() => editor.shadowRoot!.querySelector('input[name="goal.title"]'), 'the plan did not open', { timeout: 5000 });
    editor.currentUser = { id: 'worker-2', name: 'Rui Costa' };
    await editor.updateComplete;
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Typed by the second worker');
    await untilSaved(editor);
    expect((await storage.history('servicePlan', 'plan-follow')).at(-1)?.by).to.equal('worker-2');
  });

  it('a new autosave delay reaches the open plan: the next edit saves after it', async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('servicePlan', readyPlan({ id: 'plan-delay' }));
    // An hour: no save while the test runs, unless the shorter delay set below reaches the machine.
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" plan-id="plan-delay" kind="outcome" locale="en" autosave-delay="3600000"
      .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    await waitUntil(() => editor.shadowRoot!.querySelector('input[name="goal.title"]'), 'the plan did not open', { timeout: 5000 });
    editor.setAttribute('autosave-delay', '0');
    await editor.updateComplete;
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Saved under the new delay');
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', 'plan-delay'))?.goal.title === 'Saved under the new delay', 'the typed title was never stored: the hour-long delay still held', { timeout: 5000 });
  });
});
