import type { PlanEdit } from '../../model/service-plan/edits.js';
import type { ServicePlan } from '../../model/service-plan/plan.js';
import { hearingsOf } from '../../model/service-plan/review-schedule.js';
import type { FieldPath } from './view.js';

/** A record of the plan that fields edit, by kind and id (ids may hold dots: IdSchema allows them). */
export interface RecordRef {
  kind: 'item' | 'subgoal' | 'milestone' | 'hearing' | 'group';
  id: string;
}

/**
 * The record an edit is made to, as the edit itself names it (`itemId`, `subGoalId`...): never read back from
 * a field's key, where an id and a field name may both hold dots (`item.svc.cost.currency`: item `svc`, or
 * item `svc.cost`?). An item's own forms (a delivery, an appointment) are the item's; an add form under a
 * sub-goal is the sub-goal's; an edit of the plan itself (`goal.title`, a new milestone) is no record's.
 */
export function editedRecord(edit: PlanEdit): RecordRef | undefined {
  if ('itemId' in edit) return { kind: 'item', id: edit.itemId };
  if ('subGoalId' in edit) return { kind: 'subgoal', id: edit.subGoalId };
  if ('milestoneId' in edit) return { kind: 'milestone', id: edit.milestoneId };
  if ('hearingId' in edit) return { kind: 'hearing', id: edit.hearingId };
  if ('groupId' in edit) return { kind: 'group', id: edit.groupId };
  return undefined;
}

/**
 * Where a record is in the plan now: its path, found by its exact id (records move and are removed, so a path
 * kept from earlier may name another one); `null` once it is gone; `undefined` for no record (the plan itself).
 */
export function ownerPath(plan: ServicePlan, owner: RecordRef | undefined): FieldPath | null | undefined {
  if (!owner) return undefined;
  const index = (ids: readonly string[]): number => ids.indexOf(owner.id);
  switch (owner.kind) {
    case 'item': {
      const items = plan.subGoals.flatMap((subGoal, subGoalIndex) => subGoal.items.map((item, itemIndex) => ({ id: item.id, path: ['subGoals', subGoalIndex, 'items', itemIndex] as FieldPath })));
      const at = index(items.map((item) => item.id));
      return at >= 0 ? items[at]!.path : null;
    }
    case 'subgoal':
      return found(['subGoals'], index(plan.subGoals.map((subGoal) => subGoal.id)));
    case 'milestone':
      return found(['milestones'], index(plan.milestones.map((milestone) => milestone.id)));
    case 'hearing':
      return found(['reviewSchedule', 'hearings'], index(hearingsOf(plan.reviewSchedule).map((hearing) => hearing.id)));
    case 'group':
      return found(['planGroups'], index(plan.planGroups.map((group) => group.id)));
  }
}

const found = (list: FieldPath, index: number): FieldPath | null => (index >= 0 ? [...list, index] : null);
