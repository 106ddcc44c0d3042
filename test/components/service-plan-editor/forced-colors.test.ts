import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { emulateForcedColors as emulate, expectReadable } from '../shared/forced-colors.js';
import { $, mountEditor, settle } from './helpers.js';

/** The background a node's text is painted on: its own, or the first ancestor's that is not transparent (across shadow roots). */
function effectiveBackground(node: Element): string {
  for (let current: Element | null = node; current; current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null)) {
    const background = getComputedStyle(current).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

describe('<service-plan-editor> in forced colors (Windows high contrast), light and dark system palettes', () => {
  afterEach(async () => emulate('none'));

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the label of every filled button readable, and a disabled field unlike an enabled one (${scheme})`, async () => {
      const storage = new MemoryStorageAdapter();
      await storage.put('servicePlan', readyPlan({ status: 'active', activatedOn: '2026-02-01' }));
      await emulate('active', scheme);
      const element = await mountEditor({ storage, planId: 'plan-1' });
      await settle(element);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const primary = $(element, '#primary-action');
      expectReadable(primary, 'the primary action');

      // Every button shown, filled or not (the steps opened with "Start a revision…"): its label unlike what it is painted on.
      primary.click();
      await settle(element);
      const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((button) => button.getClientRects().length > 0);
      expect(buttons.length).to.be.greaterThan(10);
      const unreadable = buttons.filter((button) => getComputedStyle(button).color === effectiveBackground(button)).map((button) => button.textContent!.trim());
      expect(unreadable, 'buttons whose label is painted in the colour of their background').to.deep.equal([]);

      const item = $(element, 'article[part~="item"] button.details-toggle');
      item.click();
      await settle(element);
      const disabled = element.shadowRoot!.querySelector<HTMLInputElement>('article[part~="item"] input:disabled')!;
      const enabled = element.shadowRoot!.querySelector<HTMLInputElement>('article[part~="item"] input:not(:disabled), article[part~="item"] textarea:not(:disabled)')!;
      const a = getComputedStyle(disabled);
      const b = getComputedStyle(enabled);
      expect([a.color, a.borderTopStyle, a.borderTopColor].join(), 'a disabled field looks like an enabled one').to.not.equal([b.color, b.borderTopStyle, b.borderTopColor].join());
    });
  }
});
