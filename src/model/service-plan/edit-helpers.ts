import { violation, type Violation } from '../shared/violation.js';
import type { PlanItem } from './plan-item.js';
import type { ServicePlanContent, SubGoal } from './plan.js';

/** What an edit needs from outside the plan: today's date and fresh ids. Passed in, so edits stay pure. */
export interface EditEnvironment {
  today: string;
  newId: () => string;
}

/** Sets an optional field: a value sets it, `null` removes it, `undefined` leaves it as it was. */
export function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value === undefined) return;
  if (value === null) delete target[key];
  else target[key] = value;
}

export function targetMissing(id: string): Violation {
  return violation('plan.edit.target-missing', [], { id });
}

export function duplicateId(id: string): Violation {
  return violation('plan.edit.duplicate-id', [], { id });
}

export function findSubGoal(plan: ServicePlanContent, subGoalId: string): SubGoal | undefined {
  return plan.subGoals.find((subGoal) => subGoal.id === subGoalId);
}

export interface FoundItem {
  subGoal: SubGoal;
  item: PlanItem;
  index: number;
  /** The item's path in the plan, for Violations: ['subGoals', 0, 'items', 2]. */
  path: (string | number)[];
}

export function findItem(plan: ServicePlanContent, itemId: string): FoundItem | undefined {
  for (const [subGoalIndex, subGoal] of plan.subGoals.entries()) {
    const index = subGoal.items.findIndex((item) => item.id === itemId);
    const item = subGoal.items[index];
    if (item) return { subGoal, item, index, path: ['subGoals', subGoalIndex, 'items', index] };
  }
  return undefined;
}

export function allItemIds(plan: ServicePlanContent): Set<string> {
  return new Set(plan.subGoals.flatMap((subGoal) => subGoal.items.map((item) => item.id)));
}

/** Moves an element of an array to `toIndex` (clamped to the array), in place. */
export function moveWithin<T>(list: T[], fromIndex: number, toIndex: number): void {
  const [moved] = list.splice(fromIndex, 1);
  if (moved === undefined) return;
  const target = Math.max(0, Math.min(list.length, Math.trunc(toIndex)));
  list.splice(target, 0, moved);
}
