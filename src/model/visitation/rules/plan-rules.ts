import { violation, type Violation } from '../../shared/violation.js';
import { hasMarkup } from '../../shared/text.js';
import { parseWithViolations } from '../../shared/zod-violations.js';
import { VisitationPlanContentSchema, type VisitationPlanContent } from '../plan.js';
import { occurrences } from '../recurrence.js';

type PlanContent = VisitationPlanContent;

/** The last day must not come before the first (the same day is a one-day plan). */
export function checkVisitationDates(plan: PlanContent): Violation[] {
  const found: Violation[] = [];
  if (plan.endDate !== undefined && plan.endDate < plan.startDate) {
    found.push(violation('visitation.plan.end-before-start', ['endDate'], { start: plan.startDate, end: plan.endDate }));
  }
  plan.suspensions.forEach((period, index) => {
    if (period.to !== undefined && period.to < period.from) {
      found.push(violation('visitation.plan.suspension-end-before-start', ['suspensions', index, 'to'], { start: period.from, end: period.to }));
    }
  });
  return found;
}

/** A visit needs someone to meet the child: at least one participant besides the child, each listed once. */
export function checkVisitationParticipants(plan: PlanContent): Violation[] {
  const found: Violation[] = [];
  const others = plan.participants.filter((participant) => participant.participantId !== plan.childId && participant.role !== 'child');
  if (!others.some((participant) => participant.role === 'visitor')) {
    found.push(violation('visitation.plan.participant-required', ['participants']));
  }
  const seen = new Set<string>();
  plan.participants.forEach((participant, index) => {
    if (seen.has(participant.participantId)) found.push(violation('visitation.plan.participant-duplicate', ['participants', index, 'participantId']));
    seen.add(participant.participantId);
    if (participant.participantId === plan.childId && participant.role !== 'child') {
      found.push(violation('visitation.plan.child-role', ['participants', index, 'role']));
    }
  });
  return found;
}

/**
 * A recurrence that would never produce a visit: weekly with no weekday, or a plan whose dates are
 * shorter than its period (a monthly visit on the 20th in a plan from the 1st to the 10th).
 */
export function checkRecurrenceOccurs(plan: PlanContent): Violation[] {
  const recurrence = plan.recurrence;
  if (recurrence.type === 'every-n-weeks' && recurrence.weekdays.length === 0) {
    return [violation('visitation.plan.weekdays-required', ['recurrence', 'weekdays'])];
  }
  const last = [plan.endDate, plan.endedOn].filter((date): date is string => date !== undefined).sort()[0];
  if (last === undefined || last < plan.startDate || plan.status === 'ended') return [];
  const planned = occurrences(plan, plan.startDate, last);
  const count = planned.reduce((total, occurrence) => total + (occurrence.type === 'dated' ? 1 : occurrence.expected), 0);
  return count === 0 ? [violation('visitation.plan.recurrence-never-occurs', ['recurrence'], { start: plan.startDate, end: last })] : [];
}

/** Plain-text fields refuse markup: the form says so next to the field rather than storing `<script>`. */
export function checkVisitationText(plan: PlanContent): Violation[] {
  const found: Violation[] = [];
  if (hasMarkup(plan.notes)) found.push(violation('visitation.notes-markup', ['notes']));
  if (plan.transport !== undefined && hasMarkup(plan.transport)) found.push(violation('visitation.notes-markup', ['transport']));
  return found;
}

/** A supervised or monitored visit names who supervises it before the plan becomes active. */
export function checkVisitationSupervisor(plan: PlanContent): Violation[] {
  const { level, supervisorId, supervisorName } = plan.supervision;
  if (level === 'unsupervised' || supervisorId !== undefined || (supervisorName ?? '').trim() !== '') return [];
  return [violation('visitation.plan.supervisor-required', ['supervision', 'supervisorName'], { level })];
}

/** Every rule a plan must pass to be saved (shape first; rules only on a well-formed plan). */
export function validateVisitationPlan(plan: unknown): Violation[] {
  const parsed = parseWithViolations(VisitationPlanContentSchema, plan);
  if (!parsed.ok) return parsed.violations;
  const content = parsed.value;
  return [...checkVisitationDates(content), ...checkVisitationParticipants(content), ...checkRecurrenceOccurs(content), ...checkVisitationText(content)];
}

/** What a plan must pass to become active: everything for saving, and a named supervisor where needed. */
export function activationViolations(plan: unknown): Violation[] {
  const found = validateVisitationPlan(plan);
  const parsed = parseWithViolations(VisitationPlanContentSchema, plan);
  return parsed.ok ? [...found, ...checkVisitationSupervisor(parsed.value)] : found;
}
