import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, itemCard, mountEditor, openItem, openSection, settle, typeInto, untilSaved } from './helpers.js';

async function draftEditor(locale = 'en'): Promise<{ element: ServicePlanEditor; storage: MemoryStorageAdapter }> {
  const storage = new MemoryStorageAdapter({ name: `dates-${Math.random()}` });
  await storage.put('servicePlan', readyPlan());
  const element = await mountEditor({ storage, planId: 'plan-1', locale });
  await openItem(element, 'Item item-1');
  await settle(element);
  return { element, storage };
}

const stored = async (storage: MemoryStorageAdapter) => (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.items[0]!;

/** What a control's aria-describedby points at. */
function describedBy(control: HTMLElement): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
}

describe('<service-plan-editor> date fields: typed in the locale format, one Tab stop each, stored as ISO dates', () => {
  before(async () => setViewport({ width: 1280, height: 900 }));

  it('each date field of an open item is one Tab stop', async () => {
    const { element } = await draftEditor();
    const card = itemCard(element, 'Item item-1');
    const start = $<HTMLInputElement>(card, 'input[name$=".expectedStart"]');
    const end = $<HTMLInputElement>(card, 'input[name$=".expectedEnd"]');
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement, 'one Tab from the start date reaches the end date').to.equal(end);
    // Every date field in the editor: a single text control, no native date input (four stops each in Chromium).
    expect($$(element, 'input[type="date"]')).to.deep.equal([]);
    expect($$(element, 'input[data-date]').length).to.be.greaterThan(3);
  });

  it('takes a date typed as the locale writes it (en-US: month first), stores the ISO date and shows it back', async () => {
    const { element, storage } = await draftEditor();
    const start = $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
    expect(describedBy(start), 'the format is said').to.contain('For example 05/31/2026');
    await typeInto(element, start, '4/7/2026');
    await untilSaved(element);
    expect((await stored(storage)).expectedStart).to.equal('2026-04-07');
    await settle(element);
    expect($<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]').value).to.equal('04/07/2026');
  });

  it('reads the day first in French', async () => {
    const { element, storage } = await draftEditor('fr');
    const start = $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
    expect(describedBy(start)).to.contain('31/05/2026');
    await typeInto(element, start, '4/7/2026');
    await untilSaved(element);
    expect((await stored(storage)).expectedStart).to.equal('2026-07-04');
  });

  it('refuses a date that does not exist (or is not a date) with the message at the field, and stores nothing', async () => {
    const { element, storage } = await draftEditor();
    const before = (await stored(storage)).expectedStart;
    for (const text of ['02/30/2026', 'next week']) {
      const start = $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
      await typeInto(element, start, text);
      await settle(element);
      const after = $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
      expect(after.getAttribute('aria-invalid'), text).to.equal('true');
      expect(describedBy(after), text).to.match(/valid date/i);
      await untilSaved(element);
      expect((await stored(storage)).expectedStart, text).to.equal(before);
    }
  });

  it('keeps a refused date as typed, with its message, through later renders, until it is corrected', async () => {
    const { element, storage } = await draftEditor();
    const start = () => $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
    await typeInto(element, start(), '02/30/2026');
    await settle(element);
    // Another field's accepted edit renders the item again: the refused text must not give way to the stored date.
    await typeInto(element, $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedEnd"]'), '12/31/2026');
    await untilSaved(element);
    await settle(element);
    expect(start().value, 'the refused text is still what the user typed').to.equal('02/30/2026');
    // Another tab stores a new start date meanwhile: the field is drawn with it, yet still shows what was typed.
    const current = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const changed = structuredClone(current);
    changed.subGoals[0]!.items[0]!.expectedStart = '2026-05-04';
    changed.subGoals[0]!.items[0]!.expectedEnd = '2027-01-15';
    await storage.put('servicePlan', { ...changed, updatedAt: new Date().toISOString() });
    const end = () => $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedEnd"]');
    await waitUntil(() => end().value === '01/15/2027', "the other tab's dates were not drawn", { timeout: 5000 });
    await settle(element);
    expect(start().value, 'the refused text survives a change stored elsewhere').to.equal('02/30/2026');
    expect(start().getAttribute('aria-invalid')).to.equal('true');
    await typeInto(element, start(), '03/02/2026');
    await untilSaved(element);
    expect((await stored(storage)).expectedStart).to.equal('2026-03-02');
    await settle(element);
    expect(start().value).to.equal('03/02/2026');
    expect(start().getAttribute('aria-invalid')).to.equal('false');
  });

  it("an add form's date (a new milestone) is typed the same way, in one Tab stop", async () => {
    const { element, storage } = await draftEditor();
    await openSection(element, 'milestones');
    const form = $<HTMLFormElement>(element, '[part~="milestones"] form');
    const due = $<HTMLInputElement>(form, 'input[name="dueDate"]');
    expect(due.type).to.equal('text');
    expect(describedBy(due)).to.contain('For example 05/31/2026');
    await typeInto(element, $<HTMLInputElement>(form, 'input[name="title"]'), 'First unsupervised visit');
    due.focus();
    await sendKeys({ type: '5/1/2026' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement, 'one Tab from the date reaches the add button').to.equal($(form, 'button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await untilSaved(element);
    const milestones = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.milestones;
    expect(milestones.find((milestone) => milestone.title === 'First unsupervised visit')?.dueDate).to.equal('2026-05-01');
  });
});
