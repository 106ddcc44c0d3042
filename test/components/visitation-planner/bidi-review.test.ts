// Review RB12 (adversarial): notes a caseworker writes in the UI's language that begin with a family member's
// Arabic name. `.notes` is now `unicode-bidi: plaintext`: the first strong letter (the name's) makes the whole
// paragraph right to left, so the English sentence after the name ends with its full stop drawn at the far
// left, before the first word, and the block is aligned right.
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

describe('<visitation-planner> (review RB12): an English note that begins with an Arabic name', () => {
  it('reads left to right: its closing full stop is drawn after its last word', async () => {
    const notes = 'يوسف brings the photo album. Visit went well.';
    const storage = new MemoryStorageAdapter();
    await storage.put('visitationPlan', { ...weeklyPlan(), notes }, { action: 'visitation-plan.created' });
    const element = await mountPlanner({ storage });
    await settle(element);
    const node = textNodesHolding(element, notes)[0]!;
    expect(node, 'the notes are shown').to.not.equal(undefined);
    const stop = leftOf(node, notes.length - 1);
    const lastWord = leftOf(node, notes.indexOf('well'));
    const firstWord = leftOf(node, notes.indexOf('brings'));
    expect(stop > lastWord && lastWord > firstWord, `full stop drawn at ${Math.round(stop)}, "well" at ${Math.round(lastWord)}, "brings" at ${Math.round(firstWord)}`).to.equal(true);
  });
});
