import { expect } from '@open-wc/testing';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, choose, click, mountEditor, openAddItemForm, subGoalCards, untilSaved } from './helpers.js';

/** The fields of the add-item form a caseworker can see (and so fill in), by their name. */
function shownFields(form: HTMLFormElement): string[] {
  return [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')]
    .filter((control) => control.checkVisibility())
    .map((control) => control.name)
    .filter((name) => ['source', 'kind', 'name', 'purpose', 'unitsAuthorized', 'unitType'].includes(name));
}

async function openForm(): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter; form: HTMLFormElement }> {
  const storage = new MemoryStorageAdapter({ name: `add-item-fields-${Math.random()}` });
  await storage.put('servicePlan', readyPlan());
  const element = await mountEditor({ storage, planId: 'plan-1' });
  const form = await openAddItemForm(element, subGoalCards(element)[0]!);
  return { element, storage, form };
}

describe('<service-plan-editor>: the add-item form shows only the fields its choices use', () => {
  it('a custom basic item asks no units; a unit-delivery one does; a template asks only its units', async () => {
    const { element, form } = await openForm();
    expect(shownFields(form), 'custom, basic').to.deep.equal(['source', 'kind', 'name', 'purpose']);
    await choose(element, $<HTMLSelectElement>(form, 'select[name="kind"]'), 'unit-delivery');
    expect(shownFields(form), 'custom, unit delivery').to.deep.equal(['source', 'kind', 'name', 'purpose', 'unitsAuthorized', 'unitType']);
    await choose(element, $<HTMLSelectElement>(form, 'select[name="source"]'), 'tpl-school');
    expect(shownFields(form), 'a basic template').to.deep.equal(['source']);
    await choose(element, $<HTMLSelectElement>(form, 'select[name="source"]'), 'tpl-counselling');
    expect(shownFields(form), 'a unit-delivery template').to.deep.equal(['source', 'unitsAuthorized']);
    await expectNoAxeViolations(element);
  });

  it('what was typed in a field put away comes back with the choice that uses it, and is saved', async () => {
    const { element, storage, form } = await openForm();
    await choose(element, $<HTMLSelectElement>(form, 'select[name="kind"]'), 'unit-delivery');
    $<HTMLInputElement>(form, 'input[name="name"]').value = 'Family therapy';
    $<HTMLInputElement>(form, 'input[name="purpose"]').value = 'Talk it through together.';
    $<HTMLInputElement>(form, 'input[name="unitsAuthorized"]').value = '12';
    $<HTMLInputElement>(form, 'input[name="unitType"]').value = 'hour';
    await choose(element, $<HTMLSelectElement>(form, 'select[name="source"]'), 'tpl-school');
    await choose(element, $<HTMLSelectElement>(form, 'select[name="source"]'), 'custom');
    expect(shownFields(form)).to.include.members(['name', 'purpose', 'unitsAuthorized', 'unitType']);
    await click(element, $(form, 'button[type="submit"]'));
    await untilSaved(element);
    const saved = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.items.find((item) => item.source.name === 'Family therapy');
    expect(saved, 'the item as typed').to.include({ kind: 'unit-delivery', unitsAuthorized: 12, unitType: 'hour' });
  });
});
