import { expect, fixture, html } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { planContact, weeklyPlan } from '../../model/visitation/fixtures.js';
import { NOW, catalog, participants, templates, worker } from './helpers.js';

/** An active case plan for Leo, his weekly visits with Maria, and one visit logged. */
function caseStorage(): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `read-complete-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }), version: 2 });
  storage.seedRaw('visitationPlan', weeklyPlan({ childId: 'leo', participants: [{ participantId: 'leo', role: 'child' }, { participantId: 'maria', role: 'visitor' }] }));
  storage.seedRaw('contact', planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z', { type: 'completed' }, { childId: 'leo' }));
  return storage;
}

/** The editor as a host places it; `fixture` waits for its first render only (the plan is still being read). */
function place(storage: MemoryStorageAdapter, planId = 'plan-1'): Promise<ServicePlanEditor> {
  return fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" plan-id=${planId} locale="en" .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
}

/** What the printed copy's visitation section holds while printing (as the browser's print would build it). */
function printedVisitation(editor: ServicePlanEditor): { plans: number; missing: string | undefined } {
  window.dispatchEvent(new Event('beforeprint'));
  const section = editor.shadowRoot!.querySelector<HTMLElement>('.print-only .doc-visitation');
  const found = { plans: section?.querySelectorAll('[data-visitation-plan-id]').length ?? 0, missing: section?.dataset.visitationMissing };
  window.dispatchEvent(new Event('afterprint'));
  return found;
}

describe('<service-plan-editor> readComplete', () => {
  it('a host printing once it resolves gets the case plan with the visitation plans read', async () => {
    const editor = await place(caseStorage());
    expect(await editor.readComplete, 'everything was read').to.equal(true);
    expect(editor.shadowRoot!.querySelector('[part~="goal"]'), 'the plan is shown').to.not.equal(null);
    expect(printedVisitation(editor)).to.deep.equal({ plans: 1, missing: undefined });
  });

  it('settles with false when the case records cannot be read (never waits for ever), and the copy says so', async () => {
    const storage = caseStorage();
    const list = storage.list.bind(storage);
    storage.list = ((kind, query) => (kind !== 'visitationPlan' ? list(kind, query) : Promise.reject(new Error('disk unplugged')))) as typeof storage.list;
    const editor = await place(storage);
    expect(await editor.readComplete, 'a read failed').to.equal(false);
    expect(editor.shadowRoot!.querySelector('[part~="goal"]'), 'the plan itself is shown').to.not.equal(null);
    const printed = printedVisitation(editor);
    expect(printed.plans).to.equal(0);
    expect(printed.missing, 'the section says it could not be read').to.equal('failed');
  });

  it('settles with false when the plan itself cannot be read', async () => {
    const storage = caseStorage();
    storage.get = (() => Promise.reject(new Error('disk unplugged'))) as typeof storage.get;
    const editor = await place(storage);
    expect(await editor.readComplete).to.equal(false);
  });

  it('without plan-id: resolves once the case plans are listed', async () => {
    const storage = caseStorage();
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" .storage=${storage} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    expect(await editor.readComplete).to.equal(true);
    expect(editor.shadowRoot!.querySelectorAll('[part~="plan-list"] tr[data-plan-id]').length, 'the listed plan').to.equal(1);
  });
});
