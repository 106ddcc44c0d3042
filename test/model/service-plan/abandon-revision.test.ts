import { expect } from '@open-wc/testing';
import { abandonRevision } from '../../../src/model/service-plan/abandon-revision.js';
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
