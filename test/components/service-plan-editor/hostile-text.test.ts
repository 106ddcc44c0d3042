// Text people typed, shown among other words: its direction controls never alter the words after it.
import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $$, mountEditor } from './helpers.js';

/** Left edges of `word`'s letters where the summary draws them, in the order they are written. */
function lettersDrawn(summary: HTMLElement, word: string): number[] {
  const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const start = node.data.lastIndexOf(word);
    if (start < 0) continue;
    return [...word].map((_, index) => {
      const range = document.createRange();
      range.setStart(node, start + index);
      range.setEnd(node, start + index + 1);
      return range.getBoundingClientRect().left;
    });
  }
  throw new Error(`"${word}" is not in the summary`);
}

describe('<service-plan-editor>: a need whose name ends in a right-to-left override', () => {
  it('the line naming the sub-goal\'s needs still reads the next need left to right', async () => {
    const storage = new MemoryStorageAdapter({ name: `hostile-text-${Math.random()}` });
    const plan = readyPlan({ needs: ['stable housing\u202E', 'parenting skills'] });
    const [first, second] = plan.subGoals;
    await storage.put('servicePlan', { ...plan, subGoals: [{ ...first!, addressesNeeds: ['stable housing\u202E', 'parenting skills'] }, second!] });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const summary = $$<HTMLElement>(element, 'details.need-links summary')[0]!;
    expect(summary.textContent).to.contain('parenting skills');
    const lefts = lettersDrawn(summary, 'parenting');
    expect(lefts.every((left, index) => index === 0 || left > lefts[index - 1]!), `"parenting" drawn in order: ${lefts.join(', ')}`).to.equal(true);
  });

  it('the needs section\'s coverage line naming it still reads the words after the name left to right', async () => {
    const storage = new MemoryStorageAdapter({ name: `hostile-coverage-${Math.random()}` });
    const plan = readyPlan({ needs: ['stable housing\u202E'] });
    const [first, second] = plan.subGoals;
    await storage.put('servicePlan', { ...plan, subGoals: [{ ...first!, addressesNeeds: ['stable housing\u202E'] }, second!] });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const line = $$<HTMLElement>(element, '[part~="need-coverage"] li')[0]!;
    expect(line.textContent).to.contain(first!.title);
    const word = first!.title.split(' ')[0]!;
    const lefts = lettersDrawn(line, word);
    expect(lefts.every((left, index) => index === 0 || left > lefts[index - 1]!), `"${word}" drawn in order: ${lefts.join(', ')}`).to.equal(true);
  });
});
