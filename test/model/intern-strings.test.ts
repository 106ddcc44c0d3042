import { expect } from '@open-wc/testing';
import { internStrings } from '../../src/model/intern-strings.js';
import { basicItem, readyPlan, unitItem } from './service-plan/fixtures.js';

describe('internStrings (equal strings of a stored record held once)', () => {
  it('gives back a deeply equal copy, field for field and in the same key order', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items.push(basicItem('item-9', { expectedStart: '2026-01-10' }), unitItem('item-10', 4, [1]));
    const interned = internStrings(structuredClone(plan));
    expect(interned).to.deep.equal(plan);
    expect(JSON.stringify(interned)).to.equal(JSON.stringify(plan));
  });

  it('leaves what it was given unchanged and shares no object or array with it (an edit to one never reaches the other)', () => {
    const stored = readyPlan();
    const before = JSON.stringify(stored);
    const interned = internStrings(stored);
    expect(JSON.stringify(stored)).to.equal(before);
    expect(interned).to.not.equal(stored);
    expect(interned.subGoals).to.not.equal(stored.subGoals);
    expect(interned.subGoals[0]!.items[0]).to.not.equal(stored.subGoals[0]!.items[0]);
    expect(interned.subGoals[0]!.items[0]!.source).to.not.equal(stored.subGoals[0]!.items[0]!.source);
    interned.subGoals[0]!.items[0]!.expectedOutcome = 'changed in the copy';
    (interned.participantIds as string[]).push('someone');
    expect(JSON.stringify(stored)).to.equal(before);
  });

  it('keeps primitives, null, empty containers and values that are not plain data as they are', () => {
    const date = new Date(0);
    const value = { text: 'a', n: 1, yes: true, none: null, missing: undefined, list: [], nested: { deeper: [['a', 'b']] }, date };
    const interned = internStrings(value);
    expect(interned).to.deep.equal(value);
    expect(interned.date).to.equal(date);
    expect('missing' in interned).to.equal(true);
    expect(internStrings('text')).to.equal('text');
    expect(internStrings(null)).to.equal(null);
    expect(internStrings([1, 'x', 'x'])).to.deep.equal([1, 'x', 'x']);
  });
});
