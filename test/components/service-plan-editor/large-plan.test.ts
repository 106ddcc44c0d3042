import { expect, waitUntil } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { $$, click, itemCard, mountEditor, participants, settle, typeInto, untilSaved } from './helpers.js';

/** A ready plan with `count` custom items in sub-goals of 30, the given item replaced where asked. */
function planWithItems(count: number, adjust: (index: number) => Partial<ServicePlan['subGoals'][number]['items'][number]> = () => ({})): ServicePlan {
  const base = readyPlan();
  const subGoals = [];
  for (let start = 0; start < count; start += 30) {
    const items = [];
    for (let index = start; index < Math.min(count, start + 30); index += 1) {
      items.push(basicItem(`item-${index}`, { source: { type: 'custom', name: `Plan item ${index + 1}`, purpose: 'Help the family.' }, expectedStart: '2026-01-10', expectedEnd: '2026-04-30', ...adjust(index) }));
    }
    subGoals.push({ id: `sg-${start}`, title: `Sub-goal ${start / 30 + 1}`, description: '', items });
  }
  return { ...base, subGoals };
}

async function open(plan: ServicePlan) {
  const storage = new MemoryStorageAdapter();
  await storage.put('servicePlan', plan);
  const editor = await mountEditor({ storage, planId: plan.id });
  return { editor, storage };
}

/** A plan large enough that showing every field of every item would be unusable. */
const MANY = 60;

const detailsButton = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('button.details-toggle');

