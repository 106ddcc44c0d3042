import { expect } from '@open-wc/testing';
import { mergePlans } from '../../../src/model/service-plan/merge.js';
import { readyPlan } from './fixtures.js';

describe('merging two edited versions of a plan', () => {
  it('keeps what each side changed when they changed different things', () => {
    const base = readyPlan();
    const mine = structuredClone(base);
    const theirs = structuredClone(base);
    mine.goal.title = 'Mine';
    mine.subGoals[0]!.title = 'Parenting, retitled by me';
    theirs.needs = ['sobriety'];
    theirs.subGoals.push({ id: 'sg-theirs', title: 'Schooling', description: '', items: [] });
    theirs.milestones = [];
    const { plan, conflicts } = mergePlans(base, mine, theirs);
    expect(plan.goal.title).to.equal('Mine');
    expect(plan.needs).to.deep.equal(['sobriety']);
    expect(plan.subGoals.map((subGoal) => subGoal.title)).to.deep.equal(['Parenting, retitled by me', 'Stable housing', 'Schooling']);
    expect(plan.milestones, 'their removal stands when I did not touch it').to.deep.equal([]);
    expect(conflicts).to.deep.equal([]);
  });

  it('keeps mine where both changed the same thing, and says where', () => {
    const base = readyPlan();
    const mine = structuredClone(base);
    const theirs = structuredClone(base);
    mine.goal = { title: 'Mine', description: '' };
    theirs.goal = { title: 'Theirs', description: '' };
    mine.subGoals[1]!.title = 'Housing (mine)';
    theirs.subGoals[1]!.title = 'Housing (theirs)';
    const { plan, conflicts } = mergePlans(base, mine, theirs);
    expect(plan.goal.title).to.equal('Mine');
    expect(plan.subGoals[1]?.title).to.equal('Housing (mine)');
    expect(conflicts).to.deep.equal([['goal'], ['subGoals', 'sg-2']]);
  });

  it('never throws away an edit: a sub-goal I changed survives their removal, and one they changed survives mine', () => {
    const base = readyPlan();
    const mine = structuredClone(base);
    const theirs = structuredClone(base);
    mine.subGoals[0]!.description = 'Added detail';
    theirs.subGoals.splice(0, 1);
    theirs.subGoals[0]!.description = 'Their detail';
    mine.subGoals.splice(1, 1);
    const { plan, conflicts } = mergePlans(base, mine, theirs);
    expect(plan.subGoals.map((subGoal) => [subGoal.id, subGoal.description])).to.have.deep.members([
      ['sg-1', 'Added detail'],
      ['sg-2', 'Their detail'],
    ]);
    expect(conflicts).to.have.deep.members([['subGoals', 'sg-1'], ['subGoals', 'sg-2']]);
  });

  it('takes storage metadata from theirs, so the merged plan is written over their version', () => {
    const base = readyPlan();
    const theirs = { ...structuredClone(base), version: 5, updatedBy: 'other' };
    const mine = { ...structuredClone(base), version: 3 };
    mine.strengths = ['Supportive grandmother'];
    const { plan } = mergePlans(base, mine, theirs);
    expect(plan).to.include({ version: 5, updatedBy: 'other' });
    expect(plan.strengths).to.deep.equal(['Supportive grandmother']);
  });
});
