// Text the plan refused, kept in view, and what is built on it (EditSession.heldTyping): the leave guard and
// plan.typing-left-on-switch. Kept text goes with its field's record; it is reported where that record is now.
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/index.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, $$, announced, buttonByText, click, confirmDialog, itemCard, leavingAsks, mountEditor, openItem, overLongText, pasteInto, removeItemButton, settle, untilSaved } from './helpers.js';

describe('refused text kept in view and the leave guard', () => {
  it('an item whose outcome text was refused is removed: the text is kept in the gone-typing note, leaving asks until it is discarded', async () => {
    const storage = new MemoryStorageAdapter({ name: `t9f-held-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const card = await openItem(editor, 'Item item-1');
    await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    expect($<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]').getAttribute('aria-invalid'), 'refused').to.equal('true');
    expect(leavingAsks(), 'refused text in view: asks').to.equal(true);
    const remove = removeItemButton(card, 'item-1');
    remove.click();
    await confirmDialog(editor, 'yes');
    await untilSaved(editor);
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(stored.subGoals.flatMap((subGoal) => subGoal.items.map((item) => item.id)), 'the item was removed').to.not.include('item-1');
    expect(editor.shadowRoot!.querySelector('textarea[name$=".expectedOutcome"]'), 'no field holds the text').to.equal(null);
    const note = $(editor, '[part~="gone-typing-note"]');
    expect({ kept: $<HTMLTextAreaElement>(note, 'textarea').value.length, asks: leavingAsks() }, 'the note keeps it: leaving asks').to.deep.equal({ kept: overLongText.length, asks: true });
    await click(editor, buttonByText(note, 'Discard'));
    expect(leavingAsks(), 'discarded: nothing is in view or unsaved, yet leaving asks').to.equal(false);
  });

  it('an item whose outcome text was refused is removed, then Undo: the item comes back with the pasted text and its message, and leaving asks again', async () => {
    const storage = new MemoryStorageAdapter({ name: `t10l-held-undo-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const card = await openItem(editor, 'Item item-1');
    await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    const remove = removeItemButton(card, 'item-1');
    remove.click();
    await confirmDialog(editor, 'yes');
    await untilSaved(editor);
    expect(leavingAsks(), 'the item is gone, its text kept in the gone-typing note: leaving asks').to.equal(true);
    await click(editor, $<HTMLButtonElement>(editor, 'button[data-tool="undo"]'));
    await untilSaved(editor);
    const outcome = $<HTMLTextAreaElement>(itemCard(editor, 'Item item-1'), 'textarea[name$=".expectedOutcome"]');
    const message = editor.shadowRoot!.getElementById(`${outcome.id}-error`)?.textContent?.trim() ?? '';
    expect({ length: outcome.value.length, invalid: outcome.getAttribute('aria-invalid'), said: message !== '', asks: leavingAsks() }, 'the 10 500 characters the test pasted, back with the item').to.deep.equal({
      length: overLongText.length,
      invalid: 'true',
      said: true,
      asks: true,
    });
  });

  it('an item whose outcome text was refused is removed, then another plan-id: the host hears it left, at no path (none names another item)', async () => {
    const storage = new MemoryStorageAdapter({ name: `t9f-held-sw-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    const card = await openItem(editor, 'Item item-1');
    await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    const remove = removeItemButton(card, 'item-1');
    remove.click();
    await confirmDialog(editor, 'yes');
    await untilSaved(editor);
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    const left = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect(
      errors.map(({ code, violations }) => ({ code, paths: violations.map((found) => found.path.join('.')), namesItem: violations.map((found) => left.subGoals[Number(found.path[1])]?.items[Number(found.path[3])]?.id) })),
      'the text kept for the gone item is left, at no path: a path would name another item of plan-1',
    ).to.deep.equal([{ code: 'plan.typing-left-on-switch', paths: [''], namesItem: [undefined] }]);
  });

  it('refused text in the second item, the first item removed, then another plan-id: the host hears the path where that item is now', async () => {
    const storage = new MemoryStorageAdapter({ name: `t9f-held-moved-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    const second = await openItem(editor, 'Counselling sessions');
    await pasteInto(editor, $<HTMLTextAreaElement>(second, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    const first = await openItem(editor, 'Item item-1');
    const remove = removeItemButton(first, 'item-1');
    remove.click();
    await confirmDialog(editor, 'yes');
    await untilSaved(editor);
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    const left = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const named = errors.flatMap(({ violations }) => violations.map((found) => `${left.subGoals[Number(found.path[1])]?.items[Number(found.path[3])]?.id}.${String(found.path[4])}`));
    expect(named, 'the item the test pasted into').to.deep.equal(['item-2.expectedOutcome']);
  });

  it('a description refused (over its limit) is in view when the host changes storage: the host hears it, or it stays in view', async () => {
    const first = new MemoryStorageAdapter({ name: `t9f-held-a-${Math.random()}` });
    await first.put('servicePlan', readyPlan());
    const second = new MemoryStorageAdapter({ name: `t9f-held-b-${Math.random()}` });
    await second.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage: first, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    const description = () => $<HTMLTextAreaElement>(editor, 'textarea[name="goal.description"]');
    await pasteInto(editor, description(), overLongText);
    await untilSaved(editor);
    description().blur();
    await settle(editor);
    expect(description().value, 'kept in view after the refusal').to.equal(overLongText);
    editor.storage = second;
    await settle(editor);
    await waitUntil(() => editor.shadowRoot!.querySelector('textarea[name="goal.description"]'), 'reopened', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(editor);
    const stillShown = description().value === overLongText;
    expect({ stillShown, heard: errors.map((found) => found.code) }, 'the 10 500 pasted characters vanished with nothing said').to.satisfy(
      (seen: { stillShown: boolean; heard: string[] }) => seen.stillShown || seen.heard.includes('plan.typing-left-on-switch'),
    );
  });

  it('a refused description fixed in its field (caret still there) when another plan-id opens: stored in plan-1, and the host is not told it was lost', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const storage = new MemoryStorageAdapter({ name: `t9f-held-fix-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    await storage.put('servicePlan', readyPlan({ id: 'plan-2', goal: { title: 'The other plan', description: '' } }));
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const errors: CpErrorEvent['detail'][] = [];
    editor.addEventListener('cp-error', (event) => errors.push(event.detail));
    const description = () => $<HTMLTextAreaElement>(editor, 'textarea[name="goal.description"]');
    await pasteInto(editor, description(), overLongText);
    await untilSaved(editor);
    description().focus();
    description().select();
    await sendKeys({ type: 'Weekly visits, then home.' });
    editor.planId = 'plan-2';
    await waitUntil(() => $<HTMLInputElement>(editor, 'input[name="goal.title"]').value === 'The other plan', 'plan-2 did not open', { timeout: 5000 });
    await settle(editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const left = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    expect({ stored: left.goal.description, heard: errors.map((found) => found.code) }).to.deep.equal({ stored: 'Weekly visits, then home.', heard: [] });
  });
});

describe('refused text of an item another tab removes', () => {
  const itemHeadings = (editor: Element) => $$(editor, 'article[part~="item"] h4').map((heading) => heading.textContent?.trim());
  const withoutItem1 = (plan: ServicePlan): ServicePlan => ({ ...plan, subGoals: plan.subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.filter((item) => item.id !== 'item-1') })) });

  it('the note shows the text kept while the item is gone, and goes when the other tab puts the item back with the text', async () => {
    const name = `t10l-tab-${Math.random()}`;
    const storage = new MemoryStorageAdapter({ name });
    await storage.put('servicePlan', readyPlan());
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const card = await openItem(editor, 'Item item-1');
    await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    const note = () => editor.shadowRoot!.querySelector('[part~="gone-typing-note"]')?.textContent?.trim() ?? '';
    expect(note(), 'nothing to say while the text is in view').to.equal('');
    const other = new MemoryStorageAdapter({ name });
    const before = (await other.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await other.put('servicePlan', withoutItem1(before));
    await waitUntil(() => !itemHeadings(editor).includes('Item item-1'), 'the other tab\'s removal never showed', { timeout: 5000 });
    await settle(editor);
    const whileGone = { shown: $$<HTMLTextAreaElement>(editor, '[part~="gone-typing-note"] textarea').some((control) => control.value === overLongText), note: note(), announced: announced(editor).polite ?? '' };
    const removed = (await other.get<ServicePlan>('servicePlan', 'plan-1'))!;
    await other.put('servicePlan', { ...before, version: removed.version });
    await waitUntil(() => itemHeadings(editor).includes('Item item-1'), 'the restore never showed', { timeout: 5000 });
    await settle(editor);
    const outcome = $<HTMLTextAreaElement>(await openItem(editor, 'Item item-1'), 'textarea[name$=".expectedOutcome"]');
    const said = /could not be saved.*removed/;
    expect({ whileGone: { shown: whileGone.shown, note: said.test(whileGone.note), announced: said.test(whileGone.announced) }, back: { length: outcome.value.length, invalid: outcome.getAttribute('aria-invalid'), note: note(), asks: leavingAsks() } }).to.deep.equal({
      whileGone: { shown: true, note: true, announced: true },
      back: { length: overLongText.length, invalid: 'true', note: '', asks: true },
    });
  });
});