describe('<service-plan-editor> plan items as summary lines (details on demand) at every plan size', () => {
  it('shows each item of a large plan as a summary: name (a closed disclosure button), who, dates, status, progress', async () => {
    const { editor } = await open(planWithItems(MANY));
    const cards = $$(editor, 'article[part~="item"]');
    expect(cards).to.have.length(MANY);
    const first = itemCard(editor, 'Plan item 1');
    expect(first.classList.contains('compact')).to.equal(true);
    expect(first.querySelector('textarea, input')).to.equal(null);
    expect(first.textContent).to.include('Not started');
    expect(first.querySelector('.item-facts')!.textContent).to.match(/2026/);
    expect(first.querySelector('[role="progressbar"]')).to.not.equal(null);
    expect(detailsButton(first)!.getAttribute('aria-expanded')).to.equal('false');
    expect(detailsButton(first)!.textContent!.trim(), 'the disclosure button is named by the item').to.equal('Plan item 1');
    expect(detailsButton(first)!.getAttribute('aria-controls')).to.match(/item-0-body$/);
  });

  it('opens an item with its button (focus stays on it), takes and saves an edit there, and closes it again', async () => {
    const { editor, storage } = await open(planWithItems(MANY));
    await click(editor, detailsButton(itemCard(editor, 'Plan item 3'))!);
    const opened = itemCard(editor, 'Plan item 3');
    const toggle = detailsButton(opened)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(editor.shadowRoot!.activeElement).to.equal(toggle);
    const outcome = opened.querySelector<HTMLTextAreaElement>('textarea[name="item.item-2.expectedOutcome"]');
    expect(outcome, 'the opened item shows its fields').to.not.equal(null);
    // Only the opened item has fields.
    expect(itemCard(editor, 'Plan item 4').querySelector('textarea')).to.equal(null);

    await typeInto(editor, outcome!, 'Lia sleeps at home four nights a week');
    await untilSaved(editor);
    const stored = await storage.get<ServicePlan>('servicePlan', 'plan-1');
    expect(stored!.subGoals[0]!.items[2]!.expectedOutcome).to.equal('Lia sleeps at home four nights a week');

    await click(editor, detailsButton(itemCard(editor, 'Plan item 3'))!);
    const closed = itemCard(editor, 'Plan item 3');
    expect(closed.querySelector('textarea')).to.equal(null);
    expect(detailsButton(closed)!.getAttribute('aria-expanded')).to.equal('false');
    expect(editor.shadowRoot!.activeElement).to.equal(detailsButton(closed));
  });

  it('keeps an item with a problem open, so its message is in view next to its field', async () => {
    const { editor } = await open(planWithItems(MANY, (index) => (index === 7 ? { responsibility: { type: 'participant', participantId: 'someone-else' } } : {})));
    const faulty = itemCard(editor, 'Plan item 8');
    expect(faulty.classList.contains('compact')).to.equal(false);
    expect(faulty.querySelector('[part~="field-error"]')?.textContent ?? '').to.not.equal('');
    expect(itemCard(editor, 'Plan item 9').classList.contains('compact')).to.equal(true);
  });

  it('shows the new name in the summary after the name is changed in the opened item (no stale summary)', async () => {
    const { editor } = await open(planWithItems(MANY));
    await click(editor, detailsButton(itemCard(editor, 'Plan item 2'))!);
    await typeInto(editor, itemCard(editor, 'Plan item 2').querySelector<HTMLInputElement>('input[name="item.item-1.name"]')!, 'Parenting class');
    await click(editor, detailsButton(itemCard(editor, 'Parenting class'))!);
    expect(itemCard(editor, 'Parenting class').classList.contains('compact')).to.equal(true);
  });

  it('shows the items of a small plan the same way: summaries, details on demand (one way for every size)', async () => {
    const { editor } = await open(planWithItems(3));
    const cards = $$(editor, 'article[part~="item"]');
    expect(cards).to.have.length(3);
    expect(cards.every((card) => card.classList.contains('compact') && card.querySelector('textarea') === null)).to.equal(true);
    expect(cards.every((card) => detailsButton(card)?.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });
  it('keeps a closed item\'s line until what it shows changes: the item saved elsewhere, the language, the name of who is responsible', async () => {
    const { editor, storage } = await open(planWithItems(3, (index) => (index === 1 ? { responsibility: { type: 'participant', participantId: 'maria' } } : {})));
    const line = (name: string) => itemCard(editor, name).querySelector('.item-line')!.textContent!.replace(/\s+/g, ' ');
    expect(line('Plan item 2')).to.contain('Maria Souza').and.to.contain('Not started');
    // Saved in another tab: the item is replaced, its line drawn again.
    const stored = (await storage.get<ServicePlan>('servicePlan', 'plan-1'))!;
    const started = { ...stored, subGoals: stored.subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.map((item) => (item.id === 'item-1' ? { ...item, status: 'in-progress' as const } : item)) })) };
    await storage.put<ServicePlan>('servicePlan', started);
    await waitUntil(() => line('Plan item 2').includes('In progress'), 'the line kept the status it was drawn with');
    expect(line('Plan item 1')).to.contain('Not started');
    // The host renames the person: the line says the new name.
    editor.participants = participants.map((person) => (person.id === 'maria' ? { ...person, name: 'Maria Souza Lima' } : person));
    await settle(editor);
    expect(line('Plan item 2')).to.contain('Maria Souza Lima');
    // Another language: every line in it.
    editor.locale = 'es';
    await waitUntil(() => line('Plan item 1').includes('Sin iniciar'), 'the line stayed in English');
    expect(line('Plan item 2')).to.contain('En curso');
  });

  it('draws a closed item\'s line again when the day changes: an item whose end has passed says it is overdue', async () => {
    const { editor } = await open(planWithItems(2, (index) => (index === 0 ? { expectedEnd: '2026-03-20' } : {})));
    const line = (name: string) => itemCard(editor, name).querySelector('.item-line')!.textContent!.replace(/\s+/g, ' ');
    expect(line('Plan item 1')).to.not.contain('Overdue');
    editor.now = new Date('2026-04-01T09:00:00.000Z');
    await waitUntil(() => line('Plan item 1').includes('Overdue'), 'the line kept the day it was drawn on');
    expect(line('Plan item 2'), 'an item with no end date').to.not.contain('Overdue');
  });
});
