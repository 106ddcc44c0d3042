import { expect } from '@open-wc/testing';
import { abandonRevision, restoreRevisionRefusals } from '../../../src/model/service-plan/abandon-revision.js';
import { restoreSetAside, setAsideWhole } from '../../../src/model/set-aside.js';
import { revisionSnapshot, transitionPlan, type LifecycleContext } from '../../../src/model/service-plan/lifecycle.js';
import type { PlanStatus, ServicePlan } from '../../../src/model/service-plan/plan.js';
import { participants, readyPlan, TODAY } from './fixtures.js';

const context: LifecycleContext = { participants, today: TODAY };

/** An active plan (stored at version 4) and the revision started on it, with its snapshot of the active version. */
function revising(): { active: ServicePlan; working: ServicePlan; snapshot: ReturnType<typeof revisionSnapshot> } {
  const active = readyPlan({ status: 'active', activatedOn: '2026-02-01', version: 4 });
  const started = transitionPlan(active, 'start-revision', context);
  if (!started.ok) throw new Error(JSON.stringify(started.violations));
  const snapshot = revisionSnapshot(active, 'change-of-circumstances', '2026-03-10T10:00:00.000Z', 'worker-1');
  // The revision's working copy: a new goal, written once since (version 6).
  const working = { ...started.plan, version: 6, updatedBy: 'worker-2', goal: { title: 'A goal rewritten in the revision', description: '' } };
  return { active, working, snapshot };
}

describe('abandoning a revision (model rule)', () => {
  it('gives back the active version exactly as it was, carrying the stored version, and the working copy to set aside', () => {
    const { active, working, snapshot } = revising();
    const result = abandonRevision(working, [snapshot]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { version, updatedAt, updatedBy, ...content } = result.plan;
    const { version: _v, updatedAt: _a, updatedBy: _b, ...activeContent } = active;
    expect(content, 'the active version, field by field').to.deep.equal(activeContent);
    expect({ version, updatedAt, updatedBy }, 'the write carries the version it was read at').to.deep.equal({ version: 6, updatedAt: working.updatedAt, updatedBy: 'worker-2' });
    expect(result.plan.status).to.equal('active');
    expect(result.setAside).to.deep.equal(working);
    expect(result.action).to.equal('plan.revision-abandoned');
    expect(working.goal.title, 'the working copy given is never changed').to.equal('A goal rewritten in the revision');
  });

  it('is allowed only while revising: every other status is refused with a reason', () => {
    const { working, snapshot } = revising();
    const statuses: PlanStatus[] = ['draft', 'submitted', 'active', 'completed', 'closed', 'cancelled'];
    for (const status of statuses) {
      const result = abandonRevision({ ...working, status }, [snapshot]);
      expect(result.ok, status).to.equal(false);
      expect(!result.ok && result.violations.map((found) => found.code), status).to.deep.equal(['plan.revision.abandon-not-revising']);
    }
  });

  it('is refused when the active version is not kept (no snapshot of the revision before, or one of another plan)', () => {
    const { working, snapshot } = revising();
    const codes = (result: ReturnType<typeof abandonRevision>) => (result.ok ? [] : result.violations.map((found) => found.code));
    expect(codes(abandonRevision(working, []))).to.deep.equal(['plan.revision.abandon-no-active-version']);
    expect(codes(abandonRevision(working, [{ ...snapshot, revision: working.revision, id: `${working.id}.r${working.revision}` }]))).to.deep.equal(['plan.revision.abandon-no-active-version']);
    expect(codes(abandonRevision(working, [{ ...snapshot, plan: { ...snapshot.plan, id: 'another-plan' } }]))).to.deep.equal(['plan.revision.abandon-no-active-version']);
  });
});

describe('restoring an abandoned revision (model rule)', () => {
  /** The revision abandoned: the plan is its active version again, the working copy set aside. */
  function abandoned() {
    const { active, working, snapshot } = revising();
    const result = abandonRevision(working, [snapshot]);
    if (!result.ok) throw new Error(JSON.stringify(result.violations));
    const version = setAsideWhole({ id: 'abandoned-1', recordKind: 'servicePlan', reason: 'revision-abandoned', setAside: result.setAside, written: result.plan, by: 'worker-1', at: '2026-03-11T09:00:00.000Z' });
    return { active: result.plan, working, version, before: active };
  }
  const codes = (current: ServicePlan, version: ReturnType<typeof abandoned>['version']) => restoreRevisionRefusals(current, version).map((found) => found.code);

  it('is allowed on the version it was abandoned to: the revision is under way again, later changes on other fields kept', () => {
    const { active, working, version } = abandoned();
    expect(codes(active, version)).to.deep.equal([]);
    const since = { ...active, needs: [...active.needs, 'transport to visits'] };
    expect(codes(since, version), 'an edit made since on the active plan does not stop it').to.deep.equal([]);
    const restored = restoreSetAside(since, version);
    expect(restored.status).to.equal('under-review');
    expect(restored.revision).to.equal(working.revision);
    expect(restored.goal.title).to.equal('A goal rewritten in the revision');
    expect(restored.needs).to.deep.equal(since.needs);
  });

  it('is refused while another revision is in progress', () => {
    const { active, version } = abandoned();
    const again = transitionPlan(active, 'start-revision', context);
    if (!again.ok) throw new Error(JSON.stringify(again.violations));
    expect(codes(again.plan, version)).to.deep.equal(['plan.revision.restore-other-in-progress']);
  });

  it('is refused once the plan is no longer active (completed, closed, cancelled since)', () => {
    const { active, version } = abandoned();
    for (const status of ['completed', 'closed', 'cancelled', 'draft', 'submitted'] as PlanStatus[]) {
      expect(codes({ ...active, status }, version), status).to.deep.equal(['plan.revision.restore-not-active']);
    }
  });

  it('is refused when the plan was revised since (restoring would undo that revision)', () => {
    const { active, version } = abandoned();
    const started = transitionPlan(active, 'start-revision', context);
    if (!started.ok) throw new Error(JSON.stringify(started.violations));
    // That later revision completed (approved): active again, at its own revision.
    const completed: ServicePlan = { ...started.plan, status: 'active' };
    expect(codes(completed, version)).to.deep.equal(['plan.revision.restore-revised-since']);
  });

  it('is refused when a field the revision changed was changed differently on the active plan since (it would be overwritten)', () => {
    const { active, version } = abandoned();
    const since: ServicePlan = { ...active, goal: { ...active.goal, title: 'A goal rewritten on the active plan after' } };
    expect(codes(since, version)).to.deep.equal(['plan.revision.restore-changed-since']);
    // The same value on both sides overwrites nothing.
    const same: ServicePlan = { ...active, goal: { ...active.goal, title: 'A goal rewritten in the revision' } };
    expect(codes(same, version)).to.deep.equal([]);
  });

  it('leaves versions set aside in conflicts to the ordinary restore', () => {
    const { active, version } = abandoned();
    expect(codes({ ...active, status: 'closed' }, { ...version, resolution: 'keep-mine' })).to.deep.equal([]);
  });
});
