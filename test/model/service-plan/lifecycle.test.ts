import { expect } from '@open-wc/testing';
import { canTransition, recordApproval, revisionSnapshot, transitionBlockers, transitionPlan, type LifecycleContext } from '../../../src/model/service-plan/lifecycle.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';
import { participants, readyPlan, TODAY } from './fixtures.js';
import { TEXT_LIMITS } from '../../../src/model/shared/text.js';

const context: LifecycleContext = { participants, today: TODAY };
const codes = (found: { code: string }[]) => found.map((one) => one.code);

function step(plan: ServicePlan, transition: Parameters<typeof transitionPlan>[1], options = {}): ServicePlan {
  const result = transitionPlan(plan, transition, context, options);
  if (!result.ok) throw new Error(`${transition} refused: ${JSON.stringify(result.violations)}`);
  return result.plan;
}

function approve(plan: ServicePlan, ...ids: string[]): ServicePlan {
  return ids.reduce((current, participantId) => {
    const result = recordApproval(current, { participantId, decision: 'approved' }, context);
    if (!result.ok) throw new Error(JSON.stringify(result.violations));
    return result.plan;
  }, plan);
}

describe('plan lifecycle', () => {
  it('submits a complete draft, naming the history action; approvals start afresh', () => {
    const result = transitionPlan(readyPlan({ approvals: [{ participantId: 'joao', role: 'parent', decision: 'declined', date: '2026-03-01', comment: 'No' }] }), 'submit', context);
    expect(result.ok && result.plan.status).to.equal('submitted');
    expect(result.ok && result.plan.approvals).to.deep.equal([]);
    expect(result.ok && result.action).to.equal('plan.submitted');
  });

  it('refuses to submit an empty draft and says what is missing', () => {
    const draft = createDraftPlan({ id: 'p', caseId: 'c', planKind: 'service', createdBy: 'w', createdAt: '2026-01-05T10:00:00.000Z' });
    const result = transitionPlan(draft, 'submit', context);
    expect(result.ok).to.equal(false);
    expect(!result.ok && codes(result.violations)).to.deep.equal(['plan.goal.missing', 'plan.principal-missing', 'plan.sub-goals.missing']);
  });

  it('refuses to submit a plan that breaks a rule (an end before its start)', () => {
    const plan = readyPlan();
    plan.subGoals[0]!.items[0]!.expectedEnd = '2026-01-01';
    expect(codes(transitionBlockers(plan, 'submit', context))).to.deep.equal(['plan.item.end-before-start']);
  });

  it('activates only once every required approval is recorded, stamping the day', () => {
    const submitted = step(readyPlan(), 'submit');
    expect(canTransition(submitted, 'activate', context)).to.equal(false);
    expect(transitionBlockers(submitted, 'activate', context).map((found) => found.params?.name)).to.deep.equal(['Maria Souza', 'João Souza', 'Ana Souza']);
    const partly = approve(submitted, 'maria', 'joao');
    expect(codes(transitionBlockers(partly, 'activate', context))).to.deep.equal(['plan.approval.missing']);
    const active = step(approve(partly, 'ana'), 'activate');
    expect(active).to.include({ status: 'active', activatedOn: TODAY });
  });

  it('activates a service plan with no approvals when the host policy requires none (a case plan still needs a parent: approval-meaning.test.ts)', () => {
    const policy = { requiredRoles: [], ageRequiredRoles: [], minimumAge: 12, ageUnknownRequiredRoles: [], alsoRequiredParticipantIds: [] };
    expect(transitionPlan(step(readyPlan({ planKind: 'service' }), 'submit'), 'activate', { ...context, policy }).ok).to.equal(true);
  });

  it('sends a submitted plan back to draft when someone declines, keeping their comment', () => {
    const result = recordApproval(step(readyPlan(), 'submit'), { participantId: 'joao', decision: 'declined', comment: 'Visits are too rare' }, context);
    expect(result.ok && result.plan.status).to.equal('draft');
    expect(result.ok && result.plan.approvals).to.deep.equal([{ participantId: 'joao', role: 'parent', decision: 'declined', date: TODAY, comment: 'Visits are too rare', method: 'in-person-paper' }]);
    expect(result.ok && result.action).to.equal('plan.declined');
  });

  it('refuses a decline without a comment, an approval from someone not on the plan, and approving a draft', () => {
    const submitted = step(readyPlan(), 'submit');
    const noComment = recordApproval(submitted, { participantId: 'joao', decision: 'declined', comment: '  ' }, context);
    expect(!noComment.ok && codes(noComment.violations)).to.deep.equal(['plan.approval.comment-required']);
    const stranger = recordApproval(submitted, { participantId: 'aunt', decision: 'approved' }, context);
    expect(!stranger.ok && codes(stranger.violations)).to.deep.equal(['plan.approval.not-member']);
    const draft = recordApproval(readyPlan(), { participantId: 'maria', decision: 'approved' }, context);
    expect(!draft.ok && codes(draft.violations)).to.deep.equal(['plan.transition.not-allowed']);
  });

  it('withdraws a submitted plan to draft', () => {
    expect(step(step(readyPlan(), 'submit'), 'withdraw').status).to.equal('draft');
  });

  it('revises an active plan: a new revision under review, approved again, active again', () => {
    const active = step(approve(step(readyPlan(), 'submit'), 'maria', 'joao', 'ana'), 'activate');
    const underReview = step(active, 'start-revision');
    expect(underReview).to.include({ status: 'under-review', revision: 2 });
    expect(underReview.approvals).to.deep.equal([]);
    expect(canTransition(underReview, 'complete-revision', context)).to.equal(false);
    // A decline during a review keeps the plan under review: the active revision still stands.
    const declined = recordApproval(underReview, { participantId: 'joao', decision: 'declined', comment: 'Not yet' }, context);
    expect(declined.ok && declined.plan.status).to.equal('under-review');
    const again = step(approve(underReview, 'maria', 'joao', 'ana'), 'complete-revision');
    expect(again).to.include({ status: 'active', revision: 2, activatedOn: TODAY });
  });

  it('completes, closes with a reason, or cancels an active plan, stamping the end day', () => {
    const active = readyPlan({ status: 'active', activatedOn: '2026-01-10' });
    expect(step(active, 'complete')).to.include({ status: 'completed', endedOn: TODAY });
    expect(step(active, 'close', { closeReason: 'Family moved out of state' })).to.include({ status: 'closed', closeReason: 'Family moved out of state', endedOn: TODAY });
    expect(step(active, 'cancel')).to.include({ status: 'cancelled', endedOn: TODAY });
    const noReason = transitionPlan(active, 'close', context, { closeReason: ' ' });
    expect(!noReason.ok && codes(noReason.violations)).to.deep.equal(['plan.close-reason.missing']);
    const longReason = transitionPlan(active, 'close', context, { closeReason: 'x'.repeat(50_000) });
    expect(!longReason.ok && codes(longReason.violations)).to.deep.equal(['value.too-long']);
  });

  it('counts a close reason and an approval comment in characters as the schema does: an emoji is one, not two', () => {
    const emoji = '😀'.repeat(TEXT_LIMITS.medium); // 2 000 characters, 4 000 UTF-16 units
    const active = readyPlan({ status: 'active', activatedOn: '2026-01-10' });
    expect(transitionPlan(active, 'close', context, { closeReason: emoji }).ok, 'a close reason of 2 000 emoji').to.equal(true);
    const tooLong = transitionPlan(active, 'close', context, { closeReason: `${emoji}😀` });
    expect(!tooLong.ok && tooLong.violations).to.deep.equal([{ code: 'value.too-long', path: ['closeReason'], params: { max: TEXT_LIMITS.medium } }]);
    const declined = recordApproval(step(readyPlan(), 'submit'), { participantId: 'joao', decision: 'declined', comment: emoji }, context);
    expect(declined.ok, 'a comment of 2 000 emoji').to.equal(true);
  });

  it('refuses a step from the wrong status', () => {
    for (const [status, transition] of [
      ['draft', 'activate'],
      ['draft', 'withdraw'],
      ['submitted', 'submit'],
      ['active', 'complete-revision'],
      ['draft', 'start-revision'],
      ['completed', 'cancel'],
      ['closed', 'complete'],
      ['cancelled', 'close'],
    ] as const) {
      const result = transitionPlan(readyPlan({ status }), transition, context, { closeReason: 'x' });
      expect(!result.ok && codes(result.violations), `${transition} from ${status}`).to.deep.equal(['plan.transition.not-allowed']);
    }
  });

  it('snapshots the superseded revision whole, under an id derived from plan and revision', () => {
    const plan = { ...readyPlan({ status: 'active' }), version: 7 };
    const snapshot = revisionSnapshot(plan, 'court-hearing', '2026-03-10T14:00:00.000Z', 'worker-1');
    expect(snapshot).to.include({ id: 'plan-1.r1', planId: 'plan-1', caseId: 'case-1', revision: 1, reason: 'court-hearing', version: 0, updatedBy: 'worker-1' });
    expect(snapshot.plan).to.deep.equal(plan);
    expect(snapshot.plan).not.to.equal(plan);
  });
});
