import { expect } from '@open-wc/testing';
import { selectLifecycleRefusal } from '../../../src/machines/service-plan/selectors.js';
import { fillPlan, startPlanActor } from './harness.js';

describe('service plan machine: why a step is refused (selectLifecycleRefusal)', () => {
  it('explains a decline without a comment and an approval by someone outside the plan, and is empty for an allowed step', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    fillPlan(harness);
    expect(selectLifecycleRefusal(harness.actor.getSnapshot(), { type: 'SUBMIT' })).to.deep.equal([]);
    harness.send({ type: 'SUBMIT' });
    const submitted = harness.actor.getSnapshot();
    expect(submitted.context.plan?.status).to.equal('submitted');
    expect(selectLifecycleRefusal(submitted, { type: 'DECLINE', participantId: 'maria', comment: '  ' }).map((found) => found.code)).to.deep.equal(['plan.approval.comment-required']);
    expect(selectLifecycleRefusal(submitted, { type: 'APPROVE', participantId: 'aunt' }).map((found) => found.code)).to.deep.equal(['plan.approval.not-member']);
    expect(selectLifecycleRefusal(submitted, { type: 'COMPLETE' }).map((found) => found.code)).to.deep.equal(['plan.transition.not-allowed']);
    // The refused step changed nothing.
    harness.send({ type: 'DECLINE', participantId: 'maria', comment: '' });
    expect(harness.actor.getSnapshot().context.plan?.status).to.equal('submitted');
  });
});
