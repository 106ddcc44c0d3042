import type { PlanItem } from './plan-item.js';
import type { ServicePlanContent } from './plan.js';

/** An item still open when the plan is completed or closed: where it sits and how far it got. */
export interface UnfinishedItem {
  subGoalId: string;
  item: PlanItem;
}

/**
 * The plan's items neither completed nor discontinued, in plan order: what completing or closing the plan
 * leaves undone, so the person ending it is told which and how many before it is recorded.
 */
export function unfinishedItems(plan: ServicePlanContent): UnfinishedItem[] {
  return plan.subGoals.flatMap((subGoal) => subGoal.items.filter((item) => item.status !== 'completed' && item.status !== 'discontinued').map((item) => ({ subGoalId: subGoal.id, item })));
}
