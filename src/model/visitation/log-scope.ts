import type { Contact } from './contact.js';
import type { VisitationPlan } from './plan.js';

/** What one contact log covers: a child's contacts, else one visitation plan's, else the whole case's. */
export interface LogScope {
  caseId: string;
  childId: string | undefined;
  visitationPlanId: string | undefined;
}

/**
 * Whether a contact belongs in the log: the case's, and of those the child's, else the plan's, else all.
 * A record of another case never counts here, even when it names this case's child or plan (written in
 * that case, imported, or forged in the database): its visits would be counted as kept in this case.
 */
export function contactInLog(scope: LogScope, contact: Pick<Contact, 'caseId' | 'childId' | 'visitationPlanId'>): boolean {
  if (contact.caseId !== scope.caseId) return false;
  if (scope.childId !== undefined) return contact.childId === scope.childId;
  if (scope.visitationPlanId !== undefined) return contact.visitationPlanId === scope.visitationPlanId;
  return true;
}

/** Whether a visitation plan belongs with the log (its contacts may link to it; its compliance is shown); never another case's. */
export function planInLog(scope: LogScope, plan: Pick<VisitationPlan, 'id' | 'caseId' | 'childId'>): boolean {
  if (plan.caseId !== scope.caseId) return false;
  if (scope.childId !== undefined) return plan.childId === scope.childId;
  if (scope.visitationPlanId !== undefined) return plan.id === scope.visitationPlanId;
  return true;
}
