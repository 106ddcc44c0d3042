import type { PlanItem } from '../plan-item.js';
import type { ServicePlanContent, SubGoal } from '../plan.js';

export type FieldPath = (string | number)[];

export interface LocatedItem {
  item: PlanItem;
  subGoal: SubGoal;
  /** Path of the item inside the plan: ['subGoals', 1, 'items', 0]. */
  path: FieldPath;
}

/** Every plan item with the path a Violation about it should carry. */
export function locatedItems(plan: Pick<ServicePlanContent, 'subGoals'>): LocatedItem[] {
  return plan.subGoals.flatMap((subGoal, subGoalIndex) =>
    subGoal.items.map((item, itemIndex) => ({ item, subGoal, path: ['subGoals', subGoalIndex, 'items', itemIndex] })),
  );
}
