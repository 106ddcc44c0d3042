import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { planShapeIssues } from '../../../src/model/service-plan/plan-shape.js';
import { ServicePlanContentSchema, type ServicePlan } from '../../../src/model/service-plan/plan.js';
import { basicItem, readyPlan } from './fixtures.js';

const fullIssues = (plan: unknown) => {
  const result = z.safeParse(ServicePlanContentSchema, plan);
  return result.success ? [] : result.error.issues;
};

/** A plan with problems at the plan level, in a sub-goal and in two items of different sub-goals. */
function faultyPlan(): ServicePlan {
  const plan = readyPlan();
  plan.goal.title = 'x'.repeat(5000);
  plan.subGoals[0]!.title = '';
  plan.subGoals[0]!.items.push(basicItem('item-bad-1', { expectedEnd: '2026-13-45', expectedOutcome: 'y'.repeat(60_000) }));
  plan.subGoals.at(-1)!.items.push({ ...basicItem('item-bad-2'), status: 'nonsense' } as never);
  return plan;
}

describe('planShapeIssues (the schema check of an edited plan, remembering unchanged items)', () => {
  it('finds nothing in a valid plan, like the full schema', () => {
    expect(planShapeIssues(readyPlan())).to.deep.equal([]);
    expect(fullIssues(readyPlan())).to.deep.equal([]);
  });

  it('gives exactly the full schema\'s findings, in the same order, with the same paths', () => {
    const plan = faultyPlan();
    expect(fullIssues(plan).length).to.be.greaterThan(3);
    expect(planShapeIssues(plan)).to.deep.equal(fullIssues(plan));
  });

  it('gives the right paths when a remembered item is checked again at another place', () => {
    const plan = faultyPlan();
    planShapeIssues(plan); // remembers the items
    const moved = { ...plan, subGoals: [...plan.subGoals].reverse() };
    expect(planShapeIssues(moved)).to.deep.equal(fullIssues(moved));
    expect(planShapeIssues(plan)).to.deep.equal(fullIssues(plan));
  });

  it('checks an item it has not seen (a changed item is a new object)', () => {
    const plan = readyPlan();
    expect(planShapeIssues(plan)).to.deep.equal([]);
    const first = plan.subGoals[0]!;
    const changed = { ...plan, subGoals: [{ ...first, items: [{ ...first.items[0]!, expectedStart: 'not a date' }, ...first.items.slice(1)] }, ...plan.subGoals.slice(1)] };
    const issues = planShapeIssues(changed);
    expect(issues).to.deep.equal(fullIssues(changed));
    expect(issues.map((issue) => issue.path.join('.'))).to.include('subGoals.0.items.0.expectedStart');
  });
});
