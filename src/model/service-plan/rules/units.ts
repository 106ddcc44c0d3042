import { violation, type Violation } from '../../shared/violation.js';
import { unitsDelivered } from '../plan-item.js';
import type { ServicePlanContent } from '../plan.js';
import { locatedItems } from './walk.js';

/**
 * Unit-delivery items say how many units are authorized and what a unit is; each delivery is a
 * positive number of units; the units delivered never exceed those authorized. Basic items hold no deliveries.
 */
export function checkUnits(plan: ServicePlanContent): Violation[] {
  const found: Violation[] = [];
  for (const { item, path } of locatedItems(plan)) {
    item.deliveries.forEach((delivery, index) => {
      if (!(delivery.units > 0)) found.push(violation('plan.item.delivery-units-not-positive', [...path, 'deliveries', index, 'units']));
    });
    if (item.kind === 'basic') {
      if (item.deliveries.length > 0) found.push(violation('plan.item.deliveries-on-basic-item', [...path, 'deliveries']));
      continue;
    }
    if (item.unitsAuthorized === undefined || item.unitsAuthorized <= 0) found.push(violation('plan.item.units-authorized-missing', [...path, 'unitsAuthorized']));
    if (item.unitType === undefined) found.push(violation('plan.item.unit-type-missing', [...path, 'unitType']));
    const delivered = unitsDelivered(item);
    if (item.unitsAuthorized !== undefined && item.unitsAuthorized > 0 && delivered > item.unitsAuthorized) {
      found.push(violation('plan.item.units-exceed-authorized', [...path, 'deliveries'], { delivered, authorized: item.unitsAuthorized }));
    }
  }
  return found;
}
