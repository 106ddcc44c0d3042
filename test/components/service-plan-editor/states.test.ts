import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, announced, click, itemCard, mountEditor, openSection, partText, printMedia, saveState, settle, subGoalCards, typeInto, untilSaved } from './helpers.js';

/** A store holding the fixture family's complete case plan in `status` (dated before the test clock of 2026-03-10). */
function storeWith(plan: ServicePlan): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `states-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...plan, version: 2 });
  return storage;
}

describe('<service-plan-editor>: what the caseworker sees in each situation', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('a failed save keeps the edit, says why, and Try again saves it', async () => {
    const storage = new FaultyStorage(storeWith(readyPlan()));
    const element = await mountEditor({ storage, planId: 'plan-1' });
    storage.failingWrites = 1;
    const failed = oneEvent(element, 'cp-error');
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home safely this summer');
    expect((await failed).detail.code).to.equal('storage.quota-exceeded');
    await waitUntil(() => saveState(element) === 'failed');
    const indicator = $(element, 'cp-save-indicator');
    await (indicator as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(partText(indicator)).to.contain('out of storage space');
    expect(announced(element).assertive).to.contain('out of storage space');
    expect($<HTMLInputElement>(element, 'input[name="goal.title"]').value).to.equal('Leo returns home safely this summer');
    $(indicator.shadowRoot!, '[part~="retry-button"]').click();
    await untilSaved(element);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))?.goal.title).to.equal('Leo returns home safely this summer');
  });

  it('overdue items and milestones stand out, with their count in the status', async () => {
    const element = await mountEditor({ storage: storeWith(readyPlan({ status: 'active', activatedOn: '2026-01-20' })), planId: 'plan-1' });
    // Item 1 was expected to end on 2026-04-30 (not overdue); the milestone is due 2026-05-01. Move both into the past:
    const plan = readyPlan({ status: 'active', activatedOn: '2026-01-20', milestones: [{ id: 'ms-1', title: 'First unsupervised visit', dueDate: '2026-03-01' }] });
    plan.subGoals[1]!.items[0]!.expectedEnd = '2026-02-28';
    const late = await mountEditor({ storage: storeWith(plan), planId: 'plan-1' });
    expect(itemCard(late, 'Item item-3').classList.contains('overdue')).to.equal(true);
    expect($(itemCard(late, 'Item item-3'), '[part~="overdue"]').textContent).to.contain('Overdue');
    await openSection(late, 'milestones');
    expect($$(late, '.milestone.overdue')).to.have.length(1);
    expect($(late, '[part~="status"] [part~="overdue"]').textContent).to.contain('2 items or milestones are overdue.');
    expect(element.shadowRoot!.querySelector('[part~="status"] [part~="overdue"]')).to.equal(null);
    expect($(late, '[part~="status"]').textContent).to.contain('Next review due by');
  });

  it('a parent declines with a comment: the plan goes back to draft and the comment is kept', async () => {
    const element = await mountEditor({ storage: storeWith(readyPlan({ status: 'submitted' })), planId: 'plan-1' });
    expect($(element, '[part~="waiting"]').textContent).to.contain('Maria Souza (mother), João Souza (father), and Ana Souza (youth)');
    const approver = $(element, 'li[data-participant-id="joao"]');
    await click(element, $(approver, 'button[aria-label="Decline: João Souza"]'));
    expect(partText($(element, '[part~="approvals"]'))).to.contain('Explain why the plan is declined.');
    await typeInto(element, $<HTMLInputElement>(approver, 'input[name="comment"]'), 'I cannot attend classes on Tuesdays.');
    const statusChanged = oneEvent(element, 'cp-status-change');
    await click(element, $(approver, 'button[aria-label="Decline: João Souza"]'));
    expect((await statusChanged).detail).to.include({ status: 'draft', previousStatus: 'submitted' });
    expect($(element, '[part~="status-badge"]').textContent).to.contain('Draft');
    expect($(element, '[part~="approvals"]').textContent).to.contain('I cannot attend classes on Tuesdays.');
  });

  it('groups sub-goals into plan groups', async () => {
    const element = await mountEditor({ storage: storeWith(readyPlan()), planId: 'plan-1' });
    await typeInto(element, $<HTMLInputElement>(element, '#f-groups-new'), 'What the parents do', 'Enter');
    const group = $<HTMLSelectElement>(subGoalCards(element)[0]!, 'select[name$=".group"]');
    const groupId = [...group.options].find((option) => option.textContent === 'What the parents do')!.value;
    group.value = groupId;
    group.dispatchEvent(new Event('change'));
    await settle(element);
    expect($(subGoalCards(element)[0]!, '.sub-goal-header').textContent).to.contain('What the parents do');
  });

  it('prints as a document in the element\'s language, without buttons or form fields', async () => {
    const element = await mountEditor({ storage: storeWith(readyPlan({ status: 'active', activatedOn: '2026-01-20' })), planId: 'plan-1', locale: 'fr' });
    await printMedia(element);
    const document = $(element, '.print-only [part~="document"]');
    expect(getComputedStyle($(element, '.print-only')).display).to.equal('block');
    expect(getComputedStyle($(element, '.sections')).display).to.equal('none');
    expect(getComputedStyle($(element, 'button')).display).to.equal('none');
    // French typography: a no-break space before the colon.
    expect(document.textContent).to.contain("Projet pour l'enfant\u00a0: Leo returns home safely");
    expect(document.textContent).to.contain('Sous-objectif 1\u00a0: Parents build parenting skills');
    expect(document.textContent).to.contain('Retour en famille');
  });

  it('is usable at 320 px: nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await mountEditor({ storage: storeWith(readyPlan()), planId: 'plan-1' });
    element.style.display = 'block';
    element.style.width = '320px';
    await settle(element);
    const base = $(element, '[part~="base"]');
    const edge = element.getBoundingClientRect().right + 1;
    const wide = $$(element, '*').filter((node) => node.getBoundingClientRect().right > edge).map((node) => `${node.localName}.${node.className} ${Math.round(node.getBoundingClientRect().right)}`);
    expect(wide.slice(0, 8), wide.join('\n')).to.deep.equal([]);
    expect(base.scrollWidth).to.be.at.most(320);

  });
});
