import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, $$, click, mountEditor, settle, subGoalCards, untilSaved } from './helpers.js';

async function open(): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter({ name: `links-${Math.random()}` });
  await storage.put('servicePlan', readyPlan());
  return { element: await mountEditor({ storage, planId: 'plan-1' }), storage };
}

const linksOf = (element: ServicePlanEditor, index: number) => $<HTMLDetailsElement>($(subGoalCards(element)[index]!, '.sub-goal-body'), 'details.need-links');
const boxes = (details: HTMLElement) => $$<HTMLInputElement>(details, 'input[type="checkbox"]');

describe('<service-plan-editor>: a sub-goal\'s needs and strengths, its checkboxes built once opened', () => {
  it('closed, it holds its summary only; a click on the summary builds the checkboxes before the browser\'s toggle (no empty frame)', async () => {
    const { element } = await open();
    const details = linksOf(element, 0);
    expect(details.open).to.equal(false);
    expect($(details, 'summary').textContent).to.contain('Needs and strengths');
    expect(boxes(details).length, 'nothing built while closed').to.equal(0);
    let toggled = false;
    details.addEventListener('toggle', () => (toggled = true), { once: true });
    $(details, 'summary').click();
    await element.updateComplete;
    expect(toggled, 'checked before the toggle event, which comes in a task of its own').to.equal(false);
    expect(boxes(details).map((box) => box.value), 'the plan\'s needs and strengths').to.deep.equal(['parenting skills', 'stable housing', 'Strong bond with the aunt']);
    await settle(element);
    await expectNoAxeViolations(element);
  });

  it('opened another way (as find-in-page or a script opens it), the checkboxes follow', async () => {
    const { element } = await open();
    const details = linksOf(element, 1);
    const toggle = oneEvent(details, 'toggle');
    details.open = true;
    await toggle;
    await settle(element);
    expect(boxes(details).length).to.equal(3);
  });

  it('closed, the names are there as text find-in-page can reach (hidden until found); its beforematch opens the line, builds the checkboxes and leaves focus alone', async () => {
    const { element } = await open();
    const details = linksOf(element, 1);
    const names = $(details, '.link-names');
    expect(names.getAttribute('hidden'), 'found by Ctrl+F, opened by the browser').to.equal('until-found');
    for (const name of ['parenting skills', 'stable housing', 'Strong bond with the aunt']) expect(names.textContent, name).to.contain(name);
    expect(boxes(details).length, 'text, not controls, while closed').to.equal(0);
    const before = $(subGoalCards(element)[0]!, 'details.need-links summary');
    before.focus();
    // What the browser does when a find-in-page match lies in the hidden text: beforematch, then it reveals it.
    names.dispatchEvent(new Event('beforematch'));
    await settle(element);
    expect(details.open, 'the line is open').to.equal(true);
    expect(boxes(details).map((box) => box.value), 'its checkboxes').to.deep.equal(['parenting skills', 'stable housing', 'Strong bond with the aunt']);
    expect(details.querySelector('.link-names'), 'the hidden text gave way to them').to.equal(null);
    expect(element.shadowRoot!.activeElement, 'focus stays where it was').to.equal(before);
    await expectNoAxeViolations(element);
  });

  it('from the keyboard: opened with Enter, a need checked with Space is stored; closed and opened again, it is still checked', async () => {
    const { element, storage } = await open();
    const details = linksOf(element, 0);
    $(details, 'summary').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const box = boxes(details).find((candidate) => candidate.value === 'stable housing')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await settle(element);
    await untilSaved(element);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.addressesNeeds).to.deep.equal(['stable housing']);
    await click(element, $(details, 'summary'));
    expect(details.open).to.equal(false);
    expect($(details, 'summary').textContent, 'the summary names it').to.contain('stable housing');
    await click(element, $(details, 'summary'));
    expect(boxes(details).find((candidate) => candidate.value === 'stable housing')!.checked).to.equal(true);
  });
});
