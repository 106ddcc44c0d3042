import { expect } from '@open-wc/testing';
import { activateVisitationPlan, visitationPlanTransitions, canEditVisitationPlan, endVisitationPlan, resumeVisitationPlan, suspendVisitationPlan } from '../../../src/model/visitation/lifecycle.js';
import { occurrences } from '../../../src/model/visitation/recurrence.js';
import { weeklyPlan } from './fixtures.js';

describe('visitation plan lifecycle', () => {
  it('activates a valid draft on the given day and refuses one missing a supervisor', () => {
    const draft = weeklyPlan({ status: 'draft', activatedOn: undefined });
    const result = activateVisitationPlan(draft, '2026-03-02');
    expect(result.ok && [result.plan.status, result.plan.activatedOn, result.action]).to.deep.equal(['active', '2026-03-02', 'visitation-plan.activated']);
    const unsupervised = activateVisitationPlan({ ...draft, supervision: { level: 'supervised' } }, '2026-03-02');
    expect(!unsupervised.ok && unsupervised.violations.map((one) => one.code)).to.deep.equal(['visitation.plan.supervisor-required']);
  });

  it('moves draft → active ⇄ suspended → ended and refuses other moves', () => {
    expect(visitationPlanTransitions(weeklyPlan({ status: 'draft' }))).to.deep.equal(['activate']);
    expect(visitationPlanTransitions(weeklyPlan())).to.deep.equal(['suspend', 'end']);
    expect(visitationPlanTransitions(weeklyPlan({ status: 'suspended' }))).to.deep.equal(['resume', 'end']);
    expect(visitationPlanTransitions(weeklyPlan({ status: 'ended' }))).to.deep.equal([]);
    const refused = resumeVisitationPlan(weeklyPlan(), '2026-03-10');
    expect(!refused.ok && refused.violations).to.deep.equal([
      { code: 'visitation.plan.transition-not-allowed', path: ['status'], params: { status: 'active', transition: 'resume' } },
    ]);
    expect(canEditVisitationPlan(weeklyPlan({ status: 'ended' }))).to.equal(false);
  });

  it('keeps each suspension with its reason, so the suspended visits are no longer expected', () => {
    const suspended = suspendVisitationPlan(weeklyPlan(), { reason: '  Mother in residential treatment ', from: '2026-03-09' });
    if (!suspended.ok) throw new Error('suspend refused');
    expect(suspended.plan.status).to.equal('suspended');
    expect(suspended.plan.suspensions).to.deep.equal([{ from: '2026-03-09', reason: 'Mother in residential treatment' }]);
    const resumed = resumeVisitationPlan(suspended.plan, '2026-03-23');
    if (!resumed.ok) throw new Error('resume refused');
    expect(resumed.plan.suspensions).to.deep.equal([{ from: '2026-03-09', to: '2026-03-22', reason: 'Mother in residential treatment' }]);
    expect(occurrences(resumed.plan, '2026-03-01', '2026-03-31').map((one) => one.key)).to.deep.equal(['2026-03-03T16:00', '2026-03-24T16:00', '2026-03-31T16:00']);
  });

  it('requires a reason to suspend', () => {
    const result = suspendVisitationPlan(weeklyPlan(), { reason: '   ', from: '2026-03-09' });
    expect(!result.ok && result.violations).to.deep.equal([{ code: 'visitation.plan.suspension-reason-required', path: ['reason'] }]);
  });

  it('keeps no period for a plan resumed the day it was suspended', () => {
    const suspended = suspendVisitationPlan(weeklyPlan(), { reason: 'Storm warning', from: '2026-03-10' });
    const resumed = suspended.ok ? resumeVisitationPlan(suspended.plan, '2026-03-10') : suspended;
    expect(resumed.ok && resumed.plan.suspensions).to.deep.equal([]);
  });

  it('ends a suspended plan: the open suspension closes and no visit is expected after that day', () => {
    const suspended = weeklyPlan({ status: 'suspended', suspensions: [{ from: '2026-03-12', reason: 'Court review' }] });
    const ended = endVisitationPlan(suspended, { today: '2026-03-20', reason: 'Reunified with mother' });
    if (!ended.ok) throw new Error('end refused');
    expect([ended.plan.status, ended.plan.endedOn, ended.plan.endReason]).to.deep.equal(['ended', '2026-03-20', 'Reunified with mother']);
    expect(ended.plan.suspensions).to.deep.equal([{ from: '2026-03-12', to: '2026-03-20', reason: 'Court review' }]);
    expect(occurrences(ended.plan, '2026-03-01', '2026-12-31').map((one) => one.key)).to.deep.equal(['2026-03-03T16:00', '2026-03-10T16:00']);
  });

  it('suspends from a day to a last day (both included), or until resumed; refuses a last day before the first with the missing reason at once', () => {
    const bounded = suspendVisitationPlan(weeklyPlan(), { reason: 'Court order of 5 March', from: '2026-03-09', to: '2026-03-22' });
    if (!bounded.ok) throw new Error('suspend refused');
    expect(bounded.plan.suspensions).to.deep.equal([{ from: '2026-03-09', to: '2026-03-22', reason: 'Court order of 5 March' }]);
    // The Tuesdays 10 and 17 March fall in it and are not expected; 24 March is again.
    expect(occurrences(bounded.plan, '2026-03-01', '2026-03-31').map((one) => one.key)).to.deep.equal(['2026-03-03T16:00', '2026-03-24T16:00', '2026-03-31T16:00']);
    const wrong = suspendVisitationPlan(weeklyPlan(), { reason: ' ', from: '2026-03-09', to: '2026-03-08' });
    expect(wrong.ok ? [] : wrong.violations.map((found) => `${found.code}@${found.path.join('.')}`)).to.deep.equal([
      'visitation.plan.suspension-reason-required@reason',
      'visitation.plan.suspension-end-before-start@suspensions.0.to',
    ]);
  });

  it('resumed before the suspension’s last day, it ends the day before the visits resume', () => {
    const bounded = suspendVisitationPlan(weeklyPlan(), { reason: 'Court order', from: '2026-03-09', to: '2026-04-30' });
    const resumed = bounded.ok ? resumeVisitationPlan(bounded.plan, '2026-03-20') : bounded;
    if (!resumed.ok) throw new Error('resume refused');
    expect(resumed.plan.suspensions).to.deep.equal([{ from: '2026-03-09', to: '2026-03-19', reason: 'Court order' }]);
    // A suspension whose last day already passed is kept as it was.
    const past = suspendVisitationPlan(weeklyPlan(), { reason: 'Court order', from: '2026-03-09', to: '2026-03-12' });
    const later = past.ok ? resumeVisitationPlan(past.plan, '2026-03-20') : past;
    expect(later.ok && later.plan.suspensions).to.deep.equal([{ from: '2026-03-09', to: '2026-03-12', reason: 'Court order' }]);
  });
});
