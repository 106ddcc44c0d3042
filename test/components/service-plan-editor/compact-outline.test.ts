import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, $$, click, settle } from './helpers.js';
import { renderStory, storyNamed } from './story-render.js';

/**
 * The demo's case plan (the Active story: the sample family's plan), items and sections closed, as wide as
 * the editor is in the demo page at 1280x900 (the host's side navigation, paddings and panel take the rest).
 * Issue 14 asks that the demo page fit in 2.5 screens (2 250 px); the host page adds 351 px of its own
 * (header, case banner, paddings, footer: `node scripts/measure-plan.mjs`), so the editor has 1 899 px.
 */
const demoEditorWidth = 962;
const editorBudget = 2.5 * 900 - 351;

async function activeSamplePlan(): Promise<ServicePlanEditor> {
  await setViewport({ width: 1280, height: 900 });
  const element = await renderStory(storyNamed('Active'));
  element.style.display = 'block';
  element.style.inlineSize = `${demoEditorWidth}px`;
  await settle(element);
  return element;
}

describe('<service-plan-editor> compact outline: the active demo plan fits in 2.5 screens', () => {
  it(`the sample active plan, items closed, is at most ${editorBudget} px tall at the demo's width`, async () => {
    const element = await activeSamplePlan();
    expect($$(element, 'article[part~="item"] button.details-toggle[aria-expanded="true"]'), 'every item is closed').to.have.length(0);
    expect(Math.round(element.getBoundingClientRect().height)).to.be.at.most(editorBudget);
  });

  it('the closed sections are one list: each starts where the one above ends, and still says its name and summary', async () => {
    const element = await activeSamplePlan();
    const sections = $$(element, '.outline-list > .outline-section');
    expect(sections.length, 'sections in the outline').to.be.at.least(8);
    for (const [index, section] of sections.entries()) {
      const button = $<HTMLButtonElement>(section, 'h2 button.disclosure');
      expect(button.getAttribute('aria-expanded'), `${button.textContent!.trim()} is closed`).to.equal('false');
      expect(button.getBoundingClientRect().height, `${button.textContent!.trim()} is a full-size target`).to.be.at.least(44);
      if (index === 0) continue;
      const above = sections[index - 1]!.getBoundingClientRect().bottom;
      expect(Math.abs(section.getBoundingClientRect().top - above), `no gap above ${button.textContent!.trim()}`).to.be.below(1);
    }
    const people = sections.find((section) => section.dataset['section'] === 'people')!;
    expect($(people, '.outline-summary').textContent).to.match(/members/);
  });

  it('a closed section opens in place from its button, and its body is what the button controls', async () => {
    const element = await activeSamplePlan();
    const milestones = $$(element, '.outline-list > .outline-section').find((section) => section.dataset['section'] === 'milestones')!;
    const button = $<HTMLButtonElement>(milestones, 'button.disclosure');
    await click(element, button);
    await settle(element);
    const opened = $<HTMLButtonElement>(element, '.outline-list > .outline-section[data-section="milestones"] button.disclosure');
    expect(opened.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.getElementById(opened.getAttribute('aria-controls')!), 'the body the button controls').to.not.equal(null);
    expect(element.shadowRoot!.activeElement).to.equal(opened);
  });
});
