// Review R10f: text the plan refused is kept when its item is removed (here, or by another tab). The note said it "is
// not lost yet", but while its item was gone nothing kept it: leaving did not ask, a switch did not report it, and
// another tab's removal cannot be undone here. Now the note shows the text with what it was, the leave guard asks
// until the user discards it (or the item comes back), and a switch reports it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import type { CpLiveRegion } from '../../../src/components/shared/parts/cp-live-region.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { deepActiveElement, expectNoAxeViolations } from '../a11y-helpers.js';
import { emulateForcedColors, expectReadable } from '../shared/forced-colors.js';
import { $, $$, buttonByText, catalog, leavingAsks, mountEditor, NOW, openItem, overLongText, participants, pasteInto, settle, templates, untilSaved, worker } from './helpers.js';

const note = (editor: ServicePlanEditor) => editor.shadowRoot!.querySelector<HTMLElement>('[part~="gone-typing-note"]');

async function twoPlans(name: string): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter({ name });
  await storage.put('servicePlan', readyPlan());
  await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
  return storage;
}

/** Item item-1's expected outcome refused (over its limit), then another tab (the same database) removes item-1. */
async function refusedThenRemovedElsewhere(editor: ServicePlanEditor, name: string): Promise<void> {
  const card = await openItem(editor, 'Item item-1');
  await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
  await untilSaved(editor);
  const other = new MemoryStorageAdapter({ name });
  const before = (await other.get<ServicePlan>('servicePlan', 'plan-1'))!;
  await other.put('servicePlan', { ...before, subGoals: before.subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.filter((item) => item.id !== 'item-1') })) });
  await waitUntil(() => !$$(editor, 'article[part~="item"] h4').some((heading) => heading.textContent?.trim() === 'Item item-1'), 'the removal never showed', { timeout: 5000 });
  await settle(editor);
}

/** What the editor's live region says from now on. */
function heardSaid(editor: ServicePlanEditor): string[] {
  const region = $<CpLiveRegion>(editor, 'cp-live-region');
  const said: string[] = [];
  const say = region.announce.bind(region);
  region.announce = (text, politeness) => {
    said.push(text);
    say(text, politeness);
  };
  return said;
}

function heard(editor: ServicePlanEditor): string[] {
  const codes: string[] = [];
  editor.addEventListener('cp-error', (event) => codes.push((event as CpErrorEvent).detail.code));
  return codes;
}

