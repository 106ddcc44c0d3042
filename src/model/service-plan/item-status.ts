import type { PlanItem, PlanItemStatus } from './plan-item.js';

/**
 * How an item's status may change: work starts, then ends completed or discontinued; an ended item
 * can be reopened. Skipping "in progress" is allowed (a one-off task done the day it was planned).
 */
export const itemStatusTransitions: Record<PlanItemStatus, readonly PlanItemStatus[]> = {
  'not-started': ['in-progress', 'completed', 'discontinued'],
  'in-progress': ['completed', 'discontinued'],
  completed: ['in-progress'],
  discontinued: ['in-progress'],
};

export function canChangeItemStatus(from: PlanItemStatus, to: PlanItemStatus): boolean {
  return itemStatusTransitions[from].includes(to);
}

/**
 * The item with its new status and actual dates stamped: starting stamps the actual start, ending
 * stamps the actual end (dates the worker already typed are kept), reopening clears the end.
 */
export function withItemStatus(item: PlanItem, status: PlanItemStatus, today: string): PlanItem {
  const next: PlanItem = { ...item, status };
  if (status === 'in-progress') {
    next.actualStart ??= today;
    delete next.actualEnd;
  }
  if (status === 'completed') {
    next.actualStart ??= today;
    next.actualEnd ??= today;
  }
  if (status === 'discontinued') next.actualEnd ??= today;
  return next;
}
