import { violation, type Violation } from '../shared/violation.js';
import { historyActions } from '../history-actions.js';
import type { SetAsideVersion } from '../set-aside.js';
import { threeWayMerge } from '../shared/three-way-merge.js';
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

/**
 * Whether a revision abandoned earlier may be restored onto the plan as stored now. Restoring it takes
 * the plan back into that revision (under review, with the working copy's changes), as if it had never
 * been abandoned; so, as a caseworker would expect, it is allowed only where that revision could still
 * go on: the plan active, at the very version the revision was abandoned to. Refused while another
 * revision is in progress (finish or abandon that one first), once the plan has ended (completed,
 * closed, cancelled), when the plan was revised since (restoring would undo that revision), or when a
 * field the revision changed was changed differently on the active plan since (it would be overwritten). The
 * abandoned revision stays readable in every case. Versions set aside in conflicts: `setAsideRestoreRefusals`.
 */
export function restoreRevisionRefusals(current: ServicePlan, version: SetAsideVersion): Violation[] {
  if (version.resolution !== 'revision-abandoned') return [];
  if (current.status === 'under-review') return [violation('plan.revision.restore-other-in-progress', ['status'])];
  if (current.status !== 'active') return [violation('plan.revision.restore-not-active', ['status'])];
  const abandonedTo = version.written as Partial<ServicePlan> | undefined;
  if (abandonedTo?.revision !== current.revision) return [violation('plan.revision.restore-revised-since', ['revision'])];
  // A field the revision changed and the active plan changed since, differently: restoring would write the
  // revision's value over the later one without anyone choosing it. Changes on other fields are kept.
  if (threeWayMerge(version.written, version.setAside, current).conflicts.length > 0) return [violation('plan.revision.restore-changed-since', ['revision'])];
  return [];
}
