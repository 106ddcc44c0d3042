import type { Contact } from './contact.js';
import type { VisitationPlan, VisitationPlanStatus } from './plan.js';
import { planCompliance, type ComplianceOptions } from './compliance.js';
import type { ComplianceCounts } from './compliance-counts.js';

/** One of the child's visitation plans as the case plan shows and prints it: what it is, its status, how it is kept. */
export interface CasePlanVisitation {
  planId: string;
  title: string | undefined;
  status: VisitationPlanStatus;
  /** The people who visit (participant ids, in the plan's order). */
  visitorIds: string[];
  courtOrdered: boolean;
  startDate: string;
  endDate: string | undefined;
  recurrence: VisitationPlan['recurrence'];
  mode: VisitationPlan['mode'];
  supervision: VisitationPlan['supervision']['level'];
  /**
   * Planned against actual from the plan's start to `now`, and this month (in the plan's time zone). While
   * damaged contacts exist, a visit that would be missed is `unjudged` instead, and no rate is given.
   */
  sinceStart: ComplianceCounts;
  currentMonth: ComplianceCounts & { month: string };
  /** Stored contacts of the case that could not be read when it was judged (see damaged-records.ts). */
  damagedContacts: number;
}

const statusOrder: Record<VisitationPlanStatus, number> = { active: 0, suspended: 1, draft: 2, ended: 3 };

/**
 * The child's visitation plans for the case plan (Cúram: visitation is part of the case plan; the
 * California flyer lists visitation plans among its contents): every plan of the child that is not
 * archived, active ones first, each with its compliance from the contact log at `now`. With
 * `damagedContacts` (contacts of the case that could not be read), no verdict they could change is given:
 * the contact log's and the planner's rule (`planCompliance`, damaged-records.ts).
 */
export function casePlanVisitation(plans: readonly VisitationPlan[], contacts: readonly Contact[], childId: string | undefined, now: Date, options: Pick<ComplianceOptions, 'damagedContacts'> = {}): CasePlanVisitation[] {
  return plans
    .filter((plan) => plan.archived !== true && (childId === undefined || plan.childId === childId))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.startDate.localeCompare(b.startDate))
    .map((plan) => {
      const compliance = planCompliance(plan, contacts, now, options);
      return {
        planId: plan.id,
        title: plan.title,
        status: plan.status,
        visitorIds: plan.participants.filter((participant) => participant.role === 'visitor').map((participant) => participant.participantId),
        courtOrdered: plan.basis.type === 'court-ordered',
        startDate: plan.startDate,
        endDate: plan.endDate,
        recurrence: plan.recurrence,
        mode: plan.mode,
        supervision: plan.supervision.level,
        sinceStart: compliance.sinceStart,
        currentMonth: compliance.current,
        damagedContacts: compliance.damagedContacts,
      };
    });
}

/**
 * The address of a visitation plan in the host's system, from a template with `{id}` (and optionally
 * `{caseId}`) in it; undefined without a template. Ids are URI-encoded.
 */
export function visitationPlanHref(template: string | undefined, planId: string, caseId: string): string | undefined {
  if (!template) return undefined;
  return template.replaceAll('{id}', encodeURIComponent(planId)).replaceAll('{caseId}', encodeURIComponent(caseId));
}
