import { expect } from '@open-wc/testing';
import { unfinishedItems } from '../../../src/model/service-plan/unfinished.js';
import { basicItem, readyPlan } from './fixtures.js';

describe('unfinishedItems: what completing or closing a plan leaves undone', () => {
  it('lists the items neither completed nor discontinued, in plan order, with their sub-goal', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items = [basicItem('a', { status: 'completed' }), basicItem('b', { status: 'in-progress' }), basicItem('c', { status: 'discontinued' })];
    plan.subGoals[1]!.items = [basicItem('d', { status: 'not-started' })];
    expect(unfinishedItems(plan).map((entry) => [entry.subGoalId, entry.item.id])).to.deep.equal([
      ['sg-1', 'b'],
      ['sg-2', 'd'],
    ]);
  });

  it('is empty when every item is finished one way or the other', () => {
    const plan = readyPlan();
    plan.subGoals = plan.subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.map((item, index) => ({ ...item, status: index % 2 === 0 ? ('completed' as const) : ('discontinued' as const) })) }));
    expect(unfinishedItems(plan)).to.deep.equal([]);
  });
});
