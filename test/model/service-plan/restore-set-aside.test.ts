import { expect } from '@open-wc/testing';
import { abandonRevision } from '../../../src/model/service-plan/abandon-revision.js';
import { restorePlanVersion } from '../../../src/model/service-plan/restore-set-aside.js';
import { pathCategory } from '../../../src/model/service-plan/edit-permissions.js';
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
  it('on an active plan, brings back what it records as it goes (a delivery), never the old status: approvals and dates kept', () => {
    const active = readyPlan({ status: 'active', version: 4, activatedOn: '2026-02-01', firstActivatedOn: '2026-02-01', approvals: [approval] });
    // I recorded a delivery on the active plan while a colleague started a revision (a status step: the whole version set aside).
    const delivery = { id: 'd-1', date: '2026-03-02', units: 1, note: 'Session 1' };
    const mine: ServicePlan = { ...active, subGoals: active.subGoals.map((subGoal, index) => (index === 0 ? { ...subGoal, items: subGoal.items.map((item, at) => (at === 0 ? { ...item, deliveries: [delivery] } : item)) } : subGoal)) };
    const started = transitionPlan(active, 'start-revision', { participants, today: TODAY });
    if (!started.ok) throw new Error(JSON.stringify(started.violations));
    const theirs: ServicePlan = { ...started.plan, version: 5 };
    const version = setAsideOf({ id: 'sa-4', recordKind: 'servicePlan', conflict: { mine, theirs, fields: [], choices: {} }, resolution: 'take-theirs', by: 'worker-1', at: '2026-03-02T11:00:00.000Z' });
    if (!version) throw new Error('nothing set aside');
    // The revision was approved since: active again, at its own revision, with its approval.
    const current: ServicePlan = { ...theirs, version: 7, status: 'active', activatedOn: '2026-03-05', approvals: [{ ...approval, date: '2026-03-05' }] };
    const result = restorePlanVersion(current, version);
    expect(codes(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.plan.subGoals[0]!.items[0]!.deliveries, 'the delivery as I recorded it').to.deep.equal([delivery]);
    expect(result.plan.status).to.equal('active');
    expect(result.plan.revision, 'never the revision set aside').to.equal(current.revision);
    expect(result.plan.approvals).to.deep.equal(current.approvals);
    expect(result.plan.activatedOn).to.equal('2026-03-05');
    expect(result.plan.version, 'the write carries the version it was read at').to.equal(7);
  });

  it('on an active plan, refuses to bring back its text (the goal): reshaping an approved plan takes a revision', () => {
    const { theirs, version } = statusStepConflict('take-theirs');
    expect((version.setAside as ServicePlan).status, 'the version set aside is a draft').to.equal('draft');
    const result = restorePlanVersion(approvedSince(theirs), version);
    expect(codes(result)).to.deep.equal(['plan.set-aside.restore-needs-revision']);
    expect(!result.ok && result.violations[0]!.path, 'at the field it would change').to.deep.equal(['goal', 'title']);
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

describe('what kind of change a change at a path is (pathCategory)', () => {
  it('names the progress an active plan records as it goes, and everything else content', () => {
    const progress: (string | number)[][] = [
      ['subGoals', 'sg-1', 'items', 'item-1', 'deliveries', 'd-1'],
      ['subGoals', 'sg-1', 'items', 'item-1', 'status'],
      ['subGoals', 'sg-1', 'items', 'item-1', 'actualEnd'],
      ['subGoals', 'sg-1', 'items', 'item-1', 'outcomeRating'],
      ['subGoals', 'sg-1', 'addressesNeeds'],
      ['milestones', 'ms-1', 'achievedDate'],
      ['reviews', 'r-1'],
      ['reviewSchedule', 'hearings'],
      ['needs'],
    ];
    const content: (string | number)[][] = [
      ['goal', 'title'],
      ['subGoals', 'sg-1', 'title'],
      ['subGoals', 'sg-1', 'items', 'item-1'],
      ['subGoals', 'sg-1', 'items', 'item-1', 'expectedOutcome'],
      ['milestones', 'ms-1', 'dueDate'],
      ['participantIds'],
    ];
    for (const path of progress) expect(pathCategory(path), path.join('.')).to.equal('progress');
    for (const path of content) expect(pathCategory(path), path.join('.')).to.equal('content');
    expect(pathCategory(['revisionRequests', 'rr-1', 'status'])).to.equal('feedback');
  });
});
