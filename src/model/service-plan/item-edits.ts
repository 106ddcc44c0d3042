import { violation, type Violation } from '../shared/violation.js';
import type { PlanEdit } from './edits.js';
import type { PlanItem } from './plan-item.js';
import type { ServicePlanContent } from './plan.js';
import { DEFAULT_OUTCOME_SCALE_MAX } from './outcome-scale.js';
import { allItemIds, duplicateId, findItem, findSubGoal, moveWithin, setOptional, targetMissing, type EditEnvironment } from './edit-helpers.js';
import { canChangeItemStatus, withItemStatus } from './item-status.js';
import { setLinks } from './needs-links.js';

type EditOf<T extends PlanEdit['type']> = Extract<PlanEdit, { type: T }>;

export function addItem(plan: ServicePlanContent, edit: EditOf<'add-item'>, env: EditEnvironment): Violation[] {
  const subGoal = findSubGoal(plan, edit.subGoalId);
  if (!subGoal) return [targetMissing(edit.subGoalId)];
  const id = edit.id ?? env.newId();
  if (allItemIds(plan).has(id)) return [duplicateId(id)];
  const item: PlanItem = {
    id,
    source: edit.source,
    kind: edit.kind,
    deliveries: [],
    status: 'not-started',
    expectedOutcome: '',
    actualOutcome: '',
    participantsNeeded: [],
    clientInstructions: '',
    workerSteps: '',
  };
  setOptional(item, 'unitsAuthorized', edit.unitsAuthorized);
  setOptional(item, 'unitType', edit.unitType);
  setOptional(item, 'responsibility', edit.responsibility);
  setOptional(item, 'linkedService', edit.linkedService);
  if (edit.addressesNeeds) setLinks(item, 'needs', edit.addressesNeeds);
  if (edit.buildsOnStrengths) setLinks(item, 'strengths', edit.buildsOnStrengths);
  subGoal.items.push(item);
  return [];
}

export function updateItem(plan: ServicePlanContent, edit: EditOf<'update-item'>): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  const { item } = found;
  const { name, purpose, addressesNeeds, buildsOnStrengths, ...fields } = edit.changes;
  if (addressesNeeds !== undefined) setLinks(item, 'needs', addressesNeeds);
  if (buildsOnStrengths !== undefined) setLinks(item, 'strengths', buildsOnStrengths);
  if (name !== undefined || purpose !== undefined) {
    // A template's name and purpose are fixed by the organization; only a custom item's can change.
    if (item.source.type !== 'custom') return [violation('plan.item.template-name-fixed', [...found.path, 'source', 'name'])];
    if (name !== undefined) item.source.name = name;
    if (purpose !== undefined) item.source.purpose = purpose;
  }
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    setOptional(item as Record<string, unknown>, key, fields[key]);
  }
  return [];
}

export function setItemStatus(plan: ServicePlanContent, edit: EditOf<'set-item-status'>, env: EditEnvironment): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  if (found.item.status === edit.status) return [];
  if (!canChangeItemStatus(found.item.status, edit.status)) {
    return [violation('plan.item.status-transition', [...found.path, 'status'], { from: found.item.status, to: edit.status })];
  }
  found.subGoal.items[found.index] = withItemStatus(found.item, edit.status, env.today);
  return [];
}

export function removeItem(plan: ServicePlanContent, edit: EditOf<'remove-item'>): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  found.subGoal.items.splice(found.index, 1);
  return [];
}

export function moveItem(plan: ServicePlanContent, edit: EditOf<'move-item'>): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  const target = edit.toSubGoalId === undefined ? found.subGoal : findSubGoal(plan, edit.toSubGoalId);
  if (!target) return [targetMissing(edit.toSubGoalId ?? '')];
  if (target === found.subGoal) {
    moveWithin(target.items, found.index, edit.toIndex);
    return [];
  }
  found.subGoal.items.splice(found.index, 1);
  target.items.splice(Math.max(0, Math.min(target.items.length, Math.trunc(edit.toIndex))), 0, found.item);
  return [];
}

export function addDelivery(plan: ServicePlanContent, edit: EditOf<'add-delivery'>, env: EditEnvironment): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  if (found.item.kind !== 'unit-delivery') return [violation('plan.item.deliveries-on-basic-item', [...found.path, 'deliveries'])];
  const id = edit.id ?? env.newId();
  if (found.item.deliveries.some((delivery) => delivery.id === id)) return [duplicateId(id)];
  found.item.deliveries.push({ id, date: edit.date, units: edit.units, note: edit.note ?? '' });
  // Recording a delivery means the work has started.
  if (found.item.status === 'not-started') found.subGoal.items[found.index] = withItemStatus(found.item, 'in-progress', edit.date);
  return [];
}

export function removeDelivery(plan: ServicePlanContent, edit: EditOf<'remove-delivery'>): Violation[] {
  const found = findItem(plan, edit.itemId);
  const index = found?.item.deliveries.findIndex((delivery) => delivery.id === edit.deliveryId) ?? -1;
  if (!found || index < 0) return [targetMissing(edit.deliveryId)];
  found.item.deliveries.splice(index, 1);
  return [];
}

/**
 * Rates how well the family uses what the item is for, on the agency's scale (`outOf` its highest
 * level; 3 on the default scale), with the evidence seen; a `null` level takes the rating back.
 */
export function rateItemOutcome(plan: ServicePlanContent, edit: EditOf<'rate-item-outcome'>, env: EditEnvironment): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  const { outcomeRating: _previous, ...rest } = found.item;
  const evidence = edit.evidence?.trim();
  found.subGoal.items[found.index] =
    edit.level === null ? rest : { ...rest, outcomeRating: { level: edit.level, outOf: edit.outOf ?? DEFAULT_OUTCOME_SCALE_MAX, ...(evidence ? { evidence } : {}), date: env.today } };
  return [];
}
