import { expect } from '@open-wc/testing';
import { abandonRevision } from '../../../src/model/service-plan/abandon-revision.js';
import { restorePlanVersion } from '../../../src/model/service-plan/restore-set-aside.js';
import { setAsideOf, setAsideWhole, type ConflictResolution } from '../../../src/model/set-aside.js';
import { threeWayMerge } from '../../../src/model/shared/three-way-merge.js';
import { revisionSnapshot, transitionPlan } from '../../../src/model/service-plan/lifecycle.js';
import type { Approval, PlanStatus, ServicePlan } from '../../../src/model/service-plan/plan.js';
import { participants, readyPlan, TODAY } from './fixtures.js';

const MY_GOAL = 'Leo returns home, with weekly family sessions first';
const approval: Approval = { participantId: 'maria', role: 'parent', decision: 'approved', date: '2026-02-01' };

/**
 * A status step met an edit: I rewrote the goal of the draft while someone else submitted it. No base
 * (a status step), so the whole version not kept is set aside.
 */
function statusStepConflict(resolution: ConflictResolution) {
  const draft = readyPlan({ version: 3 });
  const mine: ServicePlan = { ...draft, goal: { ...draft.goal, title: MY_GOAL } };
  const theirs: ServicePlan = { ...draft, version: 4, status: 'submitted', updatedBy: 'worker-2', updatedAt: '2026-01-20T10:00:00.000Z' };
  const version = setAsideOf({ id: 'sa-1', recordKind: 'servicePlan', conflict: { mine, theirs, fields: [], choices: {} }, resolution, by: 'worker-1', at: '2026-01-20T11:00:00.000Z' });
  if (!version) throw new Error('nothing set aside');
  return { draft, mine, theirs, version };
}

/** The submitted plan approved since: active, with its approval and the day it became active. */
function approvedSince(theirs: ServicePlan): ServicePlan {
  return { ...theirs, version: 6, status: 'active', approvals: [approval], activatedOn: '2026-02-01', firstActivatedOn: '2026-02-01' };
}

const codes = (result: ReturnType<typeof restorePlanVersion>) => (result.ok ? [] : result.violations.map((found) => found.code));

