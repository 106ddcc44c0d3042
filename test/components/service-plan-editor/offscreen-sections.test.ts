import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, click, mountEditor, openAddItemForm, settle, subGoalCards } from './helpers.js';
import { renderStory, storyNamed } from './story-render.js';

/**
 * The sub-goals, the open sections of a draft, its open sub-goals' fields and add-item forms are laid out
 * only near the screen (`content-visibility: auto`, to open a plan faster). What that must not cost: a whole focus ring on a control at the
 * body's edge (content-visibility clips paint at the body's padding box), and a field far down the page
 * reached from the error summary: focus on it, on screen.
 */

/**
 * The next frame (content-visibility decides what is near the screen there), or 200 ms if none comes: a test
 * page the runner has not brought to the front gets no frames. The measurements below force layout anyway.
 */
const frame = () => new Promise((resolve) => {
  requestAnimationFrame(resolve);
  setTimeout(resolve, 200);
});

async function open(plan: ServicePlan): Promise<ServicePlanEditor> {
  const storage = new MemoryStorageAdapter();
  await storage.put('servicePlan', plan);
  return mountEditor({ storage, planId: plan.id });
}

/** Checks that the focus ring of every shown control in each of `selector` lies inside it; how many were checked. */
async function ringsInside(element: ServicePlanEditor, selector: string): Promise<number> {
  const host = getComputedStyle(element);
  const ring = parseFloat(host.getPropertyValue('--_cp-focus-ring-width')) + parseFloat(host.getPropertyValue('--_cp-focus-ring-offset'));
  expect(ring, 'the focus ring reaches outside the control').to.be.greaterThan(0);
  let checked = 0;
  for (const body of $$(element, selector)) {
    body.scrollIntoView();
    await frame();
    await frame();
    const box = body.getBoundingClientRect();
    for (const control of $$(body, 'input, select, textarea, button')) {
      // Not shown (in a closed <details>, whose content is skipped like content-visibility: hidden): no ring to see.
      if (!control.checkVisibility()) continue;
      const own = control.getBoundingClientRect();
      const name = `${control.localName}${control.id ? `#${control.id}` : ''} in ${body.id || body.className || body.localName}`;
      expect(own.left - ring, `${name}: ring inside on the left`).to.be.at.least(box.left - 0.5);
      expect(own.right + ring, `${name}: ring inside on the right`).to.be.at.most(box.right + 0.5);
      expect(own.top - ring, `${name}: ring inside above`).to.be.at.least(box.top - 0.5);
      expect(own.bottom + ring, `${name}: ring inside below`).to.be.at.most(box.bottom + 0.5);
      checked += 1;
    }
  }
  return checked;
}

describe('<service-plan-editor>: sections laid out only near the screen', () => {
  it("the focus ring of every control in a sub-goal, an open section's body, a sub-goal's fields and its add-item form lies inside them (not clipped)", async () => {
    const element = await renderStory(storyNamed('DraftFilled'));
    await settle(element);
    await openAddItemForm(element, subGoalCards(element)[0]!);
    expect($$(element, '.outline-body').length, 'open sections in a filled draft').to.be.at.least(5);
    expect($$(element, '.sub-goal-body, form.add-item').length, "open sub-goals' fields and forms").to.be.at.least(2);
    expect(await ringsInside(element, '.sub-goal-list > li, .outline-body, .sub-goal-body, form.add-item'), 'controls checked').to.be.at.least(20);
  });

  it('the widest focus ring (high-contrast theme) of a closed sub-goal\'s button lies inside the sub-goal', async () => {
    const element = await renderStory(storyNamed('HighContrast'));
    await settle(element);
    expect($$(element, '.sub-goal.closed').length, 'closed sub-goals').to.be.at.least(2);
    expect(await ringsInside(element, '.sub-goal-list > li'), 'controls checked').to.be.at.least(4);
  });

  it('a blocker in a section far below the sub-goals: its link in the error summary puts focus on its field, on screen', async () => {
    // A case plan with no permanency goal: Submit is blocked by a field of the case plan section, near the end.
    const plan = readyPlan();
    delete plan.permanency;
    const element = await open(plan);
    await click(element, $<HTMLButtonElement>(element, '#primary-action'));
    await settle(element);
    const link = $$<HTMLAnchorElement>($(element, '#error-summary'), 'a').find((candidate) => /permanency/i.test(candidate.textContent ?? ''));
    expect(link, 'the summary links the permanency goal').to.not.equal(undefined);
    const section = $(element, '.outline-section[data-section="case-plan"]');
    window.scrollTo(0, 0);
    await frame();
    expect(section.getBoundingClientRect().top, 'the case plan section starts below the screen').to.be.greaterThan(window.innerHeight);
    await click(element, link!);
    await frame();
    await frame();
    const focused = element.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused && section.contains(focused), `focus is in the case plan section (${focused?.localName ?? 'nothing'}#${focused?.id ?? ''})`).to.equal(true);
    expect(focused!.getAttribute('aria-invalid')).to.equal('true');
    const rect = focused!.getBoundingClientRect();
    expect(rect.height, 'the field is laid out').to.be.greaterThan(0);
    expect(rect.top >= 0 && rect.bottom <= window.innerHeight, `the field is on screen (top ${rect.top}, bottom ${rect.bottom}, screen ${window.innerHeight})`).to.equal(true);
  });
});