describe('<service-plan-editor>: refused text of an item another tab removed', () => {
  afterEach(async () => {
    await emulateForcedColors('none');
    await setViewport({ width: 1280, height: 900 });
  });

  it('the note shows the text, read-only, named by its field and item; leaving asks; a switch reports it', async () => {
    const name = `gone-note-${Math.random()}`;
    const storage = await twoPlans(name);
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors = heard(editor);
    await refusedThenRemovedElsewhere(editor, name);
    const kept = $<HTMLTextAreaElement>(note(editor)!, 'textarea');
    const shown = { text: kept.value === overLongText, readOnly: kept.readOnly, label: kept.labels?.[0]?.textContent?.trim(), asks: leavingAsks() };
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    expect({ shown, reported: errors }).to.deep.equal({
      shown: { text: true, readOnly: true, label: 'Expected outcome of "Item item-1"', asks: true },
      reported: ['plan.typing-left-on-switch'],
    });
  });

  it('typed in English, then French chosen: the note names the field in French, as the rest of the screen', async () => {
    const name = `gone-note-language-${Math.random()}`;
    const editor = await mountEditor({ storage: await twoPlans(name), planId: 'plan-1' });
    await refusedThenRemovedElsewhere(editor, name);
    editor.locale = 'fr';
    await editor.updateComplete;
    await settle(editor);
    const kept = $<HTMLTextAreaElement>(note(editor)!, 'textarea');
    const discard = $<HTMLButtonElement>(note(editor)!, 'button');
    // French typography puts a no-break space before ':' and inside « »: compared as plain spaces.
    const plain = (text: string | null | undefined) => text?.trim().replace(/\s/g, ' ');
    expect({ label: plain(kept.labels?.[0]?.textContent), button: plain(discard.getAttribute('aria-label')) }).to.deep.equal({
      label: 'Résultat attendu de « Item item-1 »',
      button: 'Abandonner le texte conservé : Résultat attendu de « Item item-1 »',
    });
  });

  it('"Discard" (by keyboard) lets the text go: the note goes, leaving no longer asks, focus stays in the editor', async () => {
    const name = `gone-discard-${Math.random()}`;
    const storage = await twoPlans(name);
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await refusedThenRemovedElsewhere(editor, name);
    const discard = buttonByText(note(editor)!, 'Discard');
    const named = discard.getAttribute('aria-label');
    const said = heardSaid(editor);
    discard.focus();
    await sendKeys({ press: 'Enter' });
    await settle(editor);
    expect({ named, note: note(editor) === null, asks: leavingAsks(), focusInEditor: editor.shadowRoot!.contains(deepActiveElement()), said }).to.deep.equal({
      named: 'Discard the kept text: Expected outcome of "Item item-1"',
      note: true,
      asks: false,
      focusInEditor: true,
      said: ['Discarded: Expected outcome of "Item item-1"'],
    });
  });

  it('is axe clean, fits 320 px, and stays readable in forced colours', async () => {
    const name = `gone-a11y-${Math.random()}`;
    const storage = await twoPlans(name);
    await setViewport({ width: 320, height: 640 });
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    await refusedThenRemovedElsewhere(editor, name);
    await expectNoAxeViolations(note(editor)!);
    const box = note(editor)!;
    expect(box.scrollWidth, 'the note scrolls sideways').to.be.at.most(box.clientWidth);
    await emulateForcedColors('active', 'dark');
    await settle(editor);
    expectReadable($(box, 'textarea'), 'the kept text');
    expectReadable(buttonByText(box, 'Discard'), 'Discard');
  });

  it('fits 320 px at 200 % text when the removed item had a long unbroken name (a link)', async () => {
    const name = `gone-long-${Math.random()}`;
    const storage = new MemoryStorageAdapter({ name });
    const link = `https://example.org/${'housing-application-'.repeat(8)}`;
    await storage.put('servicePlan', JSON.parse(JSON.stringify(readyPlan()).replaceAll('"Item item-1"', JSON.stringify(link))) as ServicePlan);
    await setViewport({ width: 320, height: 640 });
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    editor.style.fontSize = '200%';
    const card = await openItem(editor, link);
    await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    const other = new MemoryStorageAdapter({ name });
    const before = (await other.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await other.put('servicePlan', { ...before, subGoals: before.subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.filter((item) => item.id !== 'item-1') })) });
    await waitUntil(() => note(editor) !== null, 'the note never showed', { timeout: 5000 });
    await settle(editor);
    const box = note(editor)!;
    expect({ named: $(box, 'label').textContent!.includes(link), overflow: box.scrollWidth - box.clientWidth }).to.deep.equal({ named: true, overflow: 0 });
  });

  it('after Back to the list and opening the plan again, the note is announced again', async () => {
    const name = `gone-reopen-${Math.random()}`;
    const storage = await twoPlans(name);
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" kind="outcome" locale="en" autosave-delay="30" .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    const region = () => $<CpLiveRegion>(editor, 'cp-live-region');
    const said: string[] = [];
    const openPlanOne = async () => {
      await waitUntil(() => $$(editor, '[part~="plan-list"] button').some((button) => button.textContent?.includes(readyPlan().goal.title)), 'the list did not show plan-1', { timeout: 5000 });
      $$(editor, '[part~="plan-list"] button').find((button) => button.textContent?.includes(readyPlan().goal.title))!.click();
      await waitUntil(() => editor.shadowRoot!.querySelector('[part~="status"]'), 'plan-1 did not open', { timeout: 5000 });
      await settle(editor);
    };
    await openPlanOne();
    const listen = region().announce.bind(region());
    region().announce = (text, politeness) => {
      said.push(text);
      listen(text, politeness);
    };
    await refusedThenRemovedElsewhere(editor, name);
    const noteText = $(note(editor)!, 'p').textContent!.trim();
    const first = said.filter((text) => text === noteText).length;
    buttonByText(editor.shadowRoot!, 'All plans of the case').click();
    await settle(editor);
    await openPlanOne();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect({ first, afterReopening: said.filter((text) => text === noteText).length, shown: note(editor) !== null }).to.deep.equal({ first: 1, afterReopening: 2, shown: true });
  });
});
