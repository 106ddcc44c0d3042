import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ServicePlanRevisionSchema, ServicePlanSchema, neverRevised, planMemberIds } from '../../../src/model/service-plan/plan.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';
import { parseWithViolations } from '../../../src/model/shared/zod-violations.js';
import { recordSchemas } from '../../../src/model/records.js';
import { readyPlan } from './fixtures.js';

describe('service plan record', () => {
  it('is registered with storage under servicePlan and servicePlanRevision', () => {
    expect(recordSchemas).to.include.keys('servicePlan', 'servicePlanRevision');
  });

  it('accepts a new empty draft and a filled case plan', () => {
    const draft = createDraftPlan({ id: 'p', caseId: 'c', planKind: 'service', createdBy: 'w', createdAt: '2026-01-05T10:00:00.000Z' });
    expect(z.safeParse(ServicePlanSchema, draft).success).to.equal(true);
    expect(z.safeParse(ServicePlanSchema, readyPlan()).success).to.equal(true);
  });

  it('starts a draft with the case primary client as a plan member and a six-month review interval', () => {
    const draft = createDraftPlan({ id: 'p', caseId: 'c', planKind: 'outcome', createdBy: 'w', createdAt: '2026-01-05T10:00:00.000Z', primaryClientId: 'leo' });
    expect(planMemberIds(draft)).to.deep.equal(['leo']);
    expect(draft.reviewSchedule.intervalMonths).to.equal(6);
    expect(draft.status).to.equal('draft');
    expect(draft.revision).to.equal(1);
  });

  it('gives a Violation pointing at the field for a 50 000-character note instead of failing', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items[0]!.clientInstructions = 'x'.repeat(50_000);
    const result = parseWithViolations(ServicePlanSchema, plan);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.violations).to.deep.equal([{ code: 'value.too-long', path: ['subGoals', 0, 'items', 0, 'clientInstructions'], params: { max: 10_000 } }]);
  });

  it('refuses a negative cost, markup in a sub-goal title and an empty custom item name', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.title = '<b>Parents</b>';
    plan.subGoals[0]!.items[0]!.cost = { amount: -5, currency: 'EUR' };
    plan.subGoals[1]!.items[0]!.source = { type: 'custom', name: '', purpose: 'x' };
    const result = parseWithViolations(ServicePlanSchema, plan);
    if (result.ok) throw new Error('expected violations');
    const found = result.violations.map((found) => `${found.code}@${found.path.join('.')}`);
    expect(found).to.include.members([
      'value.markup@subGoals.0.title',
      'plan.item.cost-negative@subGoals.0.items.0.cost.amount',
      'value.required@subGoals.1.items.0.source.name',
    ]);
  });

  it('refuses a currency that is not an ISO 4217 code and a responsibility of an unknown type', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items[0]!.cost = { amount: 10, currency: 'euros' };
    (plan.subGoals[0]!.items[1] as { responsibility: unknown }).responsibility = { type: 'neighbour' };
    const result = parseWithViolations(ServicePlanSchema, plan);
    if (result.ok) throw new Error('expected violations');
    expect(result.violations.map((found) => found.code)).to.include.members(['value.invalid-currency', 'value.invalid']);
  });

  it('keeps a superseded revision with the whole plan as it stood', () => {
    const plan = { ...readyPlan(), version: 4 };
    const snapshot = {
      id: 'plan-1.r1',
      version: 0,
      createdAt: '2026-03-10T10:00:00.000Z',
      updatedAt: '2026-03-10T10:00:00.000Z',
      updatedBy: 'worker-1',
      planId: 'plan-1',
      caseId: 'case-1',
      revision: 1,
      reason: 'court-hearing',
      supersededAt: '2026-03-10T10:00:00.000Z',
      plan,
    };
    expect(z.safeParse(ServicePlanRevisionSchema, snapshot).success).to.equal(true);
  });
});

describe('neverRevised', () => {
  it('holds for a plan drafted or submitted at its first revision, never activated', () => {
    expect(neverRevised(readyPlan()), 'a draft').to.equal(true);
    expect(neverRevised(readyPlan({ status: 'submitted' })), 'submitted').to.equal(true);
  });

  it('does not hold once a plan has been active, or for a later revision', () => {
    expect(neverRevised(readyPlan({ status: 'active', activatedOn: '2026-01-05' })), 'active').to.equal(false);
    expect(neverRevised(readyPlan({ status: 'under-review', revision: 2, activatedOn: '2026-01-05' })), 'a revision being written').to.equal(false);
    expect(neverRevised(readyPlan({ status: 'active', revision: 1 })), 'active with no activation day (older data)').to.equal(false);
    expect(neverRevised(readyPlan({ revision: 2 })), 'a draft at revision 2').to.equal(false);
    expect(neverRevised(readyPlan({ activatedOn: '2026-01-05' })), 'a draft with an activation day').to.equal(false);
    expect(neverRevised(readyPlan({ firstActivatedOn: '2026-01-05' })), 'a draft first activated once').to.equal(false);
  });
});
