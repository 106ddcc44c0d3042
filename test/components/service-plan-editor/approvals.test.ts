import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, choose, click, mountEditor, printMedia, typeInto, untilSaved } from './helpers.js';

function storeWith(plan: ServicePlan): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `approvals-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...plan, version: 2 });
  return storage;
}

async function stored(storage: MemoryStorageAdapter): Promise<ServicePlan> {
  return (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
}

function approver(element: HTMLElement, participantId: string): HTMLElement {
  return $(element, `li.approver[data-participant-id="${participantId}"]`);
}

describe('<service-plan-editor>: approvals that mean something', () => {
  afterEach(async () => emulateMedia({ media: 'screen' }));

  it('records how a parent approved and who recorded it; a phone approval without a witness is refused at the form', async () => {
    const storage = storeWith(readyPlan({ status: 'submitted' }));
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const maria = approver(element, 'maria');
    // The worker is not Maria: electronic approval is not offered for her.
    expect($$<HTMLOptionElement>(maria, 'select[name="method"] option').map((option) => option.value)).to.deep.equal(['in-person-paper', 'phone-witnessed']);
    await choose(element, $<HTMLSelectElement>(maria, 'select[name="method"]'), 'phone-witnessed');
    await click(element, $(maria, 'button[aria-label="Approve: Maria Souza"]'));
    expect($(element, '[part~="approvals"] .field-errors').textContent).to.contain('Name the witness of an approval given by phone.');
    expect((await stored(storage)).approvals).to.deep.equal([]);

    const again = approver(element, 'maria');
    await choose(element, $<HTMLSelectElement>(again, 'select[name="method"]'), 'phone-witnessed');
    await typeInto(element, $<HTMLInputElement>(again, 'input[name="witness"]'), 'Rosa Lima');
    await click(element, $(again, 'button[aria-label="Approve: Maria Souza"]'));
    await untilSaved(element);
    const decision = (await stored(storage)).approvals.at(-1)!;
    expect(decision).to.include({ participantId: 'maria', decision: 'approved', method: 'phone-witnessed', witness: 'Rosa Lima' });
    expect(decision.recordedBy).to.deep.equal({ id: 'worker-1', name: 'Claire Martin' });
    expect(approver(element, 'maria').textContent).to.contain('By phone, with a witness').and.to.contain('witnessed by Rosa Lima').and.to.contain('recorded by Claire Martin');
  });

  it('an exemption recorded for a parent takes them off the approvers, with its reason, in the plan and on paper', async () => {
    const storage = storeWith(readyPlan({ status: 'submitted' }));
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const form = $<HTMLFormElement>(element, '[part~="approvals"] form:has(select[name="reason"])');
    await choose(element, $<HTMLSelectElement>(form, 'select[name="participantId"]'), 'joao');
    await choose(element, $<HTMLSelectElement>(form, 'select[name="reason"]'), 'rights-terminated');
    await typeInto(element, $<HTMLTextAreaElement>(form, 'textarea[name="note"]'), 'Court order of 2025-11-02');
    await click(element, $(form, 'button[type="submit"]'));
    await untilSaved(element);
    const exemption = (await stored(storage)).approvalExemptions?.[0];
    expect(exemption).to.include({ participantId: 'joao', reason: 'rights-terminated', note: 'Court order of 2025-11-02' });
    expect($$(element, 'li.approver').map((item) => item.dataset['participantId'])).to.deep.equal(['maria', 'ana']);
    expect(element.shadowRoot!.activeElement?.id).to.equal('exemptions-heading');

    await printMedia(element);
    const paper = $(element, '.print-only');
    expect(paper.textContent).to.contain('Parental rights terminated').and.to.contain('Court order of 2025-11-02');
    const signatureRows = $$(paper, '.signature-table tbody tr').map((row) => row.querySelector('td')?.textContent?.trim());
    expect(signatureRows).to.deep.equal(['Maria Souza (mother)', 'Ana Souza (youth)', 'Caseworker']);
  });

  it('a case plan whose only member is the child cannot be submitted until a parent joins or an exemption says why none can', async () => {
    const storage = storeWith(readyPlan({ participantIds: ['leo'], principalParticipantId: 'leo', subGoals: readyPlan().subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.map((item) => ({ ...item, responsibility: { type: 'caseworker' as const } })) })) }));
    const element = await mountEditor({ storage, planId: 'plan-1' });
    expect($(element, '[part~="status"]').textContent).to.contain("A case plan is made with the child's parents or guardians");
    expect($<HTMLButtonElement>(element, 'button[data-step="submit"]').getAttribute('aria-disabled') === 'true' || $<HTMLButtonElement>(element, 'button[data-step="submit"]').disabled).to.equal(true);
    const form = $<HTMLFormElement>(element, '[part~="approvals"] form:has(select[name="reason"])');
    await choose(element, $<HTMLSelectElement>(form, 'select[name="participantId"]'), '');
    await choose(element, $<HTMLSelectElement>(form, 'select[name="reason"]'), 'whereabouts-unknown');
    await click(element, $(form, 'button[type="submit"]'));
    await waitUntil(() => !$(element, '[part~="status"]').textContent?.includes("A case plan is made with the child's parents"), 'the blocker stayed');
    await untilSaved(element);
    expect((await stored(storage)).approvalExemptions?.[0]).to.include({ reason: 'whereabouts-unknown' }).and.not.to.have.property('participantId');
  });
});