describe('restoring a version set aside in a conflict onto a plan (model rule)', () => {
  it('brings back the words set aside, never the old status: the plan approved since stays active, its approvals and dates kept', () => {
    const { theirs, version } = statusStepConflict('take-theirs');
    expect((version.setAside as ServicePlan).status, 'the version set aside is a draft').to.equal('draft');
    const current = approvedSince(theirs);
    const result = restorePlanVersion(current, version);
    expect(codes(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.plan.goal.title, 'the goal as I wrote it').to.equal(MY_GOAL);
    expect(result.plan.status).to.equal('active');
    expect(result.plan.approvals).to.deep.equal([approval]);
    expect(result.plan.activatedOn).to.equal('2026-02-01');
    expect(result.plan.firstActivatedOn).to.equal('2026-02-01');
    expect(result.plan.revision).to.equal(current.revision);
    expect(result.plan.version, 'the write carries the version it was read at').to.equal(6);
  });

  it('never takes away lifecycle dates or a close reason the version set aside did not have', () => {
    const { theirs, version } = statusStepConflict('take-theirs');
    const revising = transitionPlan(approvedSince(theirs), 'start-revision', { participants, today: TODAY });
    if (!revising.ok) throw new Error(JSON.stringify(revising.violations));
    const result = restorePlanVersion(revising.plan, version);
    expect(codes(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.plan.status).to.equal('under-review');
    expect(result.plan.revision).to.equal(revising.plan.revision);
    expect(result.plan.activatedOn).to.equal(revising.plan.activatedOn);
    expect(result.plan.goal.title).to.equal(MY_GOAL);
  });

  it('is refused once the plan has ended (completed, closed, cancelled): it is a record', () => {
    const { theirs, version } = statusStepConflict('take-theirs');
    for (const status of ['completed', 'closed', 'cancelled'] as PlanStatus[]) {
      expect(codes(restorePlanVersion({ ...approvedSince(theirs), status, endedOn: '2026-06-01' }, version)), status).to.deep.equal(['plan.set-aside.restore-plan-ended']);
    }
  });

  it('is refused while the plan waits for approval (its text is what the family approves)', () => {
    const { theirs, version } = statusStepConflict('take-theirs');
    expect(codes(restorePlanVersion(theirs, version))).to.deep.equal(['plan.set-aside.restore-awaiting-approval']);
    // Withdrawn to a draft, the words come back.
    const withdrawn: ServicePlan = { ...theirs, status: 'draft' };
    const result = restorePlanVersion(withdrawn, version);
    expect(result.ok && result.plan.goal.title).to.equal(MY_GOAL);
    expect(result.ok && result.plan.status).to.equal('draft');
  });

  it('is refused when the version differs only in its lifecycle (a status step set aside): nothing else to bring back', () => {
    // They submitted the plan as I had it; I kept my draft: their submission (a status step, nothing else) was set aside.
    const { mine } = statusStepConflict('keep-mine');
    const theirs: ServicePlan = { ...mine, version: 4, status: 'submitted', updatedBy: 'worker-2' };
    const version = setAsideOf({ id: 'sa-3', recordKind: 'servicePlan', conflict: { mine, theirs, fields: [], choices: {} }, resolution: 'keep-mine', by: 'worker-1', at: '2026-01-20T11:00:00.000Z' });
    if (!version) throw new Error('nothing set aside');
    expect((version.setAside as ServicePlan).status).to.equal('submitted');
    expect(codes(restorePlanVersion(mine, version))).to.deep.equal(['plan.set-aside.restore-lifecycle-only']);
  });

  it('sets aside a status field by field the same way: a status both sides changed never comes back', () => {
    const base = readyPlan({ status: 'active', version: 4, activatedOn: '2026-02-01', approvals: [approval] });
    const mine: ServicePlan = { ...base, status: 'completed', endedOn: '2026-05-01' };
    const theirs: ServicePlan = { ...base, version: 5, status: 'under-review', revision: base.revision + 1, approvals: [], goal: { ...base.goal, title: 'Revised goal' } };
    const fields = threeWayMerge(base, mine, theirs).conflicts;
    expect(fields.map((field) => field.path.join('.'))).to.include('status');
    const version = setAsideOf({ id: 'sa-2', recordKind: 'servicePlan', conflict: { base, mine, theirs, fields, choices: {} }, resolution: 'take-theirs', by: 'worker-1', at: '2026-05-01T11:00:00.000Z' });
    if (!version) throw new Error('nothing set aside');
    const current: ServicePlan = { ...theirs, version: 6 };
    expect(codes(restorePlanVersion(current, version))).to.deep.equal(['plan.set-aside.restore-lifecycle-only']);
  });

  it('leaves a revision abandoned to its own rule: it comes back under way, or is refused with that rule\'s reason', () => {
    const active = readyPlan({ status: 'active', activatedOn: '2026-02-01', version: 4 });
    const started = transitionPlan(active, 'start-revision', { participants, today: TODAY });
    if (!started.ok) throw new Error(JSON.stringify(started.violations));
    const working: ServicePlan = { ...started.plan, version: 6, goal: { ...active.goal, title: 'A goal rewritten in the revision' } };
    const abandoned = abandonRevision(working, [revisionSnapshot(active, 'review', '2026-03-10T10:00:00.000Z', 'worker-1')]);
    if (!abandoned.ok) throw new Error(JSON.stringify(abandoned.violations));
    const version = setAsideWhole({ id: 'ab-1', recordKind: 'servicePlan', reason: 'revision-abandoned', setAside: abandoned.setAside, written: abandoned.plan, by: 'worker-1', at: '2026-03-11T09:00:00.000Z' });
    const restored = restorePlanVersion(abandoned.plan, version);
    expect(restored.ok && restored.plan.status).to.equal('under-review');
    expect(codes(restorePlanVersion({ ...abandoned.plan, status: 'closed' }, version))).to.deep.equal(['plan.revision.restore-not-active']);
  });
});
