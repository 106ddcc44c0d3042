import { violation, type Violation } from '../../shared/violation.js';
import type { ServicePlanContent } from '../plan.js';
import { locatedItems, type FieldPath } from './walk.js';

function endBeforeStart(code: string, start: string | undefined, end: string | undefined, endPath: FieldPath): Violation[] {
  return start !== undefined && end !== undefined && end < start ? [violation(code, endPath, { start, end })] : [];
}

/**
 * An end never comes before its start: each item's expected and actual dates, and the plan's own
 * activation and end. The Violation sits on the end field, the one to correct.
 */
export function checkDateRanges(plan: ServicePlanContent): Violation[] {
  const found: Violation[] = [];
  for (const { item, path } of locatedItems(plan)) {
    found.push(...endBeforeStart('plan.item.end-before-start', item.expectedStart, item.expectedEnd, [...path, 'expectedEnd']));
    found.push(...endBeforeStart('plan.item.end-before-start', item.actualStart, item.actualEnd, [...path, 'actualEnd']));
    item.deliveries.forEach((delivery, index) => {
      if (item.actualStart !== undefined && delivery.date < item.actualStart) {
        found.push(violation('plan.item.delivery-before-start', [...path, 'deliveries', index, 'date'], { start: item.actualStart, date: delivery.date }));
      }
    });
  }
  found.push(...endBeforeStart('plan.end-before-start', plan.activatedOn, plan.endedOn, ['endedOn']));
  return found;
}
