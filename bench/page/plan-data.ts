// The data the benchmark opens: a case plan of N plan items (sub-goals of at most 100 items, the
// schema allows 200) built from the model test fixtures, and a family for the contact log.
import type { CaseParticipant } from '../../src/model/participant.js';
import type { ServicePlan } from '../../src/model/service-plan/plan.js';
import { basicItem, readyPlan, unitItem } from '../../test/model/service-plan/fixtures.js';

export { catalog, participants, templates, NOW } from '../../test/model/service-plan/fixtures.js';
export { manyContacts } from '../../test/components/contact-log/seed.js';

export const worker = { id: 'worker-1', name: 'Claire Martin' };

export const family: CaseParticipant[] = [
  { id: 'child-1', name: 'Sofia Almeida', role: 'child', birthDate: '2018-04-02' },
  { id: 'mother-1', name: 'Rita Almeida', role: 'parent', relationship: 'mother' },
  { id: 'worker-1', name: 'Claire Martin', role: 'caseworker' },
];

const ITEMS_PER_SUB_GOAL = 100;

/** A ready case plan with `itemCount` items: every third one a unit delivery with two deliveries. */
export function planWithItems(id: string, itemCount: number): ServicePlan {
  const base = readyPlan({ id });
  const subGoals = [];
  for (let start = 0, group = 1; start < itemCount; start += ITEMS_PER_SUB_GOAL, group += 1) {
    const items = [];
    for (let index = start; index < Math.min(itemCount, start + ITEMS_PER_SUB_GOAL); index += 1) {
      const itemId = `${id}-item-${index}`;
      items.push(
        index % 3 === 2
          ? unitItem(itemId, 12, [2, 3], { expectedEnd: '2026-06-30' })
          : basicItem(itemId, { expectedStart: '2026-01-10', expectedEnd: '2026-04-30', source: { type: 'custom', name: `Plan item ${index + 1}`, purpose: 'Help the family.' } }),
      );
    }
    subGoals.push({ id: `${id}-sg-${group}`, title: `Sub-goal ${group}`, description: '', items });
  }
  return { ...base, subGoals };
}
