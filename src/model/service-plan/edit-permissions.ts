import { violation, type Violation } from '../shared/violation.js';
import type { ItemChanges, PlanEdit } from './edits.js';
import type { PlanStatus } from './plan.js';
import type { FieldPath } from '../shared/three-way-merge.js';

/**
 * What kind of change an edit is. `content` reshapes the plan (goal, sub-goals, items, who does what);
 * `progress` records what happened (item status, deliveries, actual dates, reviews, achieved milestones);
 * `feedback` is the family's voice (revision requests).
 */
export type EditCategory = 'content' | 'progress' | 'feedback';

// Needs and strengths are assessed throughout the case: linking an item to them is kept up to date on an active plan.
const progressItemFields: readonly (keyof ItemChanges)[] = ['actualStart', 'actualEnd', 'actualOutcome', 'addressesNeeds', 'buildsOnStrengths'];
const subGoalLinkFields = new Set(['type', 'subGoalId', 'addressesNeeds', 'buildsOnStrengths']);

export function editCategory(edit: PlanEdit): EditCategory {
  switch (edit.type) {
    case 'request-revision':
    case 'address-revision-request':
      return 'feedback';
    case 'set-item-status':
    case 'rate-item-outcome':
    case 'add-delivery':
    case 'remove-delivery':
    case 'add-appointment':
    case 'set-appointment-status':
    case 'remove-appointment':
    case 'record-review':
    case 'set-review-schedule':
    case 'add-hearing':
    case 'update-hearing':
    case 'remove-hearing':
    case 'set-danger-signs':
    case 'add-safety-action':
    case 'remove-safety-action':
    case 'add-safety-support':
    case 'remove-safety-support':
    case 'set-case-plan-detail':
    case 'set-needs':
    case 'set-strengths':
      // Needs and strengths are assessed throughout the case: updated on an active plan, with history, without a revision.
      // Reviews, hearings, the safety plan and the child's placement, health and school records follow events as they happen: kept up to date on an active plan, without a revision.
      return 'progress';
    case 'update-item':
      return Object.keys(edit.changes).every((field) => progressItemFields.includes(field as keyof ItemChanges)) ? 'progress' : 'content';
    case 'update-sub-goal':
      return Object.keys(edit).every((field) => subGoalLinkFields.has(field)) ? 'progress' : 'content';
    case 'update-milestone':
      return edit.title === undefined && edit.dueDate === undefined ? 'progress' : 'content';
    default:
      return 'content';
  }
}

/** Plan fields kept up to date on an active plan without a revision (what the `progress` edits write). */
const progressPlanFields = new Set(['reviews', 'reviewSchedule', 'safetyPlan', 'casePlanDetails', 'needs', 'strengths']);
/** An item's fields the `progress` edits write: the update-item fields above, its status, deliveries, rating and appointments. */
const progressItemPathFields = new Set<string>([...progressItemFields, 'status', 'deliveries', 'outcomeRating', 'appointments']);

/**
 * What kind of change a change at `path` is (a merge path: through lists by entry id), as `editCategory`
 * says of the edit that would make it: for a change that comes from no edit (a version restored).
 */
export function pathCategory(path: FieldPath): EditCategory {
  const [field, , inner, , itemField] = path.map(String);
  if (field === 'revisionRequests') return 'feedback';
  if (progressPlanFields.has(field ?? '')) return 'progress';
  if (field === 'milestones' && path.length === 3 && inner === 'achievedDate') return 'progress';
  if (field === 'subGoals' && path.length === 3 && (inner === 'addressesNeeds' || inner === 'buildsOnStrengths')) return 'progress';
  if (field === 'subGoals' && inner === 'items' && path.length >= 5 && progressItemPathFields.has(itemField ?? '')) return 'progress';
  return 'content';
}

/**
 * Which edits each status allows. A draft, and a plan under review, can be reshaped; a submitted plan
 * waits for approval unchanged; an active plan records progress (reshaping it means revising it, so
 * earlier versions stay readable); an ended plan is a record.
 */
export const editCategoriesByStatus: Record<PlanStatus, readonly EditCategory[]> = {
  draft: ['content', 'progress', 'feedback'],
  'under-review': ['content', 'progress', 'feedback'],
  submitted: ['feedback'],
  active: ['progress', 'feedback'],
  completed: [],
  closed: [],
  cancelled: [],
};

export function editAllowed(status: PlanStatus, edit: PlanEdit): boolean {
  return editCategoriesByStatus[status].includes(editCategory(edit));
}

export function checkEditAllowed(status: PlanStatus, edit: PlanEdit): Violation[] {
  return editAllowed(status, edit) ? [] : [violation('plan.edit.not-allowed', [], { status, edit: edit.type })];
}
