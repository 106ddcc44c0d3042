import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { seedWeeklyPlan, weeklyPlan } from '../contact-log/seed.js';
import { $, click, mountPlanner } from './helpers.js';

/** The mother's weekly visit (active) and a draft for the father on the same Tuesdays at the same time. */
async function clashingDraft(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  const { activatedOn: _activated, ...base } = weeklyPlan();
  await storage.put('visitationPlan', { ...base, id: 'plan-father', title: 'Tuesday visit with father', status: 'draft', startDate: '2026-04-01', participants: [{ participantId: 'child-1', role: 'child' }, { participantId: 'father-1', role: 'visitor' }] });
  return storage;
}

describe('<visitation-planner> clashes between plans', () => {
  it('warns on a draft too, naming the other plan, with the date and time in the page’s language', async () => {
    const planner = await mountPlanner({ storage: await clashingDraft() });
    const draft = $(planner, '[data-plan-id="plan-father"]');
    const warning = draft.querySelector('[part="overlap-warning"]')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(warning).to.equal('52 visits clash with “Weekly visit with mother”, the first on Apr 7, 2026 at 4:00 PM.');
  });

  it('names the other plan in the form’s warning too, never a raw date', async () => {
    const planner = await mountPlanner({ storage: await clashingDraft(), locale: 'fr' });
    await click(planner, $(planner, '[data-plan-id="plan-father"] [data-action="edit"]'));
    const warning = $(planner, 'form [part="overlap-warning"]').textContent!.replace(/\s+/g, ' ');
    expect(warning).to.contain('Weekly visit with mother').and.to.contain('7 avr. 2026').and.to.contain('16:00');
    expect(warning).not.to.match(/\d{4}-\d{2}-\d{2}/);
  });

  it('names every step after its plan in Chromium’s accessibility tree: no two buttons share a name', async () => {
    await mountPlanner({ storage: await clashingDraft() });
    interface AxNode { role?: string; name?: string; children?: AxNode[] }
    const names: string[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'button' && node.name) names.push(node.name);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as AxNode);
    expect(names).to.include.members(['Activate Tuesday visit with father', 'Suspend visits for Weekly visit with mother', 'End plan “Weekly visit with mother”', 'Edit Tuesday visit with father']);
    expect(names.filter((name, index) => names.indexOf(name) !== index), 'buttons with the same name').to.deep.equal([]);
  });
});
