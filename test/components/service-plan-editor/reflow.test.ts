import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, click, mountEditor, settle } from './helpers.js';

/** An active plan whose first item has a long name (the summary line must wrap it, never cut it). */
async function activePlan(locale = 'en'): Promise<ServicePlanEditor> {
  const plan = readyPlan({ status: 'active', activatedOn: '2026-02-01' });
  plan.subGoals[0]!.items[0]!.source = { ...plan.subGoals[0]!.items[0]!.source, name: 'Individual and family counselling sessions with the community mental health centre' };
  const storage = new MemoryStorageAdapter({ name: `reflow-${Math.random()}` });
  await storage.put('servicePlan', plan);
  const element = await mountEditor({ storage, planId: 'plan-1', locale });
  element.style.display = 'block';
  await settle(element);
  return element;
}

/** Items' names in their summary lines that are not shown whole: cut by their box or by the editor's edge. */
function clippedNames(element: ServicePlanEditor): string[] {
  const edge = element.getBoundingClientRect();
  return $$(element, 'article[part~="item"] .item-name button').filter((button) => {
    const range = document.createRange();
    range.selectNodeContents(button);
    const text = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    const cut = button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1;
    const outside = text.left < edge.left - 1 || text.right > edge.right + 1 || text.right > box.right + 1 || text.width === 0;
    return cut || outside;
  }).map((button) => button.textContent!.trim());
}

describe('<service-plan-editor> reflow: 320 px wide and 200 % text keep every row whole', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 1280, height: 900 });
  });

  for (const state of ['items closed', 'one item open'] as const) {
    it(`at 320 px nothing is wider than the element (${state})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await activePlan();
      if (state === 'one item open') await click(element, $(element, 'article[part~="item"] button.details-toggle'));
      await settle(element);
      expect(element.scrollWidth, 'the element scrolls sideways').to.be.at.most(element.clientWidth);
      const base = $(element, '[part~="base"]');
      expect(base.scrollWidth, 'the editor scrolls sideways').to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
      expect(clippedNames(element)).to.deep.equal([]);
    });

    it(`at 200 % text every summary line's name is shown whole (${state})`, async () => {
      await setViewport({ width: 1280, height: 900 });
      // The browser's text size setting: the root font size doubles, and with it every rem and inherited size.
      document.documentElement.style.fontSize = '200%';
      const element = await activePlan();
      if (state === 'one item open') await click(element, $(element, 'article[part~="item"] button.details-toggle'));
      await settle(element);
      expect(parseFloat(getComputedStyle($(element, 'article[part~="item"] .item-name button')).fontSize), 'text is at 200 %').to.be.at.least(28);
      const names = $$(element, 'article[part~="item"] .item-name button');
      expect(names.length).to.be.greaterThan(2);
      expect(clippedNames(element)).to.deep.equal([]);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    });
  }

  for (const locale of ['en', 'fr']) {
    it(`at 320 px with 200 % text nothing on screen reaches past the page's edge (${locale}: sub-goal progress, notices, a long word in a button)`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      const element = await activePlan(locale);
      await settle(element);
      // Every box the reader sees (the visually hidden labels of progress bars are 1 px and clipped).
      const past = $$(element, '*')
        .filter((node) => getComputedStyle(node).clipPath === 'none' && node.getBoundingClientRect().width > 1)
        .filter((node) => node.getBoundingClientRect().right > 320.5)
        .map((node) => `${node.className || node.tagName} "${(node.textContent ?? '').trim().slice(0, 30)}": ${Math.round(node.getBoundingClientRect().right)}`);
      expect(past).to.deep.equal([]);
      const overflowing = $$(element, 'button')
        .filter((button) => button.clientWidth > 0 && button.scrollWidth > button.clientWidth + 1)
        .map((button) => `${button.textContent!.trim()}: ${button.scrollWidth} > ${button.clientWidth}`);
      expect(overflowing, 'buttons whose words run out of them').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    });
  }

  it('at 320 px with 200 % text every outline heading stays inside the outline (wrapped, never past its edge)', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const element = await activePlan();
    const outline = $(element, '.outline-list');
    const edge = outline.getBoundingClientRect().right - parseFloat(getComputedStyle(outline).borderRightWidth);
    const past = $$(outline, '.outline-heading button')
      .filter((button) => button.getBoundingClientRect().right > edge + 0.5 || button.scrollWidth > button.clientWidth + 1)
      .map((button) => `${button.textContent!.trim()}: ${Math.round(button.getBoundingClientRect().right)} > ${Math.round(edge)}`);
    expect($$(outline, '.outline-heading button').length).to.be.greaterThan(3);
    expect(past).to.deep.equal([]);
  });
});
