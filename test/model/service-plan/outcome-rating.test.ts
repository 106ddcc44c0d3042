import { expect } from '@open-wc/testing';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import { planProgress } from '../../../src/model/service-plan/progress.js';
import { OutcomeScaleSchema, scaleLabel, scaleLevels } from '../../../src/model/service-plan/outcome-scale.js';
import { ServicePlanSchema, type ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import { readyPlan, TODAY } from './fixtures.js';

const env = { today: TODAY, newId: () => 'x' };
function edited(plan: ServicePlan, edit: PlanEdit): ServicePlan {
  const result = applyEdit(plan, edit, env);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.plan;
}

describe('outcome ratings: progress is how parents use what they learn, apart from completion', () => {
  it('rates an item on the scale with evidence; overall progress shows completion and outcome side by side', () => {
    let plan = readyPlan({ status: 'active' });
    plan = edited(plan, { type: 'rate-item-outcome', itemId: 'item-1', level: 2, outOf: 3, evidence: ' Uses the bedtime routine with help ' });
    plan = edited(plan, { type: 'rate-item-outcome', itemId: 'item-3', level: 3, outOf: 3 });
    const item = plan.subGoals[0]!.items[0]!;
    expect(item.outcomeRating).to.deep.equal({ level: 2, outOf: 3, evidence: 'Uses the bedtime routine with help', date: TODAY });
    expect(item.status).to.equal('not-started');
    const overall = planProgress(plan).overall;
    expect(overall.ratedItems).to.equal(2);
    expect(overall.outcomeRatio).to.be.closeTo((2 / 3 + 1) / 2, 1e-9);
    expect(overall.ratio).to.equal(planProgress(readyPlan({ status: 'active' })).overall.ratio);
    expect(ServicePlanSchema.safeParse(plan).success).to.equal(true);
    plan = edited(plan, { type: 'rate-item-outcome', itemId: 'item-3', level: null });
    expect(plan.subGoals[1]!.items[0]).not.to.have.property('outcomeRating');
    expect(planProgress(plan).overall.ratedItems).to.equal(1);
  });

  it('has no outcome figure before anything is rated rather than claiming 0 %', () => {
    expect(planProgress(readyPlan()).overall).to.include({ outcomeRatio: undefined, ratedItems: 0 });
  });

  it('refuses a level above the scale, at the rating', () => {
    const result = applyEdit(readyPlan({ status: 'active' }), { type: 'rate-item-outcome', itemId: 'item-1', level: 5, outOf: 3 }, env);
    expect(!result.ok && result.violations.map((found) => found.path.join('.'))).to.deep.equal(['subGoals.0.items.0.outcomeRating.level']);
  });

  it('an agency scale: consecutive levels from 0, labels by language with the base language and then the first as fallback', () => {
    const scale = OutcomeScaleSchema.parse({ levels: [{ value: 0, labels: { en: 'None', fr: 'Aucun' } }, { value: 1, labels: { en: 'Some' } }, { value: 2, labels: { en: 'Full', es: 'Pleno' } }] });
    expect(scaleLevels(scale)).to.deep.equal({ values: [0, 1, 2], max: 2 });
    expect(scaleLevels(undefined)).to.deep.equal({ values: [0, 1, 2, 3], max: 3 });
    expect(scaleLabel(scale, 0, 'fr-CA')).to.equal('Aucun');
    expect(scaleLabel(scale, 1, 'fr')).to.equal('Some');
    expect(OutcomeScaleSchema.safeParse({ levels: [{ value: 0, labels: {} }, { value: 2, labels: {} }] }).success).to.equal(false);
    expect(OutcomeScaleSchema.safeParse({ levels: [{ value: 0, labels: {} }] }).success).to.equal(false);
  });
});
