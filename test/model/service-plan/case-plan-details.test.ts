import { expect } from '@open-wc/testing';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import { ServicePlanSchema, type ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import { readyPlan, TODAY } from './fixtures.js';

const env = { today: TODAY, newId: () => 'id-1' };

function edited(plan: ServicePlan, edit: PlanEdit): ServicePlan {
  const result = applyEdit(plan, edit, env);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.plan;
}

describe('the sections 42 U.S.C. 675(1) asks a case plan for', () => {
  it('are written one by one, kept as typed, removed when emptied; a plan without them still reads', () => {
    expect(ServicePlanSchema.safeParse(readyPlan()).success).to.equal(true);
    let plan = edited(readyPlan(), { type: 'set-case-plan-detail', field: 'placement', value: 'With her maternal aunt, Rosa Lima ' });
    plan = edited(plan, { type: 'set-case-plan-detail', field: 'educationalStability', value: 'Stays at Lincoln Elementary; the district drives her.' });
    expect(plan.casePlanDetails).to.deep.equal({ placement: 'With her maternal aunt, Rosa Lima ', educationalStability: 'Stays at Lincoln Elementary; the district drives her.' });
    expect(ServicePlanSchema.safeParse(plan).success).to.equal(true);
    plan = edited(plan, { type: 'set-case-plan-detail', field: 'placement', value: '  ' });
    expect(plan.casePlanDetails).to.deep.equal({ educationalStability: 'Stays at Lincoln Elementary; the district drives her.' });
    plan = edited(plan, { type: 'set-case-plan-detail', field: 'educationalStability', value: '' });
    expect('casePlanDetails' in plan).to.equal(false);
  });

  it('are kept up to date on an active plan without a revision, and refuse an unknown section or a text past the limit', () => {
    const active = edited(readyPlan({ status: 'active' }), { type: 'set-case-plan-detail', field: 'health', value: 'Asthma; inhaler at school.' });
    expect(active.casePlanDetails?.health).to.equal('Asthma; inhaler at school.');
    expect(applyEdit(readyPlan(), { type: 'set-case-plan-detail', field: 'hobbies', value: 'x' }, env).ok).to.equal(false);
    expect(applyEdit(readyPlan(), { type: 'set-case-plan-detail', field: 'health', value: 'x'.repeat(10_001) }, env).ok).to.equal(false);
  });
});
