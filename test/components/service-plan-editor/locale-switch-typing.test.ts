// Switching language mid-edit: a date typed in the old language's format keeps its day (issue 9q).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, click, itemCard, mountEditor, openItem, openSection, settle, untilSaved } from './helpers.js';

async function englishEditor(): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter({ name: `locale-switch-${Math.random()}` });
  await storage.put('servicePlan', readyPlan());
  const element = await mountEditor({ storage, planId: 'plan-1', locale: 'en' });
  return { element, storage };
}

async function toFrench(element: ServicePlanEditor): Promise<void> {
  element.locale = 'fr';
  await element.updateComplete;
  await settle(element);
}

const stored = async (storage: MemoryStorageAdapter) => (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;

describe('<service-plan-editor>: the language switched while a date is typed keeps the day the user typed', () => {
  it('"3/4/2026" typed in English (March 4), French chosen before Tab: March 4 is stored, no conflict', async () => {
    const { element, storage } = await englishEditor();
    await openItem(element, 'Item item-1');
    const start = $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
    start.focus();
    start.select();
    await sendKeys({ type: '3/4/2026' });
    await toFrench(element);
    expect(element.shadowRoot!.activeElement, 'still typing in it').to.equal(start);
    expect(start.value, 'the same day, as French writes it').to.equal('04/03/2026');
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect((await stored(storage)).subGoals[0]!.items[0]!.expectedStart).to.equal('2026-03-04');
  });

  it('a new milestone\'s due date typed in English, added after switching to French: the day typed', async () => {
    const { element, storage } = await englishEditor();
    const section = await openSection(element, 'milestones');
    const form = $<HTMLFormElement>(section, 'form');
    const title = $<HTMLInputElement>(form, 'input[name="title"]');
    title.focus();
    await sendKeys({ type: 'Family dinner' });
    const due = $<HTMLInputElement>(form, 'input[name="dueDate"]');
    due.focus();
    due.select();
    await sendKeys({ type: '3/4/2026' });
    await toFrench(element);
    await click(element, $(form, 'button[type="submit"]'));
    await untilSaved(element);
    expect((await stored(storage)).milestones.find((milestone) => milestone.title === 'Family dinner')?.dueDate).to.equal('2026-03-04');
  });
});
