// A plan's notes read in the direction most of their letters are written (dominantDirection sets dir="rtl"):
// an Arabic note is a right-to-left paragraph, its closing full stop at its left end. The English note that
// begins with an Arabic name stays left to right (bidi-review.test.ts).
import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { weeklyPlan } from '../contact-log/seed.js';
import { textNodesHolding } from '../shared/bidi.js';
import { mountPlanner, settle } from './helpers.js';

function leftOf(node: Text, at: number): number {
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + 1);
  return range.getBoundingClientRect().left;
}

describe('<visitation-planner>: a note written in Arabic', () => {
  it('reads right to left: its closing full stop is drawn left of its first word', async () => {
    const notes = 'تحضر الأم الألعاب with Ana.';
    const storage = new MemoryStorageAdapter();
    await storage.put('visitationPlan', { ...weeklyPlan(), notes }, { action: 'visitation-plan.created' });
    const element = await mountPlanner({ storage });
    await settle(element);
    const node = textNodesHolding(element, notes)[0]!;
    expect(node, 'the notes are shown').to.not.equal(undefined);
    const stop = leftOf(node, notes.length - 1);
    const firstWord = leftOf(node, 0);
    expect(stop < firstWord, `full stop drawn at ${Math.round(stop)}, the first word at ${Math.round(firstWord)}`).to.equal(true);
  });
});
