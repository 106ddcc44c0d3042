import { violation, type Violation } from '../shared/violation.js';
import { changesBetween } from '../history-versions.js';
import { keepingFields, restoreChanges, restoreSetAside, type SetAsideVersion } from '../set-aside.js';
import { restoreRevisionRefusals } from './abandon-revision.js';
import { editCategoriesByStatus, pathCategory } from './edit-permissions.js';
import type { ServicePlan } from './plan.js';

/**
 * The plan's lifecycle: its status and what its steps record (approvals, exemptions, revision number,
 * the days it became active or ended). Only the plan's steps (submit, approve, revise, close...) move it.
 */
const planLifecycleFields = ['status', 'closeReason', 'revision', 'approvals', 'approvalExemptions', 'activatedOn', 'firstActivatedOn', 'endedOn'] as const satisfies readonly (keyof ServicePlan)[];

type PlanRestoreResult = { ok: true; plan: ServicePlan } | { ok: false; violations: Violation[] };

/**
 * Why a version set aside in a conflict may not be brought back onto the plan as stored now. What a
 * caseworker expects of "restore" is the words that were set aside, never an old status: a status
 * step taken meanwhile (submitted, approved, closed) stays taken. So the lifecycle never comes back
 * (see `restorePlanVersion`), and the restore is refused where the same change could not be made by
 * hand either (`editCategoriesByStatus`): once the plan has ended (it is a record); while it waits for
 * approval (its text is what the family approves: withdraw it first); on an active plan, for anything
 * but its progress (reshaping an approved plan takes a revision); or when the version differs only in
 * its lifecycle (nothing else to bring back). The version stays readable in every case.
 */
function setAsideRestoreRefusals(current: ServicePlan, version: SetAsideVersion, restored: ServicePlan): Violation[] {
  const allowed = editCategoriesByStatus[current.status];
  if (allowed.length === 0) return [violation('plan.set-aside.restore-plan-ended', ['status'])];
  const changed = changesBetween(current, restored);
  if (changed.length === 0) return restoreChanges(current, version) ? [violation('plan.set-aside.restore-lifecycle-only', ['status'])] : [];
  const beyond = changed.find((change) => !allowed.includes(pathCategory(change.path)));
  if (!beyond) return [];
  if (current.status === 'submitted') return [violation('plan.set-aside.restore-awaiting-approval', ['status'])];
  return [violation('plan.set-aside.restore-needs-revision', [...beyond.path])];
}

/**
 * A version set aside brought back onto the plan as stored now, or why not. A revision abandoned comes
 * back as that revision, under way again (`restoreRevisionRefusals`); a conflict's losing side brings
 * back its fields' values with the plan's lifecycle left as it is now, where its status lets them change (`setAsideRestoreRefusals`).
 */
export function restorePlanVersion(current: ServicePlan, version: SetAsideVersion): PlanRestoreResult {
  if (version.resolution === 'revision-abandoned') {
    const refused = restoreRevisionRefusals(current, version);
    return refused.length > 0 ? { ok: false, violations: refused } : { ok: true, plan: restoreSetAside(current, version) };
  }
  const restored = restoreSetAside(current, keepingFields(version, planLifecycleFields));
  const refused = setAsideRestoreRefusals(current, version, restored);
  return refused.length > 0 ? { ok: false, violations: refused } : { ok: true, plan: restored };
}
