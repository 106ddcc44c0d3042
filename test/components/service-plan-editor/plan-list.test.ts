import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { $, $$, click, listEditor, NOW, participants, settle, typeInto, worker } from './helpers.js';

describe("<service-plan-editor> without plan-id: the case's plans", () => {
  it('stores nothing and announces no plan on load: three mounts, no plan, no cp-plan-created', async () => {
    const storage = new MemoryStorageAdapter();
    const created: string[] = [];
    for (let mount = 0; mount < 3; mount += 1) (await listEditor(storage, created)).remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await storage.list('servicePlan', { caseId: 'case-1' })).records).to.have.length(0);
    expect(created).to.deep.equal([]);
  });

  it("lists the case's plans (kind, status, version, dates), opens one without creating anything, and comes back", async () => {
    const storage = new MemoryStorageAdapter();
    await storage.put('servicePlan', readyPlan({ id: 'plan-a', goal: { title: 'Leo returns home', description: '' } }));
    await storage.put('servicePlan', readyPlan({ id: 'plan-b', status: 'active', activatedOn: '2026-02-01', goal: { title: 'Leo stays safe at school', description: '' } }));
    await storage.put('servicePlan', readyPlan({ id: 'plan-other', caseId: 'case-2', goal: { title: 'Another family', description: '' } }));
    const created: string[] = [];
    const element = await listEditor(storage, created);
    await waitUntil(() => $$(element, 'tr[data-plan-id]').length === 2, 'the two plans of case-1');
    const rows = $$(element, 'tr[data-plan-id]').map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.join(' | ')).to.contain('Leo returns home').and.contain('Leo stays safe at school').and.not.contain('Another family');
    const active = $(element, 'tr[data-plan-id="plan-b"]').textContent!.replace(/\s+/g, ' ');
    expect(active).to.contain('Active').and.contain('Version 1').and.contain('Active since');

    await click(element, $(element, 'tr[data-plan-id="plan-b"] button'));
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="status"]'), 'the plan did not open');
    await settle(element);
    expect(element.planId).to.equal('plan-b');
    expect(element.shadowRoot!.activeElement?.id, 'focus on the opened plan').to.equal('plan-title');
    expect(created).to.deep.equal([]);

    await click(element, $(element, '#back-to-list'));
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'back at the list');
    await settle(element);
    expect(element.planId).to.equal(undefined);
    expect(element.shadowRoot!.activeElement?.id).to.equal('new-plan');
  });

  it('"New plan" opens an unsaved plan with focus in its first field; going back to the list stores nothing', async () => {
    const storage = new MemoryStorageAdapter();
    const created: string[] = [];
    const element = await listEditor(storage, created);
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'New plan');
    expect($(element, '[part~="plan-list"]').textContent).to.contain('This case has no plan yet.');
    await click(element, $(element, '#new-plan'));
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('name') === 'goal.title', 'focus on the goal');
    expect($<HTMLInputElement>(element, '[name="goal.title"]').disabled, 'the goal is ready to type in').to.equal(false);
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 100)); // longer than the autosave delay
    expect((await storage.list('servicePlan', { caseId: 'case-1' })).records, 'nothing stored on opening').to.have.length(0);

    await click(element, $(element, '#back-to-list'));
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'back at the list');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await storage.list('servicePlan', { caseId: 'case-1' })).records, 'nothing stored on leaving').to.have.length(0);
    expect(created).to.deep.equal([]);
    expect($(element, '[part~="plan-list"]').textContent).to.contain('This case has no plan yet.');
  });

  it('a new plan is stored with the first thing written in it (a title), once, and says so in cp-plan-created', async () => {
    const storage = new MemoryStorageAdapter();
    const created: string[] = [];
    const element = await listEditor(storage, created);
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'New plan');
    await click(element, $(element, '#new-plan'));
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('name') === 'goal.title', 'focus on the goal');
    await typeInto(element, $<HTMLInputElement>(element, '[name="goal.title"]'), 'Leo returns home');
    await waitUntil(() => created.length === 1, 'cp-plan-created after the first write');
    const stored = (await storage.list<ServicePlan>('servicePlan', { caseId: 'case-1' })).records;
    expect(stored.map((plan) => plan.id)).to.deep.equal(created);
    expect(stored[0]!.goal.title).to.equal('Leo returns home');
    expect((await storage.history('servicePlan', created[0]!)).map((entry) => entry.action)).to.deep.equal(['plan.created']);
    expect(element.planId).to.equal(created[0]);

    // Leaving it and coming back: the list holds that one plan, nothing more.
    await click(element, $(element, '#back-to-list'));
    await waitUntil(() => $$(element, 'tr[data-plan-id]').length === 1, 'the one plan in the list');
    expect((await storage.list('servicePlan', { caseId: 'case-1' })).records).to.have.length(1);
    expect(created).to.have.length(1);
  });

  it('a title typed and left by going back to the list at once is stored, not lost', async () => {
    const storage = new MemoryStorageAdapter();
    const created: string[] = [];
    const element = await fixture<ServicePlanEditor>(html`<service-plan-editor
      case-id="case-1"
      locale="en"
      autosave-delay="60000"
      .storage=${storage}
      .participants=${participants}
      .currentUser=${worker}
      .now=${NOW}
      @cp-plan-created=${(event: CustomEvent<{ id: string }>) => created.push(event.detail.id)}
    ></service-plan-editor>`);
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'New plan');
    await click(element, $(element, '#new-plan'));
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('name') === 'goal.title', 'focus on the goal');
    await typeInto(element, $<HTMLInputElement>(element, '[name="goal.title"]'), 'Leo stays safe');
    expect((await storage.list('servicePlan', { caseId: 'case-1' })).records, 'not yet written (a minute of quiet time)').to.have.length(0);
    await click(element, $(element, '#back-to-list'));
    await waitUntil(() => $$(element, 'tr[data-plan-id]').length === 1, 'the plan in the list');
    const stored = (await storage.list<ServicePlan>('servicePlan', { caseId: 'case-1' })).records;
    expect(stored.map((plan) => plan.goal.title)).to.deep.equal(['Leo stays safe']);
  });

  it('a title typed in a new plan and Back activated while the title still has focus (a screen reader\'s click): stored, not lost', async () => {
    const storage = new MemoryStorageAdapter({ name: `t10l-back-${Math.random()}` });
    const created: string[] = [];
    const element = await listEditor(storage, created);
    await click(element, $(element, '#new-plan'));
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('name') === 'goal.title', 'focus on the goal');
    await sendKeys({ type: 'Leo returns home' });
    // Activated without moving focus: the title's change event has not fired.
    $<HTMLButtonElement>(element, '#back-to-list').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'back at the list', { timeout: 5000 });
    await settle(element);
    const stored = (await storage.list<ServicePlan>('servicePlan', { caseId: 'case-1' })).records;
    expect({ titles: stored.map((plan) => plan.goal.title), created: created.length }, 'the title the test typed').to.deep.equal({ titles: ['Leo returns home'], created: 1 });
  });

  it('a new plan with a title not yet stored, when the host changes storage, is created in the new storage with it', async () => {
    const first = new MemoryStorageAdapter();
    const second = new MemoryStorageAdapter();
    const created: string[] = [];
    const element = await fixture<ServicePlanEditor>(html`<service-plan-editor
      case-id="case-1"
      locale="en"
      autosave-delay="60000"
      .storage=${first}
      .participants=${participants}
      .currentUser=${worker}
      .now=${NOW}
      @cp-plan-created=${(event: CustomEvent<{ id: string }>) => created.push(event.detail.id)}
    ></service-plan-editor>`);
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'New plan');
    await click(element, $(element, '#new-plan'));
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('name') === 'goal.title', 'focus on the goal');
    await typeInto(element, $<HTMLInputElement>(element, '[name="goal.title"]'), 'Leo moves in with his aunt');
    element.storage = second;
    await waitUntil(() => created.length === 1, 'cp-plan-created from the new storage', { timeout: 5000 });
    const stored = (await second.list<ServicePlan>('servicePlan', { caseId: 'case-1' })).records;
    expect(stored.map((plan) => [plan.id, plan.goal.title])).to.deep.equal([[created[0], 'Leo moves in with his aunt']]);
    expect(element.planId).to.equal(created[0]);
  });

  it('going back to the list when the first write of a new plan fails keeps the plan open with what was typed', async () => {
    const storage = new FaultyStorage(new MemoryStorageAdapter());
    const element = await fixture<ServicePlanEditor>(html`<service-plan-editor
      case-id="case-1"
      locale="en"
      autosave-delay="60000"
      .storage=${storage}
      .participants=${participants}
      .currentUser=${worker}
      .now=${NOW}
    ></service-plan-editor>`);
    await waitUntil(() => element.shadowRoot!.querySelector('#new-plan'), 'New plan');
    await click(element, $(element, '#new-plan'));
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('name') === 'goal.title', 'focus on the goal');
    await typeInto(element, $<HTMLInputElement>(element, '[name="goal.title"]'), 'Leo stays with his grandmother');
    storage.failingWrites = 1;
    await click(element, $(element, '#back-to-list'));
    await waitUntil(() => $<HTMLElement & { state: string }>(element, 'cp-save-indicator').state === 'failed', 'the failed write is shown', { timeout: 5000 });
    await settle(element);
    expect(element.shadowRoot!.querySelector('#new-plan'), 'still on the plan, not the list').to.equal(null);
    expect($<HTMLInputElement>(element, '[name="goal.title"]').value).to.equal('Leo stays with his grandmother');
    expect((await storage.list('servicePlan', { caseId: 'case-1' })).records).to.have.length(0);
  });
});
