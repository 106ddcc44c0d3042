import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { $, mountPlanner } from './helpers.js';
import { activate, createMonthlyCallWithGrandmother, createWeeklyVisitWithMother, figure, planCardTitled } from './plan-steps.js';

describe('<visitation-planner>', () => {
  it('invites to create a plan when the child has none', async () => {
    const planner = await mountPlanner({ storage: new MemoryStorageAdapter() });
    expect($(planner, '.empty').textContent).to.contain('No visitation plan yet');
    expect($(planner, '[data-action="create"]').textContent?.trim()).to.equal('New visitation plan');
  });

  it('creates and activates two plans through the form, and shows their schedule and next visits', async () => {
    const storage = new MemoryStorageAdapter();
    const planner = await mountPlanner({ storage });
    const saved: string[] = [];
    planner.addEventListener('cp-saved', (event) => saved.push(event.detail.id));
    await createWeeklyVisitWithMother(planner);
    await createMonthlyCallWithGrandmother(planner);
    await activate(planner, 'Weekly visit with mother');
    await activate(planner, 'Monthly video call with grandmother');

    const weekly = planCardTitled(planner, 'Weekly visit with mother');
    expect(weekly.querySelector('[data-detail="schedule"]')!.textContent).to.equal('Every week on Tuesday, 4:00 PM for 90 minutes (Western European Time)');
    expect(weekly.querySelector('.next li')!.textContent).to.contain('Apr 7, 2026');
    const stored = (await storage.list<VisitationPlan>('visitationPlan', { childId: 'child-1' })).records;
    expect(stored.map((plan) => plan.status)).to.deep.equal(['active', 'active']);
    expect(stored.find((plan) => plan.title === 'Weekly visit with mother')!.supervision).to.deep.equal({ level: 'supervised', supervisorName: 'Ana Costa' });
    expect(saved.length).to.equal(4);
    // Nothing logged yet: every visit of March is missed, but today's, still within the 2 days' grace to record it.
    expect(figure(weekly, 'current', 'planned')).to.equal('5');
    expect(figure(weekly, 'current', 'missed')).to.equal('4');
    expect(figure(weekly, 'current', 'awaiting-record')).to.equal('1');
  });
});
