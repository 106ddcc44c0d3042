import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, itemCard, mountEditor, settle } from './helpers.js';

/** The text of what a control's aria-describedby points at ('' when an id points at nothing). */
function describedBy(control: HTMLElement): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('<service-plan-editor>: a blocked step says why, and the why is within reach', () => {
  it('"Complete the revision" stays a Tab stop near the top, is described by what blocks it, and leads to it', async () => {
    const plan = readyPlan({ status: 'under-review', revision: 2, activatedOn: '2026-02-01' });
    delete plan.subGoals[1]!.items[0]!.responsibility;
    const storage = new MemoryStorageAdapter({ name: `blocked-${Math.random()}` });
    await storage.put('servicePlan', plan);
    const before = await fixture<HTMLButtonElement>(html`<button type="button">Page top</button>`);
    const element: ServicePlanEditor = await mountEditor({ storage, planId: 'plan-1' });
    await settle(element);

    const step = $<HTMLButtonElement>(element, '#primary-action');
    expect(step.textContent!.trim()).to.equal('Complete the revision');
    expect(step.disabled, 'not disabled: a disabled button is skipped by Tab and says nothing').to.equal(false);
    expect(step.getAttribute('aria-disabled')).to.equal('true');
    expect(describedBy(step)).to.contain('Say who is responsible');

    // Reachable by keyboard from the page top, in a few Tab presses.
    before.focus();
    let presses = 0;
    while (element.shadowRoot!.activeElement !== step && presses < 20) {
      await sendKeys({ press: 'Tab' });
      presses += 1;
    }
    expect(element.shadowRoot!.activeElement, 'the blocked step was not reached by Tab').to.equal(step);
    expect(presses).to.be.at.most(6);

    // Pressing it takes focus to what blocks it; the link there leads to the field.
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const summary = $(element, '#error-summary');
    expect(element.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('Item item-3');
    const link = [...summary.querySelectorAll<HTMLAnchorElement>('a')].find((anchor) => anchor.textContent!.includes('Item item-3'))!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.shadowRoot!.activeElement).to.equal($(itemCard(element, 'Item item-3'), 'select[name="item.item-3.responsibility"]'));
  });

  it('every other blocked step is described by its reason too (no aria-describedby pointing at nothing)', async () => {
    const plan = readyPlan();
    delete plan.subGoals[1]!.items[0]!.responsibility;
    const storage = new MemoryStorageAdapter({ name: `blocked-${Math.random()}` });
    await storage.put('servicePlan', plan);
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await settle(element);
    const blocked = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-disabled="true"]')];
    expect(blocked.length).to.be.greaterThan(0);
    for (const button of blocked) {
      expect(button.disabled, button.textContent!).to.equal(false);
      expect(describedBy(button).trim(), `${button.textContent!.trim()} says why`).to.not.equal('');
    }
  });
});
