import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/caseplan-provider.js';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { $, $$, announced, buttonByText, catalog, click, confirmDialog, confirmText, mountEditor, NOW, participants, settle, startNewPlan, subGoalCards, templates, typeInto, worker } from './helpers.js';

function titles(element: ServicePlanEditor): string[] {
  return subGoalCards(element).map((card) => card.querySelector('h3')?.textContent?.trim() ?? '');
}

function focused(element: ServicePlanEditor): Element | null {
  return element.shadowRoot!.activeElement;
}

async function freshEditor(): Promise<ServicePlanEditor> {
  const element = await mountEditor({ storage: new MemoryStorageAdapter({ name: `interactions-${Math.random()}` }) });
  await waitUntil(() => element.planId);
  return element;
}

describe('<service-plan-editor>: keyboard, focus, undo and events', () => {
  it('adds sub-goals with the keyboard only, moves focus to each new one, and reorders with Alt+Arrow keys', async () => {
    const element = await freshEditor();
    const input = $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]');
    input.focus();
    await sendKeys({ type: 'Parents build parenting skills' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.textContent).to.equal('Sub-goal 1: Parents build parenting skills');
    $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]').focus();
    await sendKeys({ type: 'Stable housing' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(focused(element)?.textContent).to.equal('Sub-goal 2: Stable housing');
    expect(announced(element).polite).to.equal('Sub-goal added: Stable housing');

    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await settle(element);
    expect(titles(element)).to.deep.equal(['Sub-goal 1: Stable housing', 'Sub-goal 2: Parents build parenting skills']);
    expect(focused(element)?.textContent).to.equal('Sub-goal 1: Stable housing');
    expect(announced(element).polite).to.equal('"Stable housing" is now sub-goal 1 of 2.');

    await click(element, $(element, 'button[aria-label="Move \\"Stable housing\\" down"]'));
    expect(titles(element)).to.deep.equal(['Sub-goal 1: Parents build parenting skills', 'Sub-goal 2: Stable housing']);
  });

  it('removes a sub-goal only after confirmation, then focuses its neighbour; undo brings it back', async () => {
    const element = await freshEditor();
    for (const title of ['Parents build parenting skills', 'Stable housing']) {
      await typeInto(element, $<HTMLInputElement>(element, 'form[part~="add-sub-goal"] input[name="title"]'), title, 'Enter');
    }
    await click(element, $(subGoalCards(element)[1]!, 'button[aria-label="Remove sub-goal: Stable housing"]'));
    await confirmDialog(element, 'no');
    expect(subGoalCards(element)).to.have.length(2);

    await click(element, $(subGoalCards(element)[1]!, 'button[aria-label="Remove sub-goal: Stable housing"]'));
    expect(confirmText(element)).to.contain('Remove the sub-goal "Stable housing" and its 0 plan items?');
    await confirmDialog(element, 'yes');
    expect(titles(element)).to.deep.equal(['Sub-goal 1: Parents build parenting skills']);
    expect(focused(element)?.textContent).to.equal('Sub-goal 1: Parents build parenting skills');

    await click(element, buttonByText(element.shadowRoot!, 'Undo'));
    expect(subGoalCards(element)).to.have.length(2);
    await click(element, buttonByText(element.shadowRoot!, 'Redo'));
    expect(subGoalCards(element)).to.have.length(1);
    // The same from the keyboard, with focus outside a text field.
    $(element, 'h3').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(element);
    expect(subGoalCards(element)).to.have.length(2);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await settle(element);
    expect(subGoalCards(element)).to.have.length(1);
  });

  it('fires cp-change with the whole plan and cp-saved with the stored version', async () => {
    const element = await freshEditor();
    const changed = oneEvent(element, 'cp-change');
    const saved = oneEvent(element, 'cp-saved');
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home safely');
    const change = await changed;
    expect(change.detail).to.include({ kind: 'servicePlan', id: element.planId, dirty: true });
    expect((change.detail.value as { goal: { title: string } }).goal.title).to.equal('Leo returns home safely');
    const save = await saved;
    expect(save.detail).to.include({ kind: 'servicePlan', id: element.planId, version: 2 });
  });

  it('switches language live: locale en → es changes the visible text, and the nearest lang is followed', async () => {
    const element = await freshEditor();
    expect($(element, '[part~="title"]').textContent!.trim()).to.equal('Case plan');
    element.locale = 'es';
    await settle(element);
    expect($(element, '[part~="title"]').textContent!.trim()).to.equal('Plan de caso');
    expect($(element, '[part~="status-badge"]').textContent?.trim()).to.equal('Borrador');
    expect($(element, 'label[for="f-goal-title"]').textContent).to.contain('Meta del plan');
    expect($(element, '[part~="base"]').getAttribute('lang')).to.equal('es');
    element.locale = undefined;
    element.setAttribute('lang', 'fr');
    element.removeAttribute('locale');
    await waitUntil(() => $(element, '[part~="title"]').textContent!.trim() === "Projet pour l'enfant", 'lang was not followed');
  });
});

describe('<service-plan-editor> inside <caseplan-provider>', () => {
  it('takes storage, people, catalog, user, clock and language from the provider; its own locale wins; new participants reach it', async () => {
    const storage = new MemoryStorageAdapter({ name: `provider-${Math.random()}` });
    const host = await fixture<HTMLElement>(html`<caseplan-provider
      locale="es"
      .storage=${storage}
      .participants=${participants.filter((participant) => participant.id !== 'aunt')}
      .catalog=${catalog}
      .templates=${templates}
      .currentUser=${worker}
      .now=${NOW}
    >
      <service-plan-editor case-id="case-1" kind="outcome"></service-plan-editor>
    </caseplan-provider>`);
    const element = host.querySelector<ServicePlanEditor>('service-plan-editor')!;
    await startNewPlan(element);
    // A new plan is stored with its first write: the title typed.
    await waitUntil(() => element.shadowRoot!.querySelector('input[name="goal.title"]'), 'the new plan did not open');
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo vuelve a casa');
    await waitUntil(() => element.planId, 'the provider storage was not used');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="status"]'));
    expect($(element, '[part~="title"]').textContent!.trim()).to.equal('Plan de caso');
    expect($$<HTMLInputElement>(element, 'input[name="member"]').map((input) => input.value)).to.not.include('aunt');
    (host as HTMLElement & { participants: unknown }).participants = participants;
    await waitUntil(() => $$<HTMLInputElement>(element, 'input[name="member"]').some((input) => input.value === 'aunt'), 'new participants did not arrive');
    element.locale = 'fr';
    await settle(element);
    expect($(element, '[part~="title"]').textContent!.trim()).to.equal("Projet pour l'enfant");
    expect((await storage.get('servicePlan', element.planId!))?.updatedBy).to.equal('worker-1');
  });
});

describe('<service-plan-editor> in the page over time', () => {
  it('keeps unsaved edits when moved in the DOM, and reopens the plan when put back after being removed', async () => {
    const storage = new MemoryStorageAdapter({ name: `moves-${Math.random()}` });
    const element = await mountEditor({ storage, autosaveDelay: 60_000 });
    await waitUntil(() => element.planId);
    await typeInto(element, $<HTMLInputElement>(element, 'input[name="goal.title"]'), 'Leo returns home safely');
    const parent = element.parentElement!;
    const other = document.createElement('div');
    parent.append(other);
    other.append(element);
    await settle(element);
    expect($<HTMLInputElement>(element, 'input[name="goal.title"]').value).to.equal('Leo returns home safely');
    expect(subGoalCards(element)).to.have.length(0);

    element.remove();
    await waitUntil(async () => (await storage.get<ServicePlan>('servicePlan', element.planId!))?.goal.title === 'Leo returns home safely', 'the pending edit was not saved on removal');
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(element);
    await waitUntil(() => element.shadowRoot!.querySelector<HTMLInputElement>('input[name="goal.title"]')?.value === 'Leo returns home safely', 'the plan did not reopen');
  });
});
