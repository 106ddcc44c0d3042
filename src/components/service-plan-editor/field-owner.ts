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
  // A record's field is `<kind>.<id>.<field>`: the kind is the first segment and the field name (never dotted)
  // the last, so the id is all that lies between them, dots included (`item.svc.7.cost` is item `svc.7`:
  // IdSchema allows dots). The id is matched exactly, never by prefix (`svc` is not `svc.7`).
  // `subgoal.new` (an add form) belongs to no record yet.
  const kindEnd = fieldKey.indexOf('.');
  const fieldStart = fieldKey.lastIndexOf('.');
  if (kindEnd < 0 || fieldStart <= kindEnd + 1) return undefined;
  const kind = fieldKey.slice(0, kindEnd);
  const id = fieldKey.slice(kindEnd + 1, fieldStart);
  const owner = (ids: readonly string[]): number => ids.indexOf(id);
  switch (kind) {
    case 'item': {
      const items = plan.subGoals.flatMap((subGoal, subGoalIndex) => subGoal.items.map((item, itemIndex) => ({ id: item.id, path: ['subGoals', subGoalIndex, 'items', itemIndex] as FieldPath })));
      const index = owner(items.map((item) => item.id));
      return index >= 0 ? items[index]!.path : null;
    }
    case 'subgoal':
      return found(['subGoals'], owner(plan.subGoals.map((subGoal) => subGoal.id)));
    case 'milestone':
      return found(['milestones'], owner(plan.milestones.map((milestone) => milestone.id)));
    case 'hearing':
      return found(['reviewSchedule', 'hearings'], owner(hearingsOf(plan.reviewSchedule).map((hearing) => hearing.id)));
    case 'group':
      return found(['planGroups'], owner(plan.planGroups.map((group) => group.id)));
    default:
      return undefined;
  }
}

const found = (list: FieldPath, index: number): FieldPath | null => (index >= 0 ? [...list, index] : null);
