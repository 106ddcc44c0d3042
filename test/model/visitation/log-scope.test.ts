import { expect } from '@open-wc/testing';
import { contactInLog, planInLog } from '../../../src/model/visitation/log-scope.js';
import { linkablePlans } from '../../../src/model/visitation/rules/contact-rules.js';
import { contact, weeklyPlan } from './fixtures.js';

describe('which contacts and plans belong in a contact log', () => {
  const mine = contact('2026-02-03T16:00:00.000Z', { type: 'completed' }, { caseId: 'case-1', childId: 'child-1', visitationPlanId: 'plan-weekly' });
  const sibling = contact('2026-02-03T16:00:00.000Z', { type: 'completed' }, { caseId: 'case-1', childId: 'child-2' });
  const otherCase = contact('2026-02-03T16:00:00.000Z', { type: 'completed' }, { caseId: 'case-2', childId: 'child-9' });
  // Another case's contact naming this case's child and plan (RX, round 15: it was counted in this case).
  const otherCaseSameChild = contact('2026-02-03T16:00:00.000Z', { type: 'completed' }, { caseId: 'case-2', childId: 'child-1', visitationPlanId: 'plan-weekly' });

  it('a child log holds that child\'s contacts; a plan log that plan\'s; a case log the case\'s', () => {
    const child = { caseId: 'case-1', childId: 'child-1', visitationPlanId: undefined };
    const plan = { caseId: 'case-1', childId: undefined, visitationPlanId: 'plan-weekly' };
    const wholeCase = { caseId: 'case-1', childId: undefined, visitationPlanId: undefined };
    expect([mine, sibling, otherCase].map((entry) => contactInLog(child, entry))).to.deep.equal([true, false, false]);
    expect([mine, sibling, otherCase].map((entry) => contactInLog(plan, entry))).to.deep.equal([true, false, false]);
    expect([mine, sibling, otherCase].map((entry) => contactInLog(wholeCase, entry))).to.deep.equal([true, true, false]);
    expect(planInLog(child, weeklyPlan({ childId: 'child-1' }))).to.equal(true);
    expect(planInLog(child, weeklyPlan({ childId: 'child-2' }))).to.equal(false);
    expect(planInLog(plan, weeklyPlan({ id: 'another' }))).to.equal(false);
  });

  it('never holds another case\'s records, even naming this case\'s child or plan', () => {
    const scopes = [
      { caseId: 'case-1', childId: 'child-1', visitationPlanId: undefined },
      { caseId: 'case-1', childId: undefined, visitationPlanId: 'plan-weekly' },
      { caseId: 'case-1', childId: undefined, visitationPlanId: undefined },
    ];
    expect(scopes.map((scope) => contactInLog(scope, otherCaseSameChild))).to.deep.equal([false, false, false]);
    expect(scopes.map((scope) => planInLog(scope, weeklyPlan({ caseId: 'case-2', childId: 'child-1' })))).to.deep.equal([false, false, false]);
  });

  it('offers no draft plan for a new contact, but keeps the plan a contact is already linked to', () => {
    const plans = [weeklyPlan({ id: 'active', status: 'active' }), weeklyPlan({ id: 'draft', status: 'draft' })];
    expect(linkablePlans(plans, {}).map((plan) => plan.id)).to.deep.equal(['active']);
    expect(linkablePlans(plans, { visitationPlanId: 'draft' }).map((plan) => plan.id)).to.deep.equal(['active', 'draft']);
  });
});
