import type { SnapshotFrom } from 'xstate';
import type { Violation } from '../../model/shared/violation.js';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import { nextOccurrences, type Occurrence } from '../../model/visitation/recurrence.js';
import { planCompliance, type PlanCompliance } from '../../model/visitation/compliance.js';
import { damagedContactCount } from '../../model/visitation/damaged-records.js';
import { findOverlaps, type PlanOverlap } from '../../model/visitation/overlap.js';
import { contactsOutsidePlan } from '../../model/visitation/rules/contact-rules.js';
import { canEditVisitationPlan, visitationPlanTransitions, type VisitationTransition } from '../../model/visitation/lifecycle.js';
import type { visitationPlannerMachine } from './planner-machine.js';
import { selectorCache } from '../shared/selector-cache.js';

export type VisitationPlannerSnapshot = SnapshotFrom<typeof visitationPlannerMachine>;

export type PlannerMode = 'loading' | 'load-failed' | 'idle' | 'editing' | 'saving' | 'save-failed' | 'conflict';

export function selectPlannerMode(snapshot: VisitationPlannerSnapshot): PlannerMode {
  if (snapshot.matches('loading')) return 'loading';
  if (snapshot.matches('loadFailed')) return 'load-failed';
  if (snapshot.matches({ ready: 'editing' })) return 'editing';
  if (snapshot.matches({ ready: 'saving' })) return 'saving';
  if (snapshot.matches({ ready: 'saveFailed' })) return 'save-failed';
  if (snapshot.matches({ ready: 'conflict' })) return 'conflict';
  return 'idle';
}


/** True when the plan open in the form was changed elsewhere since it was opened (saving will conflict). */
export function selectEditorOutdated(snapshot: VisitationPlannerSnapshot): boolean {
  const editor = snapshot.context.editor;
  if (!editor || editor.mode !== 'edit') return false;
  const stored = snapshot.context.plans.find((plan) => plan.id === editor.draft.id);
  return stored !== undefined && stored.version > editor.draft.version;
}

/** What the planner shows for one plan; every figure comes from the model. */
export interface PlanSummary {
  plan: VisitationPlan;
  /** The next visits (or, for "times per" plans, the current and next periods). */
  next: Occurrence[];
  compliance: PlanCompliance;
  /** Clashes with the child's other active plans. */
  overlaps: PlanOverlap[];
  /** Contacts linked to this plan that fall outside its dates or occurrences. */
  contactsOutside: { contactId: string; violations: Violation[] }[];
  transitions: VisitationTransition[];
  editable: boolean;
}

export const DEFAULT_UPCOMING_COUNT = 5;

// Keyed by the plans list, so several planners on one page each keep their own last result.
const summaryCache = selectorCache<VisitationPlan[], PlanSummary[]>();

/**
 * Each plan with its next occurrences, compliance, overlaps and allowed steps, judged at the
 * machine's `now`. Recomputed only when the plans, the contacts or the minute change. `graceDays`: the
 * agency's grace period for recording a visit before it counts as missed (see `planCompliance`). While
 * stored contacts cannot be read, no visit is judged missed and no period not met ('cannot-judge').
 */
export function selectPlanSummaries(snapshot: VisitationPlannerSnapshot, upcomingCount = DEFAULT_UPCOMING_COUNT, graceDays = 0): PlanSummary[] {
  const { plans, contacts, unreadable } = snapshot.context;
  const now = snapshot.context.now();
  const minute = Math.floor(now.getTime() / 60_000);
  const damagedContacts = damagedContactCount(unreadable);
  return summaryCache(plans, 'summaries', [contacts, minute, upcomingCount, graceDays, damagedContacts], () => {
    // Drafts too: a clash is worth knowing before the plan is activated.
    const overlaps = findOverlaps(plans, { statuses: ['active', 'draft'] });
    return plans.map(
      (plan): PlanSummary => ({
        plan,
        next: nextOccurrences(plan, now, upcomingCount),
        compliance: planCompliance(plan, contacts, now, { graceDays, damagedContacts }),
        overlaps: overlaps.filter((overlap) => overlap.planIds.includes(plan.id)),
        contactsOutside: contactsOutsidePlan(plan, contacts),
        transitions: visitationPlanTransitions(plan),
        editable: canEditVisitationPlan(plan),
      }),
    );
  });
}
