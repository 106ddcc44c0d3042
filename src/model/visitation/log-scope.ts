import type { Contact } from './contact.js';
import type { VisitationPlan } from './plan.js';

/** What one contact log covers: a child's contacts, else one visitation plan's, else the whole case's. */
export interface LogScope {
  caseId: string;
  childId: string | undefined;
  visitationPlanId: string | undefined;
}

/** Whether a contact belongs in the log: the child's, else the plan's, else the case's. */
export function contactInLog(scope: LogScope, contact: Pick<Contact, 'caseId' | 'childId' | 'visitationPlanId'>): boolean {
  if (scope.childId !== undefined) return contact.childId === scope.childId;
  if (scope.visitationPlanId !== undefined) return contact.visitationPlanId === scope.visitationPlanId;
  return contact.caseId === scope.caseId;
}

/** Whether a visitation plan belongs with the log (its contacts may link to it; its compliance is shown). */
export function planInLog(scope: LogScope, plan: Pick<VisitationPlan, 'id' | 'caseId' | 'childId'>): boolean {
  if (scope.childId !== undefined) return plan.childId === scope.childId;
  if (scope.visitationPlanId !== undefined) return plan.id === scope.visitationPlanId;
  return plan.caseId === scope.caseId;
}
