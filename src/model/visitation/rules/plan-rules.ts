import * as z from 'zod/mini';
import { violation, type Violation } from '../../shared/violation.js';
import { hasMarkup, loneSurrogates } from '../../shared/text.js';
import { parseWithViolations } from '../../shared/zod-violations.js';
import { VISIT_LIMITS, VisitationPlanContentSchema, type VisitationPlanContent } from '../plan.js';
import { occurrences } from '../recurrence.js';

type PlanContent = VisitationPlanContent;

/** The last day must not come before the first (the same day is a one-day plan). */
export function checkVisitationDates(plan: Pick<PlanContent, 'startDate' | 'endDate' | 'suspensions'>): Violation[] {
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
export function checkVisitationParticipants(plan: Pick<PlanContent, 'childId' | 'participants'>): Violation[] {
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
export function checkRecurrenceOccurs(plan: Pick<PlanContent, 'recurrence' | 'startDate' | 'endDate' | 'endedOn' | 'status' | 'suspensions' | 'timeZone'>): Violation[] {
  const recurrence = plan.recurrence;
  if (recurrence.type === 'every-n-weeks' && recurrence.weekdays.length === 0) {
    return [violation('visitation.plan.weekdays-required', ['recurrence', 'weekdays'])];
  }
  const last = [plan.endDate, plan.endedOn].filter((date): date is string => date !== undefined).sort()[0];
  if (last === undefined || last < plan.startDate || plan.status === 'ended') return [];
  // Which days visits fall on does not depend on their time or length: counted with a neutral one, so a
  // half-typed time or duration does not hold this message back.
  const planned = occurrences({ ...plan, timeOfDay: '12:00', durationMinutes: VISIT_LIMITS.minDurationMinutes }, plan.startDate, last);
  const count = planned.reduce((total, occurrence) => total + (occurrence.type === 'dated' ? 1 : occurrence.expected), 0);
  return count === 0 ? [violation('visitation.plan.recurrence-never-occurs', ['recurrence'], { start: plan.startDate, end: last })] : [];
}

/** Plain-text fields refuse markup: the form says so next to the field rather than storing `<script>`. */
export function checkVisitationText(plan: Pick<PlanContent, 'notes' | 'transport'>): Violation[] {
  const found: Violation[] = [];
  if (hasMarkup(plan.notes)) found.push(violation('visitation.notes-markup', ['notes']));
  if (plan.transport !== undefined && hasMarkup(plan.transport)) found.push(violation('visitation.notes-markup', ['transport']));
  return found;
}

/** A supervised or monitored visit names who supervises it before the plan becomes active. */
export function checkVisitationSupervisor(plan: Pick<PlanContent, 'supervision'>): Violation[] {
  const { level, supervisorId, supervisorName } = plan.supervision;
  if (level === 'unsupervised' || supervisorId !== undefined || (supervisorName ?? '').trim() !== '') return [];
  return [violation('visitation.plan.supervisor-required', ['supervision', 'supervisorName'], { level })];
}

/** A rule and the fields it reads: it runs whenever those fields are well-formed, whatever else is wrong. */
function ruleOn<K extends keyof PlanContent>(keys: readonly K[], check: (plan: Pick<PlanContent, K>) => Violation[]): (plan: unknown) => Violation[] {
  const mask = Object.fromEntries(keys.map((key) => [key, true])) as Partial<Record<keyof PlanContent, true>>;
  const fields = z.pick(VisitationPlanContentSchema, mask);
  return (plan) => {
    const parsed = z.safeParse(fields, plan);
    return parsed.success ? check(parsed.data as Pick<PlanContent, K>) : [];
  };
}

const planRules = [
  ruleOn(['startDate', 'endDate', 'suspensions'], checkVisitationDates),
  ruleOn(['childId', 'participants'], checkVisitationParticipants),
  ruleOn(['recurrence', 'startDate', 'endDate', 'endedOn', 'status', 'suspensions', 'timeZone'], checkRecurrenceOccurs),
  ruleOn(['notes', 'transport'], checkVisitationText),
];
const supervisorRule = ruleOn(['supervision'], checkVisitationSupervisor);

/**
 * Every rule a plan must pass to be saved, all in one pass: the shape of each field, and each rule
 * across fields whose fields are well-formed (an end before the start is said together with an empty
 * duration, not once the duration is fixed).
 */
export function validateVisitationPlan(plan: unknown): Violation[] {
  const parsed = parseWithViolations(VisitationPlanContentSchema, plan);
  const shape = parsed.ok ? [] : parsed.violations;
  return [...shape, ...planRules.flatMap((rule) => rule(plan)), ...loneSurrogates(plan)];
}

/** What a plan must pass to become active: everything for saving, and a named supervisor where needed. */
export function activationViolations(plan: unknown): Violation[] {
  return [...validateVisitationPlan(plan), ...supervisorRule(plan)];
}

/** What any save of a plan must pass: every rule, and for a plan already running what activation needs too (a named supervisor). */
export function visitationPlanSaveViolations(plan: { status: string }): Violation[] {
  return plan.status === 'draft' ? validateVisitationPlan(plan) : activationViolations(plan);
}
