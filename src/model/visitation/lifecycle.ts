import { violation, type Violation } from '../shared/violation.js';
import type { SuspensionPeriod, VisitationPlan, VisitationPlanStatus } from './plan.js';
import { activationViolations, validateVisitationPlan } from './rules/plan-rules.js';
import { addDays, type CalendarDate } from '../shared/calendar.js';

/** The history action each change writes (WriteOptions.action). */
export const visitationActions = {
  planCreated: 'visitation-plan.created',
  planUpdated: 'visitation-plan.updated',
  planActivated: 'visitation-plan.activated',
  planSuspended: 'visitation-plan.suspended',
  planResumed: 'visitation-plan.resumed',
  planEnded: 'visitation-plan.ended',
  contactRecorded: 'contact.recorded',
  contactUpdated: 'contact.updated',
  contactArchived: 'contact.archived',
} as const;

export type VisitationTransition = 'activate' | 'suspend' | 'resume' | 'end';

/** draft → active ⇄ suspended → ended. */
const allowedFrom: Record<VisitationTransition, readonly VisitationPlanStatus[]> = {
  activate: ['draft'],
  suspend: ['active'],
  resume: ['suspended'],
  end: ['active', 'suspended'],
};

export function canTransitionVisitationPlan(plan: Pick<VisitationPlan, 'status'>, transition: VisitationTransition): boolean {
  return allowedFrom[transition].includes(plan.status);
}

export function visitationPlanTransitions(plan: Pick<VisitationPlan, 'status'>): VisitationTransition[] {
  return (Object.keys(allowedFrom) as VisitationTransition[]).filter((transition) => canTransitionVisitationPlan(plan, transition));
}

/** An ended plan is a record of what was agreed: it is no longer edited. */
export function canEditVisitationPlan(plan: Pick<VisitationPlan, 'status'>): boolean {
  return plan.status !== 'ended';
}

export type VisitationTransitionResult = { ok: true; plan: VisitationPlan; action: string } | { ok: false; violations: Violation[] };

function refused(plan: VisitationPlan, transition: VisitationTransition): VisitationTransitionResult {
  return { ok: false, violations: [violation('visitation.plan.transition-not-allowed', ['status'], { status: plan.status, transition })] };
}

/** Draft → active on `today`, once the plan passes every rule (supervisor named where needed). */
export function activateVisitationPlan(plan: VisitationPlan, today: CalendarDate): VisitationTransitionResult {
  if (!canTransitionVisitationPlan(plan, 'activate')) return refused(plan, 'activate');
  const violations = activationViolations(plan);
  if (violations.length > 0) return { ok: false, violations };
  return { ok: true, plan: { ...plan, status: 'active', activatedOn: plan.activatedOn ?? today }, action: visitationActions.planActivated };
}

/**
 * Active → suspended from `from` (today by default, or a date the court set) to `to` when the
 * suspension has a known last day (both included), or until the visits are resumed; the reason kept.
 * Every problem at once: no reason, and a last day before the first.
 */
export function suspendVisitationPlan(plan: VisitationPlan, input: { reason: string; from: CalendarDate; to?: CalendarDate | undefined }): VisitationTransitionResult {
  if (!canTransitionVisitationPlan(plan, 'suspend')) return refused(plan, 'suspend');
  const reason = input.reason.trim();
  const period: SuspensionPeriod = input.to === undefined ? { from: input.from, reason } : { from: input.from, to: input.to, reason };
  const next: VisitationPlan = { ...plan, status: 'suspended', suspensions: [...plan.suspensions, period] };
  // A missing reason is said at the step's reason field; the period's dates are checked as if it had one, so both come at once.
  const checked: VisitationPlan = reason === '' ? { ...next, suspensions: [...plan.suspensions, { ...period, reason: '…' }] } : next;
  const violations = [
    ...(reason === '' ? [violation('visitation.plan.suspension-reason-required', ['reason'])] : []),
    ...validateVisitationPlan(checked).filter((found) => found.path[0] === 'suspensions'),
  ];
  return violations.length > 0 ? { ok: false, violations } : { ok: true, plan: next, action: visitationActions.planSuspended };
}

/** The suspension under way (open, or ending today or later) ends on `lastDay`; one not yet begun is dropped. */
function closeOpenSuspension(suspensions: readonly SuspensionPeriod[], lastDay: CalendarDate): SuspensionPeriod[] {
  return suspensions.flatMap((period) => {
    if (period.to !== undefined && period.to <= lastDay) return [period];
    // Resumed on the day it was suspended (or before it began): no whole day was suspended, so no period is kept.
    if (lastDay < period.from) return [];
    return [{ ...period, to: lastDay }];
  });
}

/** Suspended → active on `today`: the suspension under way ends the day before, even if it was to run longer. */
export function resumeVisitationPlan(plan: VisitationPlan, today: CalendarDate): VisitationTransitionResult {
  if (!canTransitionVisitationPlan(plan, 'resume')) return refused(plan, 'resume');
  return { ok: true, plan: { ...plan, status: 'active', suspensions: closeOpenSuspension(plan.suspensions, addDays(today, -1)) }, action: visitationActions.planResumed };
}

/** Active or suspended → ended on `today`: no visit is expected after it. */
export function endVisitationPlan(plan: VisitationPlan, input: { today: CalendarDate; reason?: string }): VisitationTransitionResult {
  if (!canTransitionVisitationPlan(plan, 'end')) return refused(plan, 'end');
  const ended: VisitationPlan = {
    ...plan,
    status: 'ended',
    endedOn: input.today,
    suspensions: plan.suspensions.map((period) => (period.to === undefined ? { ...period, to: period.from > input.today ? period.from : input.today } : period)),
  };
  const reason = input.reason?.trim();
  if (reason) ended.endReason = reason;
  return { ok: true, plan: ended, action: visitationActions.planEnded };
}
