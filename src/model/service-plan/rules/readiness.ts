import { violation, type Violation } from '../../shared/violation.js';
import type { ServicePlanContent } from '../plan.js';

/**
 * What a plan needs before it can be submitted for approval: a goal, at least one sub-goal, at least
 * one item per sub-goal, someone responsible for every item, a principal participant, and for a case
 * plan a primary permanency goal. Each missing piece points at where to add it.
 */
export function submitReadiness(plan: ServicePlanContent): Violation[] {
  const found: Violation[] = [];
  if (plan.goal.title.trim() === '') found.push(violation('plan.goal.missing', ['goal', 'title']));
  if (plan.principalParticipantId === undefined) found.push(violation('plan.principal-missing', ['principalParticipantId']));
  if (plan.subGoals.length === 0) found.push(violation('plan.sub-goals.missing', ['subGoals']));
  plan.subGoals.forEach((subGoal, subGoalIndex) => {
    if (subGoal.items.length === 0) found.push(violation('plan.sub-goal.items-missing', ['subGoals', subGoalIndex, 'items'], { subGoal: subGoal.title }));
    subGoal.items.forEach((item, itemIndex) => {
      if (item.responsibility === undefined) {
        found.push(violation('plan.item.responsibility-missing', ['subGoals', subGoalIndex, 'items', itemIndex, 'responsibility'], { item: item.source.name }));
      }
    });
  });
  if (plan.planKind === 'outcome' && plan.permanency === undefined) found.push(violation('plan.permanency.missing', ['permanency', 'primary']));
  return found;
}
