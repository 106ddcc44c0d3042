import { violation, type Violation } from '../shared/violation.js';
import { keepingFields, restoreChanges, restoreSetAside, type SetAsideVersion } from '../set-aside.js';
import type { Contact } from './contact.js';
import { canEditVisitationPlan } from './lifecycle.js';
import type { VisitationPlan } from './plan.js';
import { contactSaveViolations } from './rules/contact-rules.js';
import { visitationPlanSaveViolations } from './rules/plan-rules.js';

export type RestoreResult<T> = { ok: true; record: T } | { ok: false; violations: Violation[] };

/** What only the plan's steps move (activate, suspend, resume, end): a restore leaves them as they are now. */
const planStepFields = ['status', 'activatedOn', 'endedOn', 'endReason', 'suspensions'] as const satisfies readonly (keyof VisitationPlan)[];

/** What the log's form never sets on a contact (its archive, its case, its author): a restore leaves them as they are now. */
const contactFixedFields = ['archived', 'caseId', 'authorId'] as const satisfies readonly (keyof Contact)[];

function restoreWithin<T extends VisitationPlan | Contact>(current: T, version: SetAsideVersion, fixed: readonly string[], onlyFixedCode: string, rules: (restored: T) => Violation[]): RestoreResult<T> {
  const kept = keepingFields(version, fixed);
  if (!restoreChanges(current, kept)) {
    return restoreChanges(current, version) ? { ok: false, violations: [violation(onlyFixedCode, [fixed[0]!])] } : { ok: true, record: current };
  }
  const restored = restoreSetAside(current, kept);
  const violations = rules(restored);
  return violations.length > 0 ? { ok: false, violations } : { ok: true, record: restored };
}

/**
 * A visitation plan's version set aside in a conflict, brought back onto the plan as stored now, or why
 * not. Its words, days and people come back; its status and steps never do (a plan ended or suspended
 * meanwhile stays so). Refused once the plan has ended (a record of what was agreed), when only its
 * steps differ, and when the plan brought back would break a rule any save must pass, said by the rule.
 */
export function restoreVisitationPlanVersion(current: VisitationPlan, version: SetAsideVersion): RestoreResult<VisitationPlan> {
  if (!canEditVisitationPlan(current)) return { ok: false, violations: [violation('visitation.plan.ended-read-only', ['status'])] };
  return restoreWithin(current, version, planStepFields, 'visitation.set-aside.restore-steps-only', visitationPlanSaveViolations);
}

/**
 * A contact's version set aside in a conflict, brought back onto the contact as stored now, or why not.
 * Refused on an archived contact (it is no longer changed), when only its archive, case or author
 * differ, and when the contact brought back would break a rule any save must pass (an outcome in the
 * future, a link to a plan that is not among `plans`...), said by the rule.
 */
export function restoreContactVersion(current: Contact, version: SetAsideVersion, context: { now: Date; plans: readonly VisitationPlan[] }): RestoreResult<Contact> {
  if (current.archived === true) return { ok: false, violations: [violation('contact.archived-read-only', ['archived'])] };
  return restoreWithin(current, version, contactFixedFields, 'contact.set-aside.restore-fixed-only', (restored) => contactSaveViolations(restored, context.now, context.plans));
}
