import type { PlanEdit } from './edits.js';
import type { ServicePlanContent } from './plan.js';

/** Edits that change only plan-level fields (never a sub-goal or an item). */
const PLAN_LEVEL: ReadonlySet<PlanEdit['type']> = new Set([
  'set-goal',
  'set-principal',
  'set-primary-client',
  'add-participant',
  'remove-participant',
  'set-permanency',
  'set-review-schedule',
  'record-review',
  'add-hearing',
  'update-hearing',
  'remove-hearing',
  'set-danger-signs',
  'add-safety-action',
  'remove-safety-action',
  'add-safety-support',
  'remove-safety-support',
  'request-revision',
  'address-revision-request',
]);

/** Edits that change one item, inside the sub-goal that holds it. */
const ONE_ITEM: ReadonlySet<PlanEdit['type']> = new Set(['update-item', 'set-item-status', 'rate-item-outcome', 'add-delivery', 'remove-delivery', 'add-appointment', 'set-appointment-status', 'remove-appointment']);

/**
 * The copy of `plan` an edit may change in place: deep copies of everything the edit can touch, the
 * same objects for every sub-goal it cannot (a goal title edit in a 1 000-item plan copies no item).
 * Edits that restructure the plan get a whole deep copy. The plan given is never changed.
 */
export function workingCopy<T extends ServicePlanContent>(plan: T, edit: PlanEdit): T {
  const oneItem = ONE_ITEM.has(edit.type) && 'itemId' in edit ? edit.itemId : undefined;
  if (!PLAN_LEVEL.has(edit.type) && oneItem === undefined) return structuredClone(plan);
  const { subGoals, ...rest } = plan;
  const shell = structuredClone(rest) as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  // Same key order as the plan (stored JSON stays as it was).
  for (const key of Object.keys(plan)) {
    copy[key] =
      key === 'subGoals'
        ? subGoals.map((subGoal) => (oneItem !== undefined && subGoal.items.some((item) => item.id === oneItem) ? structuredClone(subGoal) : subGoal))
        : shell[key];
  }
  return copy as T;
}
