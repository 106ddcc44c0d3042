import { expect } from '@open-wc/testing';
import { applyEdit } from '../../../src/model/service-plan/apply-edit.js';
import { diffPlanRevisions } from '../../../src/model/service-plan/diff.js';
import { validatePlan } from '../../../src/model/service-plan/rules/validate.js';
import { ServicePlanSchema, type ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import { participants, readyPlan, TODAY } from './fixtures.js';

let counter = 0;
const env = { today: TODAY, newId: () => `id-${(counter += 1)}` };

function edited(plan: ServicePlan, edit: PlanEdit): ServicePlan {
  const result = applyEdit(plan, edit, env);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.plan;
}

describe('safety plan', () => {
  it('holds danger signs, who does what, and family and community support; a plan without one still reads', () => {
    expect(ServicePlanSchema.safeParse(readyPlan()).success).to.equal(true);
    let plan = edited(readyPlan(), { type: 'set-danger-signs', dangerSigns: [' Ana drinks again ', '', 'Marcus shouts'] });
    plan = edited(plan, { type: 'add-safety-action', id: 'a1', action: 'Calls Rosa, who takes Leo to her home', participantId: 'maria' });
    plan = edited(plan, { type: 'add-safety-action', id: 'a2', action: 'Opens the door and stays until the worker comes', name: 'Mrs. Lee (neighbour)' });
    plan = edited(plan, { type: 'add-safety-support', id: 's1', name: 'Pastor Okafor', kind: 'community', contact: '555-0100', helpsWith: 'Rides to meetings' });
    expect(plan.safetyPlan).to.deep.equal({
      dangerSigns: ['Ana drinks again', 'Marcus shouts'],
      actions: [
        { id: 'a1', action: 'Calls Rosa, who takes Leo to her home', participantId: 'maria' },
        { id: 'a2', action: 'Opens the door and stays until the worker comes', name: 'Mrs. Lee (neighbour)' },
      ],
      supports: [{ id: 's1', name: 'Pastor Okafor', kind: 'community', contact: '555-0100', helpsWith: 'Rides to meetings' }],
    });
    expect(diffPlanRevisions(readyPlan(), plan, participants).map((change) => change.code)).to.include('plan.change.safety-plan');
    plan = edited(plan, { type: 'remove-safety-action', actionId: 'a2' });
    expect(plan.safetyPlan?.actions.map((entry) => entry.id)).to.deep.equal(['a1']);
  });

  it('is kept up to date on an active plan without a revision; an ended plan is a record', () => {
    const active = readyPlan({ status: 'active' });
    expect(applyEdit(active, { type: 'set-danger-signs', dangerSigns: ['Ana drinks again'] }, env).ok).to.equal(true);
    expect(applyEdit(readyPlan({ status: 'closed' }), { type: 'set-danger-signs', dangerSigns: ['x'] }, env).ok).to.equal(false);
  });

  it('says at the step when no one is named for it, and refuses an empty step or support name at its field', () => {
    const plan = edited(readyPlan(), { type: 'add-safety-action', id: 'a1', action: 'Calls the hotline' });
    expect(validatePlan(plan, { participants }).filter((found) => found.code === 'plan.safety.who-required').map((found) => found.path)).to.deep.equal([['safetyPlan', 'actions', 0, 'participantId']]);
    const empty = applyEdit(readyPlan(), { type: 'add-safety-action', action: '   ', participantId: 'maria' }, env);
    expect(!empty.ok && empty.violations.map((found) => found.path.join('.'))).to.deep.equal(['safetyPlan.actions.0.action']);
    const noName = applyEdit(readyPlan(), { type: 'add-safety-support', name: '', kind: 'community' }, env);
    expect(!noName.ok && noName.violations.map((found) => found.path.join('.'))).to.deep.equal(['safetyPlan.supports.0.name']);
  });
});
