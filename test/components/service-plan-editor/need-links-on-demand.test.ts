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

  it('closed, find-in-page (Ctrl+F) on a need\'s name matches only the lines that answer it, in their summary; opened as a match opens it, the checkboxes follow', async () => {
    const storage = new MemoryStorageAdapter({ name: `links-find-${Math.random()}` });
    const plan = readyPlan();
    const [first, second] = plan.subGoals;
    await storage.put('servicePlan', { ...plan, subGoals: [{ ...first!, addressesNeeds: ['stable housing'] }, second!] });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const lines = $$<HTMLDetailsElement>(element, 'details.need-links');
    expect(lines.length, 'a line per sub-goal (an item\'s is built when its details open)').to.equal(2);
    expect(lines.every((line) => !line.open)).to.equal(true);
    // Chrome's find-in-page reaches everything in a closed <details> (it opens the one it matches in), hidden="until-found" text too.
    const matched = lines.filter((line) => line.textContent!.includes('stable housing')).map((line) => line.dataset['linksOf']);
    expect(matched, 'only the sub-goal that answers the need').to.deep.equal(['sg-1']);
    expect($(lines[0]!, 'summary').textContent).to.contain('stable housing');
    const toggle = oneEvent(lines[0]!, 'toggle');
    lines[0]!.open = true; // what the browser does for a match in a closed <details>
    await toggle;
    await settle(element);
    expect(boxes(lines[0]!).filter((box) => box.checked).map((box) => box.value)).to.deep.equal(['stable housing']);
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
