import { expect } from '@open-wc/testing';
import { shareUnchanged } from '../../src/model/share-unchanged.js';
import { basicItem, readyPlan } from './service-plan/fixtures.js';

describe('shareUnchanged (an edited copy keeps the unchanged parts of the plan it came from)', () => {
  it('returns the previous plan itself when the copy is deeply equal', () => {
    const plan = readyPlan();
    expect(shareUnchanged(plan, structuredClone(plan))).to.equal(plan);
  });

  it('shares every untouched item and sub-goal, and gives the changed path new objects with the new value', () => {
    const plan = readyPlan();
    const next = structuredClone(plan);
    next.subGoals[0]!.items[0]!.expectedOutcome = 'Leo sleeps at home';
    const shared = shareUnchanged(plan, next);
    expect(shared).to.not.equal(plan);
    expect(shared.subGoals[0]!.items[0]!.expectedOutcome).to.equal('Leo sleeps at home');
    expect(shared.subGoals[0]!.items[0]).to.not.equal(plan.subGoals[0]!.items[0]);
    expect(shared.subGoals[0]).to.not.equal(plan.subGoals[0]);
    expect(shared.goal).to.equal(plan.goal);
    expect(shared.participantIds).to.equal(plan.participantIds);
    plan.subGoals.slice(1).forEach((subGoal, index) => expect(shared.subGoals[index + 1]).to.equal(subGoal));
    expect(JSON.stringify(shared)).to.equal(JSON.stringify(next));
  });

  it('matches entries by id, so inserting an item first keeps the others shared', () => {
    const plan = readyPlan();
    const next = structuredClone(plan);
    next.subGoals[0]!.items.unshift(basicItem('item-new'));
    const shared = shareUnchanged(plan, next);
    expect(shared.subGoals[0]!.items).to.have.length(plan.subGoals[0]!.items.length + 1);
    expect(shared.subGoals[0]!.items[0]!.id).to.equal('item-new');
    plan.subGoals[0]!.items.forEach((item, index) => expect(shared.subGoals[0]!.items[index + 1]).to.equal(item));
  });

  it('sees a removed field and an added field as changes', () => {
    const previous = { id: 'a', note: 'x', extra: 1 } as Record<string, unknown>;
    expect(shareUnchanged(previous, { id: 'a', note: 'x' })).to.deep.equal({ id: 'a', note: 'x' });
    expect(shareUnchanged(previous, { id: 'a', note: 'x', extra: 1, more: 2 })).to.not.equal(previous);
    expect(shareUnchanged([1, 2], [1, 2, 3])).to.deep.equal([1, 2, 3]);
    expect(shareUnchanged([1, 2, 3], [1, 2])).to.deep.equal([1, 2]);
  });
});
