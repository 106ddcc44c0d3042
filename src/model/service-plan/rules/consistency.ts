import { violation, type Violation } from '../../shared/violation.js';
import type { ServicePlanContent } from '../plan.js';
import { locatedItems } from './walk.js';

/** Costs are amounts of money spent, never negative (nor NaN or infinite). */
export function checkCosts(plan: ServicePlanContent): Violation[] {
  return locatedItems(plan).flatMap(({ item, path }) => {
    const amount = item.cost?.amount;
    if (amount === undefined) return [];
    if (!Number.isFinite(amount)) return [violation('value.invalid', [...path, 'cost', 'amount'])];
    return amount < 0 ? [violation('plan.item.cost-negative', [...path, 'cost', 'amount'])] : [];
  });
}

/** A sub-goal's plan group exists; a concurrent permanency goal differs from the primary one; a closed plan says why. */
export function checkPlanConsistency(plan: ServicePlanContent): Violation[] {
  const found: Violation[] = [];
  const groupIds = new Set(plan.planGroups.map((group) => group.id));
  plan.subGoals.forEach((subGoal, index) => {
    if (subGoal.planGroupId !== undefined && !groupIds.has(subGoal.planGroupId)) found.push(violation('plan.sub-goal.group-unknown', ['subGoals', index, 'planGroupId']));
  });
  if (plan.permanency?.concurrent !== undefined && plan.permanency.concurrent === plan.permanency.primary) {
    found.push(violation('plan.permanency.concurrent-same-as-primary', ['permanency', 'concurrent']));
  }
  if (plan.status === 'closed' && (plan.closeReason ?? '').trim() === '') found.push(violation('plan.close-reason.missing', ['closeReason']));
  const ids = new Set<string>();
  for (const { item, path } of locatedItems(plan)) {
    if (ids.has(item.id)) found.push(violation('plan.item.duplicate-id', [...path, 'id']));
    ids.add(item.id);
  }
  return found;
}
