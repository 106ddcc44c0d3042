import { expect } from '@open-wc/testing';
import { acceptsDecisions, acceptsExemptions, availableTransitions, nextPrimaryStep, recordApproval } from '../../../src/model/service-plan/lifecycle.js';
import { itemCount } from '../../../src/model/service-plan/progress.js';
import { planStatuses } from '../../../src/model/service-plan/plan.js';
import { participants, readyPlan, TODAY } from './fixtures.js';

describe('plan steps the views show (rules in the model, not in templates)', () => {
  it('lists the steps each status allows, in one order', () => {
    expect(availableTransitions('draft')).to.deep.equal(['submit', 'cancel']);
    expect(availableTransitions('submitted')).to.deep.equal(['withdraw', 'activate', 'cancel']);
    expect(availableTransitions('active')).to.deep.equal(['start-revision', 'complete', 'close', 'cancel']);
    expect(availableTransitions('under-review')).to.deep.equal(['complete-revision', 'cancel']);
    expect(availableTransitions('closed')).to.deep.equal([]);
  });

  it('names the step a plan works towards: submit a draft, complete a review, otherwise activate', () => {
    expect(nextPrimaryStep('draft')).to.equal('submit');
    expect(nextPrimaryStep('under-review')).to.equal('complete-revision');
    expect(nextPrimaryStep('submitted')).to.equal('activate');
  });

  it('takes decisions exactly where recordApproval accepts them, and exemptions before activation or in review', () => {
    for (const status of planStatuses) {
      const plan = readyPlan({ status });
      const recorded = recordApproval(plan, { participantId: plan.participantIds[0]!, decision: 'approved' }, { participants, today: TODAY });
      const refusedForStatus = !recorded.ok && recorded.violations.some((found) => found.code === 'plan.transition.not-allowed');
      expect(acceptsDecisions(status), status).to.equal(!refusedForStatus);
    }
    expect(['draft', 'submitted', 'under-review'].every((status) => acceptsExemptions(status as 'draft'))).to.equal(true);
    expect(acceptsExemptions('active')).to.equal(false);
  });

  it('counts the items across every sub-goal', () => {
    const plan = readyPlan();
    expect(itemCount(plan)).to.equal(plan.subGoals.flatMap((subGoal) => subGoal.items).length);
    expect(itemCount({ subGoals: [] })).to.equal(0);
  });
});
