import { unitsDelivered, type PlanItem } from './plan-item.js';
import type { Milestone, ServicePlanContent, SubGoal } from './plan.js';
import { locatedItems, type FieldPath } from './rules/walk.js';

/**
 * How far along an item is, from 0 to 1: a completed item counts 1, a unit-delivery item its units
 * delivered over those authorized, any other open item 0. A discontinued item does not count at all
 * (undefined), so stopping a service that no longer fits does not drag the plan's progress down.
 */
export function itemProgress(item: PlanItem): number | undefined {
  if (item.status === 'discontinued') return undefined;
  if (item.status === 'completed') return 1;
  if (item.kind === 'unit-delivery' && item.unitsAuthorized !== undefined && item.unitsAuthorized > 0) {
    return Math.min(1, unitsDelivered(item) / item.unitsAuthorized);
  }
  return 0;
}

export interface ProgressSummary {
  /** 0..1, the mean of the counted items; undefined when no item counts yet. */
  ratio: number | undefined;
  /** Items that count (not discontinued). */
  countedItems: number;
  completedItems: number;
  discontinuedItems: number;
  /** Units across the unit-delivery items that count. */
  unitsDelivered: number;
  unitsAuthorized: number;
  /** 0..1, the mean of the rated items' outcome levels over their scale; undefined when none is rated. Apart from completion. */
  outcomeRatio: number | undefined;
  /** Items that count and carry an outcome rating. */
  ratedItems: number;
}

/** An item's outcome rating as a share of its scale (0..1); undefined when it is not rated. */
export function itemOutcome(item: PlanItem): number | undefined {
  return item.outcomeRating ? item.outcomeRating.level / item.outcomeRating.outOf : undefined;
}

function summarize(items: readonly PlanItem[]): ProgressSummary {
  const counted = items.filter((item) => item.status !== 'discontinued');
  const ratios = counted.map((item) => itemProgress(item) ?? 0);
  const unitItems = counted.filter((item) => item.kind === 'unit-delivery');
  const outcomes = counted.flatMap((item) => {
    const outcome = itemOutcome(item);
    return outcome === undefined ? [] : [outcome];
  });
  return {
    ratio: ratios.length === 0 ? undefined : ratios.reduce((sum, value) => sum + value, 0) / ratios.length,
    countedItems: counted.length,
    completedItems: counted.filter((item) => item.status === 'completed').length,
    discontinuedItems: items.length - counted.length,
    unitsDelivered: unitItems.reduce((sum, item) => sum + unitsDelivered(item), 0),
    unitsAuthorized: unitItems.reduce((sum, item) => sum + (item.unitsAuthorized ?? 0), 0),
    outcomeRatio: outcomes.length === 0 ? undefined : outcomes.reduce((sum, value) => sum + value, 0) / outcomes.length,
    ratedItems: outcomes.length,
  };
}

export function subGoalProgress(subGoal: SubGoal): ProgressSummary {
  return summarize(subGoal.items);
}

export interface PlanProgress {
  overall: ProgressSummary;
  /** Keyed by sub-goal id. */
  subGoals: Record<string, ProgressSummary>;
  /** Keyed by item id; undefined for a discontinued item. */
  items: Record<string, number | undefined>;
}

/** Progress per item, per sub-goal, and overall (every counted item weighs the same). */
export function planProgress(plan: Pick<ServicePlanContent, 'subGoals'>): PlanProgress {
  const allItems = plan.subGoals.flatMap((subGoal) => subGoal.items);
  return {
    overall: summarize(allItems),
    subGoals: Object.fromEntries(plan.subGoals.map((subGoal) => [subGoal.id, subGoalProgress(subGoal)])),
    items: Object.fromEntries(allItems.map((item) => [item.id, itemProgress(item)])),
  };
}

export interface OverdueItem {
  subGoalId: string;
  itemId: string;
  expectedEnd: string;
  path: FieldPath;
}

/** Items whose expected end has passed (before `today`) and that are neither completed nor discontinued. */
export function overdueItems(plan: Pick<ServicePlanContent, 'subGoals'>, today: string): OverdueItem[] {
  return locatedItems(plan).flatMap(({ item, subGoal, path }) =>
    item.expectedEnd !== undefined && item.expectedEnd < today && item.status !== 'completed' && item.status !== 'discontinued'
      ? [{ subGoalId: subGoal.id, itemId: item.id, expectedEnd: item.expectedEnd, path }]
      : [],
  );
}

/** Milestones past their due date (before `today`) and not achieved. */
export function overdueMilestones(plan: Pick<ServicePlanContent, 'milestones'>, today: string): Milestone[] {
  return plan.milestones.filter((milestone) => milestone.achievedDate === undefined && milestone.dueDate < today);
}

/** How many plan items the plan holds, across its sub-goals. */
export function itemCount(plan: Pick<ServicePlanContent, 'subGoals'>): number {
  return plan.subGoals.reduce((sum, subGoal) => sum + subGoal.items.length, 0);
}
