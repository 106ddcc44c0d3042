// Dates written again on a language switch (retypeDates), a date half-typed when it comes included.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, itemCard, mountEditor, openItem, settle, untilSaved } from './helpers.js';

async function englishEditor(): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter({ name: `t9f-dates-${Math.random()}` });
  await storage.put('servicePlan', readyPlan());
  const element = await mountEditor({ storage, planId: 'plan-1', locale: 'en' });
  return { element, storage };
}
async function switchTo(element: ServicePlanEditor, locale: string): Promise<void> {
  element.locale = locale;
  await element.updateComplete;
  await settle(element);
}
const storedStart = async (storage: MemoryStorageAdapter) => (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.items[0]!.expectedStart;

async function startField(element: ServicePlanEditor): Promise<HTMLInputElement> {
  await openItem(element, 'Item item-1');
  const start = $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
  start.focus();
  start.select();
  return start;
}

describe('a typed date and the language switch', () => {
  it('"3/4/2026" typed in English, French then English again before Tab: March 4 stored', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/2026' });
    await switchTo(element, 'fr');
    await switchTo(element, 'en');
    expect(start.value).to.equal('03/04/2026');
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect(await storedStart(storage)).to.equal('2026-03-04');
  });

  it('en-US to en-GB (same catalog, other order): "3/4/2026" typed keeps March 4', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/2026' });
    await switchTo(element, 'en-GB');
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect({ shown: start.value, stored: await storedStart(storage) }).to.deep.equal({ shown: '04/03/2026', stored: '2026-03-04' });
  });

  it('the switch lands mid-date ("3/4/202" typed, then "6"): the day the test typed in English, March 4, is stored', async () => {
    const { element, storage } = await englishEditor();
    await startField(element);
    await sendKeys({ type: '3/4/202' });
    await switchTo(element, 'fr');
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect(await storedStart(storage), 'typed in English as March 4').to.equal('2026-03-04');
  });
});

describe('a date half-typed, the language switched, then typed afresh', () => {
  it('"3/4/202" typed in English, French chosen, the field typed over with "04/03/2026": read in French, March 4', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/202' });
    await switchTo(element, 'fr');
    start.select();
    await sendKeys({ type: '04/03/2026' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect(await storedStart(storage), 'typed afresh in French as 4 March').to.equal('2026-03-04');
  });
});

describe('a date half-typed, the language switched, then the whole field selected and typed over', () => {
  it('"3/4/202" typed in English, French chosen, all of it selected and "3/4/2026" typed: read in French, 3 April', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/202' });
    await switchTo(element, 'fr');
    start.select();
    await sendKeys({ type: '3/4/2026' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect(await storedStart(storage), 'typed afresh in French as 3 April').to.equal('2026-04-03');
  });

  it('"3/4/202" typed in English, French chosen, all of it selected, "x" typed, Ctrl+Z (the begun text back), then "6": March 4, as begun', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/202' });
    await switchTo(element, 'fr');
    start.select();
    await sendKeys({ type: 'x' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    const undone = start.value;
    start.setSelectionRange(undone.length, undone.length);
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect({ undone, stored: await storedStart(storage) }, 'the begun English text, restored by Undo, finished').to.deep.equal({ undone: '3/4/202', stored: '2026-03-04' });
  });

  it('"3/4/202" typed in English, French chosen, all of it selected and "3/4/202" typed afresh, Ctrl+Z, Ctrl+Shift+Z (the French text back), "6": 3 April (review R10f)', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/202' });
    await switchTo(element, 'fr');
    start.select();
    await sendKeys({ type: '3/4/202' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    const undone = start.value;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    const redone = start.value;
    start.setSelectionRange(redone.length, redone.length);
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect({ undone, redone, stored: await storedStart(storage) }, 'the text typed afresh in French, brought back by Redo, finished').to.deep.equal({ undone: '3/4/202', redone: '3/4/202', stored: '2026-04-03' });
  });

  it('"3/4/202" typed in English, French chosen, all of it selected, then the caret to its end and "6" typed on: March 4', async () => {
    const { element, storage } = await englishEditor();
    const start = await startField(element);
    await sendKeys({ type: '3/4/202' });
    await switchTo(element, 'fr');
    start.select();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect(await storedStart(storage), 'typed on from the English text').to.equal('2026-03-04');
  });
});

describe('a prefilled date in an entry form and the language switch (leave guard false alarm)', () => {
  for (const kind of ['outcome', 'service'] as const) {
    it(`${kind} plan: every section open, nothing typed, French chosen: leaving does not ask, and another plan-id reports nothing`, async () => {
      const { mountEditor: mount } = await import('./helpers.js');
      const storage = new MemoryStorageAdapter({ name: `t9f-prefill-${Math.random()}` });
      await storage.put('servicePlan', readyPlan({ planKind: kind } as never));
      await storage.put('servicePlan', readyPlan({ id: 'plan-2', planKind: kind, goal: { title: 'The other plan', description: '' } } as never));
      const element = await mount({ storage, planId: 'plan-1', locale: 'en', kind });
      for (const button of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-section] button.disclosure')) if (button.getAttribute('aria-expanded') === 'false') button.click();
      await settle(element);
      await openItem(element, 'Item item-1');
      const prefilled = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('form[data-entry-form] input[data-date]')].filter((control) => control.value !== '');
      const asks = () => {
        const unload = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(unload);
        return unload.defaultPrevented;
      };
      expect(asks(), 'before the switch').to.equal(false);
      await switchTo(element, 'fr');
      const errors: string[] = [];
      element.addEventListener('cp-error', (event) => errors.push((event as unknown as CustomEvent<{ code: string }>).detail.code));
      expect({ prefilled: prefilled.length > 0 || 'none found', asks: asks() }).to.deep.equal({ prefilled: true, asks: false });
      element.planId = 'plan-2';
      await settle(element);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).to.deep.equal([]);
    });
  }
});
