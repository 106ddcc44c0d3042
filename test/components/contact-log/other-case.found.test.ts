import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { $, settle } from '../visitation-planner/helpers.js';
import { mountPlanner } from '../visitation-planner/helpers.js';
import { figure, planCardTitled } from '../visitation-planner/plan-steps.js';
import { contactAt, seedWeeklyPlan, weeklyPlan } from './seed.js';
import { countText, mountLog, rows } from './helpers.js';

// RX (round 15): a contact and a visitation plan stored under another case's id but naming this case's
// child (written by another case's element, an import, or by hand in devtools) were counted in case-1's
// log and planner: listed, and their visit counted as kept in case-1's compliance.

const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

async function storageWithOtherCase(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'kept-3', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  await storage.put('contact', contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { id: 'other-case-10', caseId: 'case-2', notes: 'Written in case-2', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }));
  await storage.put('visitationPlan', { ...weeklyPlan(), id: 'plan-other-case', caseId: 'case-2', title: 'Plan of case-2' });
  return storage;
}

describe('records of another case naming the same child', () => {
  it('are not listed nor counted in this case\'s contact log', async () => {
    const log = await mountLog({ storage: await storageWithOtherCase() });
    await settle(log);
    expect(countText(log)).to.equal('1 contact shown');
    expect(rows(log).map(text).join(' | ')).not.to.contain('Written in case-2');
    const march = [...$(log, '[data-summary-plan="plan-weekly"] table').querySelectorAll('tr[data-month="2026-03"] > *')].map(text);
    expect(march[2], 'visits completed in March under plan-weekly').to.equal('1');
    expect(log.shadowRoot!.querySelector('[data-summary-plan="plan-other-case"]'), 'case-2\'s plan summarized').to.equal(null);
  });

  it('are not shown nor counted in this case\'s visitation planner', async () => {
    const planner = await mountPlanner({ storage: await storageWithOtherCase() });
    await settle(planner);
    expect(planner.shadowRoot!.textContent!.includes('Plan of case-2'), 'case-2\'s plan shown').to.equal(false);
    expect(figure(planCardTitled(planner, 'Weekly visit with mother'), 'current', 'completed')).to.equal('1');
  });
});
