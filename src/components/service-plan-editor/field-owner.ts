import type { ServicePlan } from '../../model/service-plan/plan.js';
import { hearingsOf } from '../../model/service-plan/review-schedule.js';
import type { FieldPath } from './view.js';

/**
 * Where the record a field key names by id (`item.<id>.cost`, `milestone.<id>.title`, `subgoal.<id>.…`,
 * `hearing.<id>.…`, `group.<id>.…`) is in the plan now: its path, found by id (records move and are
 * removed, so a path kept from earlier may name another one); `null` once it is gone; `undefined` for a
 * field of the plan itself (`goal.title`) or an add form (`milestone.new`), which never go.
 */
export function ownerPath(plan: ServicePlan, fieldKey: string): FieldPath | null | undefined {
  // A record's field is `<kind>.<id>.<field>`; `subgoal.new` (an add form) belongs to no record yet.
  const [kind, id, ...field] = fieldKey.split('.');
  if (id === undefined || field.length === 0) return undefined;
  switch (kind) {
    case 'item':
      for (const [subGoalIndex, subGoal] of plan.subGoals.entries()) {
        const itemIndex = subGoal.items.findIndex((item) => item.id === id);
        if (itemIndex >= 0) return ['subGoals', subGoalIndex, 'items', itemIndex];
      }
      return null;
    case 'subgoal':
      return found(['subGoals'], plan.subGoals.findIndex((subGoal) => subGoal.id === id));
    case 'milestone':
      return found(['milestones'], plan.milestones.findIndex((milestone) => milestone.id === id));
    case 'hearing':
      return found(['reviewSchedule', 'hearings'], hearingsOf(plan.reviewSchedule).findIndex((hearing) => hearing.id === id));
    case 'group':
      return found(['planGroups'], plan.planGroups.findIndex((group) => group.id === id));
    default:
      return undefined;
  }
}

const found = (list: FieldPath, index: number): FieldPath | null => (index >= 0 ? [...list, index] : null);
