import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { seedWeeklyPlan, weeklyPlan } from '../contact-log/seed.js';
import { $, click, mountPlanner, settle } from './helpers.js';
import { emulateForcedColors, paint, systemButton } from '../shared/forced-colors.js';

/** The mother's active weekly plan and a draft for the father. */
async function twoPlans(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  const { activatedOn: _activated, ...base } = weeklyPlan();
  await storage.put('visitationPlan', { ...base, id: 'plan-father', title: 'Thursday visit with father', status: 'draft', recurrence: { type: 'every-n-weeks', interval: 1, weekdays: [4] } } satisfies VisitationPlan);
  return storage;
}

describe('<visitation-planner> in forced colors (light and dark system palettes)', () => {
  afterEach(async () => emulateForcedColors('none'));

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every filled button's label readable and a disabled button unlike an enabled one (${scheme})`, async () => {
      await emulateForcedColors('active', scheme);
      const planner = await mountPlanner({ storage: await twoPlans() });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const system = systemButton();
      const create = $(planner, '[data-action="create"]');
      const activate = $(planner, '[data-plan-id="plan-father"] [data-action="activate"]');
      for (const button of [create, activate]) {
        const painted = paint(button);
        expect(painted.color, `${button.textContent!.trim()}: label ${painted.color} on ${painted.background}`).to.not.equal(painted.background);
        expect(painted, `${button.textContent!.trim()} in the system button colours`).to.deep.equal(system);
      }
      await click(planner, create);
      const save = $(planner, 'form.plan-form button[type="submit"]');
      expect(paint(save), 'Save plan in the system button colours').to.deep.equal(system);
      // While the form is open "New visitation plan" is disabled: it must not look like the enabled Save.
      expect(create.matches(':disabled')).to.equal(true);
      const a = getComputedStyle(create);
      const b = getComputedStyle(save);
      expect([a.color, a.borderTopStyle].join(), 'a disabled button looks like an enabled one').to.not.equal([b.color, b.borderTopStyle].join());
    });
  }
});

describe('<visitation-planner> reflow at 320 px and 200 % text', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const textSize of ['100%', '200%']) {
    it(`keeps every plan, its steps and the form within 320 px, with nothing to scroll sideways (text ${textSize})`, async () => {
      document.documentElement.style.fontSize = textSize;
      const storage = await twoPlans();
      const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const planner = await mountPlanner({ storage });
      box.append(planner);
      await settle(planner);
      const overflowing = () =>
        [planner, ...planner.shadowRoot!.querySelectorAll<HTMLElement>('.base, article.plan, form, .actions, dl, .compliance')]
          .filter((element) => element.scrollWidth > element.clientWidth)
          .map((element) => `${element.localName}.${element.className} ${element.scrollWidth} > ${element.clientWidth}`);
      expect(planner.getBoundingClientRect().width).to.be.at.most(320);
      expect(overflowing(), 'scrolls sideways').to.deep.equal([]);
      await click(planner, $(planner, '[data-plan-id="plan-weekly"] [data-action="suspend"]'));
      expect(overflowing(), 'scrolls sideways with a step open').to.deep.equal([]);
      await click(planner, $(planner, '[data-plan-id="plan-weekly"] form.step-form button[type="button"]'));
      await click(planner, $(planner, '[data-action="create"]'));
      expect(overflowing(), 'scrolls sideways with the form open').to.deep.equal([]);
    });
  }
});
