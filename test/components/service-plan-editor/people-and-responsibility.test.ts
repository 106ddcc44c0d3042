import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { StaffMember } from '../../../src/model/staff.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, choose, click, itemCard, mountEditor, openAddItemForm, settle, subGoalCards, typeInto, untilSaved } from './helpers.js';

const staff: StaffMember[] = [
  { id: 'u-sup', name: 'Dana Reyes', title: 'supervisor' },
  { id: 'u-aide', name: 'Paulo Dias', title: 'parent aide' },
];

function storeWith(plan: ServicePlan): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `people-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...plan, version: 2 });
  return storage;
}

describe('<service-plan-editor>: the primary client and who is responsible', () => {
  it('the primary client is chosen in the plan, becomes a member, and cannot be unticked as a member', async () => {
    const storage = storeWith(readyPlan());
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await choose(element, $<HTMLSelectElement>(element, 'select[name="primary-client"]'), 'aunt');
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.primaryClientId).to.equal('aunt');
    expect(stored.participantIds).to.include('aunt');
    expect($<HTMLInputElement>(element, 'input[name="member"][value="aunt"]').disabled).to.equal(true);
    expect($<HTMLInputElement>(element, 'input[name="member"][value="joao"]').disabled).to.equal(false);
  });

  it('responsibility is picked when the item is added, among the caseworker, the plan members and the organisation users the host lists', async () => {
    const storage = storeWith(readyPlan());
    const element = await mountEditor({ storage, planId: 'plan-1' });
    element.staff = staff;
    await settle(element);
    const form = await openAddItemForm(element, subGoalCards(element)[0]!);
    const select = $<HTMLSelectElement>(form, 'select[name$=".responsibility"]');
    const labels = [...select.options].map((option) => option.textContent?.trim());
    expect(labels).to.include('Dana Reyes (supervisor)').and.to.include('Paulo Dias (parent aide)').and.to.include('Maria Souza (mother)');
    expect(labels).not.to.include('Rosa Lima (maternal aunt)'); // not a plan member
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="name"]'), 'Home visits by the parent aide');
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="purpose"]'), 'Practise routines at home');
    await choose(element, select, 'org-user:u-aide');
    await click(element, $(form, 'button[type="submit"]'));
    await untilSaved(element);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const added = stored.subGoals[0]!.items.find((item) => item.source.name === 'Home visits by the parent aide');
    expect(added?.responsibility).to.deep.equal({ type: 'org-user', userId: 'u-aide', name: 'Paulo Dias' });

    // On the item, the same list: an organisation user is picked, there is no field to type a name in.
    const card = itemCard(element, 'Home visits by the parent aide');
    expect($<HTMLSelectElement>(card, 'select[name$=".responsibility"]').value).to.equal('org-user:u-aide');
    expect($$(card, 'input[name$=".responsibility.name"]')).to.have.length(0);
    await choose(element, $<HTMLSelectElement>(card, 'select[name$=".responsibility"]'), 'org-user:u-sup');
    await untilSaved(element);
    const again = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(again.subGoals[0]!.items.find((item) => item.id === added?.id)?.responsibility).to.deep.equal({ type: 'org-user', userId: 'u-sup', name: 'Dana Reyes' });
  });
});
