import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { PlanItem } from '../../../src/model/service-plan/plan-item.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { forgetLineShapes } from '../../../src/components/service-plan-editor/parts/item-summary.js';
import { basicItem, readyPlan, unitItem } from '../../model/service-plan/fixtures.js';
import { $$, mountEditor } from './helpers.js';

function withoutResponsible(item: PlanItem): PlanItem {
  const { responsibility: _nobody, ...rest } = item;
  return rest;
}

/**
 * Items of every shape a closed line takes (overdue or not, with a progress bar or not), two or more of
 * each, differing in everything a line says: the first of each shape is drawn by the template, the others
 * are copies of it made to say their item (issue 18). Today is 2026-03-10 (helpers' NOW).
 */
const items: PlanItem[] = [
  basicItem('line-a', { expectedStart: '2026-01-10', expectedEnd: '2026-04-30' }),
  basicItem('line-b', { status: 'in-progress', responsibility: { type: 'participant', participantId: 'maria' } }),
  basicItem('line-c', { status: 'in-progress', expectedEnd: '2026-02-01', responsibility: { type: 'org-user', userId: 'u-reis', name: 'Dr. Reis' } }),
  basicItem('line-d', { expectedStart: '2026-01-02', expectedEnd: '2026-02-20', source: { type: 'custom', name: 'Visits & "calls", l\'école', purpose: 'Keep in touch.' } }),
  unitItem('line-e', 12, [2, 3], { expectedEnd: '2026-06-30' }),
  unitItem('line-f', 8, [8], { status: 'completed', responsibility: { type: 'participant', participantId: 'joao' } }),
  withoutResponsible(basicItem('line-g', { status: 'completed', source: { type: 'custom', name: 'Tom & Jerry (50 %)', purpose: 'x' } })),
  basicItem('line-h', { expectedStart: '2026-03-01', responsibility: { type: 'participant', participantId: 'ana' } }),
];

async function openWith(planItems: PlanItem[], locale = 'en'): Promise<HTMLElement[]> {
  const storage = new MemoryStorageAdapter({ name: `item-lines-${Math.random()}` });
  const plan = readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' });
  const withItems: ServicePlan = { ...plan, subGoals: [{ id: 'sg-1', title: 'Everything', description: '', items: planItems }] };
  storage.seedRaw('servicePlan', { ...withItems, version: 2 });
  const element = await mountEditor({ storage, planId: 'plan-1', locale });
  const lines = $$(element, 'article[part~="item"]');
  element.remove();
  return lines;
}

/** A line as markup, without Lit's comment markers (a line is plain DOM once drawn). */
const markup = (line: Element) => line.outerHTML.replace(/<!--[^]*?-->/g, '');

describe('<service-plan-editor>: closed item lines', function () {
  // Nine editors opened one after another: on a loaded machine more than the default 20 s.
  this.timeout(60_000);
  it('says of each item exactly what the template says of it alone, whether drawn by the template or copied from a line of its shape', async () => {
    forgetLineShapes();
    const lines = await openWith(items);
    // A second editor on the page copies every line from the shapes the first one drew (round 8).
    const secondLines = await openWith(items);
    expect(lines.map((line) => line.dataset.itemId)).to.deep.equal(items.map((item) => item.id));
    for (const [index, item] of items.entries()) {
      // Forgotten first, so this line is drawn by the template, not copied.
      forgetLineShapes();
      const [alone] = await openWith([item]);
      expect(markup(lines[index]!), `the line of ${item.id}`).to.equal(markup(alone!));
      expect(markup(secondLines[index]!), `the line of ${item.id} in a second editor`).to.equal(markup(alone!));
    }
    // What the copies were made to say, as the user reads it.
    const line = (id: string) => lines.find((found) => found.dataset.itemId === id)!;
    expect(line('line-d').querySelector('button')!.textContent).to.equal('Visits & "calls", l\'école');
    expect(line('line-g').querySelector('button')!.textContent).to.equal('Tom & Jerry (50 %)');
    expect(line('line-d').classList.contains('overdue')).to.equal(true);
    expect(line('line-b').querySelector('.item-who')!.textContent).to.contain('Maria Souza');
  });

  it('holds no comment markers or indentation text in a closed line, drawn or copied (round 10: half its nodes), and says the same words', async () => {
    forgetLineShapes();
    const lines = await openWith(items);
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
      const inert: string[] = [];
      while (walker.nextNode()) if (walker.currentNode.nodeType === Node.COMMENT_NODE || walker.currentNode.textContent!.trim() === '') inert.push(JSON.stringify(walker.currentNode.textContent));
      expect(inert, `the line of ${line.dataset.itemId}`).to.deep.equal([]);
    }
    // Each text the user reads is still its own node, in its own box: name, who, dates, status, progress.
    const line = lines.find((found) => found.dataset.itemId === 'line-b')!;
    expect([...line.querySelectorAll('button, .item-who, .item-dates, .badge, .progress-text')].map((part) => part.textContent)).to.deep.equal(['Item line-b', 'Responsible: Maria Souza (mother)', '— to —', 'In progress', '0%']);
  });

  it('keeps the words of a closed line apart as they are read and copied, with no indentation text between its boxes (round 10)', async () => {
    forgetLineShapes();
    const storage = new MemoryStorageAdapter({ name: `item-lines-${Math.random()}` });
    const plan = readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' });
    const withItems: ServicePlan = { ...plan, subGoals: [{ id: 'sg-1', title: 'Everything', description: '', items }] };
    storage.seedRaw('servicePlan', { ...withItems, version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    for (const line of $$(element, 'article[part~="item"]')) {
      // Laid out even below the screen (content-visibility skips it there), so its text is what a reader gets.
      line.style.contentVisibility = 'visible';
      const read = line.innerText;
      // Every text of its own box ends where a space, a line break or the line's end follows, never glued to the next word.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode.textContent!.trim());
      let from = 0;
      for (const [index, text] of texts.entries()) {
        const at = read.indexOf(text, from);
        expect(at, `"${text}" in the line of ${line.dataset.itemId}: ${JSON.stringify(read)}`).to.be.at.least(0);
        from = at + text.length;
        if (index < texts.length - 1) expect(read.slice(from, from + 1), `after "${text}" in the line of ${line.dataset.itemId}: ${JSON.stringify(read)}`).to.match(/\s/);
      }
    }
    element.remove();
  });

  it('says its own language in an editor opened after one in another language (lines are copied only within a language)', async () => {
    forgetLineShapes();
    const english = await openWith(items);
    const spanish = await openWith(items, 'es');
    const overdue = (lines: HTMLElement[]) => lines.find((found) => found.dataset.itemId === 'line-d')!.querySelector('[part~="overdue"]')!.textContent;
    expect(overdue(english)).to.equal('Overdue');
    expect(overdue(spanish)).to.equal('Vencido');
    forgetLineShapes();
    const [alone] = await openWith([items[3]!], 'es');
    expect(markup(spanish[3]!)).to.equal(markup(alone!));
  });
});
