import { violation, type Violation } from '../shared/violation.js';
import { historyActions } from '../history-actions.js';
import { revisionRecordId, type ServicePlan, type ServicePlanRevision } from './plan.js';

export type AbandonRevisionResult =
  | {
      ok: true;
      /** The plan as it was active before the revision began, to write over the working copy (same id and stored version). */
      plan: ServicePlan;
      /** The working copy of the revision, to set aside (readable in the plan's history, restorable). */
      setAside: ServicePlan;
      action: typeof historyActions.plan.revisionAbandoned;
    }
  | { ok: false; violations: Violation[] };

/**
 * Abandons a revision: allowed only while the plan is under review (revising), and only when the
 * version that was active when revising began is kept (its revision snapshot). That active version
 * becomes the plan again, exactly as it was; the working copy (with every change made since revising
 * began, approvals collected for it included) is handed back to be set aside, never dropped.
 * `revisions` are the plan's kept snapshots (stored or about to be).
 */
export function abandonRevision(plan: ServicePlan, revisions: readonly ServicePlanRevision[]): AbandonRevisionResult {
  if (plan.status !== 'under-review') return { ok: false, violations: [violation('plan.revision.abandon-not-revising', ['status'])] };
  const activeId = revisionRecordId(plan.id, plan.revision - 1);
  const active = revisions.find((snapshot) => snapshot.id === activeId);
  if (!active || active.plan.id !== plan.id) return { ok: false, violations: [violation('plan.revision.abandon-no-active-version', ['revision'])] };
  // Storage bookkeeping stays the working copy's: the write carries the version it was read at.
  const restored: ServicePlan = { ...structuredClone(active.plan), version: plan.version, updatedAt: plan.updatedAt, updatedBy: plan.updatedBy };
  return { ok: true, plan: restored, setAside: structuredClone(plan), action: historyActions.plan.revisionAbandoned };
}
