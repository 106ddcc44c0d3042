// Every write names who made it: with no valid current user the editor writes nothing and says why.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/cp-error.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, catalog, NOW, participants, templates, typeInto, untilSaved, worker } from './helpers.js';

const invalidUser = { id: 'worker 7 <script>', name: '' };

async function mount(storage: MemoryStorageAdapter, planId: string | undefined, currentUser: unknown, events: CpErrorEvent[]): Promise<ServicePlanEditor> {
  return fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" plan-id=${planId ?? ''} kind="outcome" locale="en" autosave-delay="0"
    @cp-error=${(event: CpErrorEvent) => events.push(event)}
    .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${currentUser} .now=${NOW}></service-plan-editor>`);
}

describe('<service-plan-editor>: an invalid current user', () => {
  it('is reported, leaves the plan read-only with a message, writes nothing, and editing comes back with a valid user', async () => {
    const storage = new MemoryStorageAdapter();
    const plan = await storage.put('servicePlan', readyPlan({ id: 'plan-u' }));
    const events: CpErrorEvent[] = [];
    const editor = await mount(storage, 'plan-u', invalidUser, events);
    await waitUntil(() => editor.shadowRoot?.querySelector('[part~="status"]'), 'the plan did not open', { timeout: 5000 });
    expect(events.map((event) => event.detail.code)).to.include('input.invalid');
    expect(editor.shadowRoot!.textContent).to.include('has not said who is signed in');
    expect(editor.shadowRoot!.querySelector('input[name="goal.title"]')).to.equal(null);
    expect((await storage.history('servicePlan', 'plan-u')).length).to.equal(plan.version);

    editor.currentUser = worker;
    await waitUntil(() => editor.shadowRoot!.querySelector('input[name="goal.title"]'), 'editing did not come back', { timeout: 5000 });
    await typeInto(editor, $<HTMLInputElement>(editor, 'input[name="goal.title"]'), 'Leo returns home safely');
    await untilSaved(editor);
    expect((await storage.history('servicePlan', 'plan-u')).at(-1)?.by).to.equal('worker-1');
  });

  it('creates no new plan without a valid user: nothing is stored, and the editor says why', async () => {
    const storage = new MemoryStorageAdapter();
    const events: CpErrorEvent[] = [];
    const editor = await mount(storage, undefined, invalidUser, events);
    await editor.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(editor.shadowRoot!.textContent).to.include('has not said who is signed in');
    expect((await storage.list('servicePlan')).records).to.deep.equal([]);
  });
});
