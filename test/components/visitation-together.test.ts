import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/visitation-planner.js';
import '../../src/entries/contact-log.js';
import type { VisitationPlanner } from '../../src/components/visitation-planner/visitation-planner.js';
import type { ContactLog } from '../../src/components/contact-log/contact-log.js';
import { DexieStorageAdapter } from '../../src/storage/dexie-adapter.js';
import type { StorageAdapter } from '../../src/storage/adapter.js';
import type { VisitationPlan } from '../../src/model/visitation/plan.js';
import { NOW, family, settle, worker } from './visitation-planner/helpers.js';
import { activate, createMonthlyCallWithGrandmother, createWeeklyVisitWithMother, figure, planCardTitled } from './visitation-planner/plan-steps.js';
import { monthFigure, recordContact } from './contact-log/contact-steps.js';
import { rows } from './contact-log/helpers.js';
import { contactAt, seedWeeklyPlan } from './contact-log/seed.js';

/** The case page of a host: the planner and the log side by side, on one storage. */
async function mountBoth(storage: StorageAdapter): Promise<{ planner: VisitationPlanner; log: ContactLog }> {
  const page = await fixture<HTMLElement>(html`<div>
    <visitation-planner child-id="child-1" case-id="case-1" locale="en" theme="light" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></visitation-planner>
    <contact-log child-id="child-1" case-id="case-1" time-zone="Europe/Lisbon" locale="en" theme="light" .storage=${storage} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>
  </div>`);
  const planner = page.querySelector<VisitationPlanner>('visitation-planner')!;
  const log = page.querySelector<ContactLog>('contact-log')!;
  await waitUntil(() => planner.shadowRoot?.querySelector('.plans, .empty') && log.shadowRoot?.querySelector('[data-count]'), 'the elements did not load', { timeout: 5000 });
  return { planner, log };
}

function expectFigures(planner: VisitationPlanner, log: ContactLog, planId: string, title: string, expected: Record<string, string>): void {
  const card = planCardTitled(planner, title);
  for (const [name, value] of Object.entries(expected)) {
    expect(figure(card, 'current', name), `${title}: planner, this month, ${name}`).to.equal(value);
    expect(figure(card, 'since-start', name), `${title}: planner, since the start, ${name}`).to.equal(value);
    expect(monthFigure(log, planId, '2026-03', name), `${title}: log, March, ${name}`).to.equal(value);
  }
}

describe('<visitation-planner> and <contact-log> together', () => {
  it('plan two visits for a child, log a month of contacts, see the same compliance in both, and find it all again after reopening', async () => {
    const databaseName = `together-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const storage = new DexieStorageAdapter({ databaseName });
    const { planner, log } = await mountBoth(storage);

    await createWeeklyVisitWithMother(planner);
    await createMonthlyCallWithGrandmother(planner);
    await activate(planner, 'Weekly visit with mother');
    await activate(planner, 'Monthly video call with grandmother');
    const plans = (await storage.list<VisitationPlan>('visitationPlan', { childId: 'child-1' })).records;
    const weeklyId = plans.find((plan) => plan.title === 'Weekly visit with mother')!.id;
    const monthlyId = plans.find((plan) => plan.title === 'Monthly video call with grandmother')!.id;
    await waitUntil(() => log.shadowRoot!.querySelectorAll('[data-summary-plan]').length === 2, 'the log did not see the plans', { timeout: 5000 });

    // Tuesdays of March 2026 at 16:00 in Lisbon, and the grandmother's call on the 15th (18:00 in New York = 22:00 in Lisbon).
    await recordContact(log, { when: '2026-03-03T16:00', planTitle: 'Weekly visit with mother', notes: 'Lucas showed his drawings.' });
    await recordContact(log, { when: '2026-03-10T16:00', planTitle: 'Weekly visit with mother', outcome: 'no-show', party: 'visitor', personId: 'mother-1' });
    await recordContact(log, { when: '2026-03-15T22:00', planTitle: 'Monthly video call with grandmother', type: 'video', duration: '30' });
    await recordContact(log, { when: '2026-03-17T16:00', planTitle: 'Weekly visit with mother' });
    await recordContact(log, { when: '2026-03-24T16:00', planTitle: 'Weekly visit with mother', outcome: 'cancelled', party: 'caregiver' });
    await recordContact(log, { when: '2026-03-31T16:00', planTitle: 'Weekly visit with mother' });
    await settle(planner);

    // The planner was told by storage's watch: no reload.
    const weekly = { planned: '5', completed: '3', cancelled: '1', missed: '1', rate: '60%' };
    const monthly = { planned: '1', completed: '1', cancelled: '0', missed: '0', rate: '100%' };
    await waitUntil(() => figure(planCardTitled(planner, 'Weekly visit with mother'), 'current', 'completed') === '3', 'the planner did not follow the log', { timeout: 5000 });
    expectFigures(planner, log, weeklyId, 'Weekly visit with mother', weekly);
    expectFigures(planner, log, monthlyId, 'Monthly video call with grandmother', monthly);
    const missed = planCardTitled(planner, 'Weekly visit with mother').querySelector('.missed')!.textContent!;
    expect(missed).to.contain('Mar 10, 2026').and.to.contain('No-show');
    expect(rows(log)).to.have.length(6);

    // Reopen: new elements on a new adapter over the same IndexedDB database.
    planner.remove();
    log.remove();
    await storage.close();
    const reopened = await mountBoth(new DexieStorageAdapter({ databaseName }));
    await settle(reopened.log);
    expect(reopened.planner.shadowRoot!.querySelectorAll('article.plan[data-status="active"]')).to.have.length(2);
    expect(rows(reopened.log)).to.have.length(6);
    expectFigures(reopened.planner, reopened.log, weeklyId, 'Weekly visit with mother', weekly);
    expectFigures(reopened.planner, reopened.log, monthlyId, 'Monthly video call with grandmother', monthly);
  });

  it('follows a contact saved through another connection to the same database (as another tab would)', async () => {
    const databaseName = `together-tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const here = new DexieStorageAdapter({ databaseName });
    await seedWeeklyPlan(here);
    const { planner } = await mountBoth(here);
    const card = () => planCardTitled(planner, 'Weekly visit with mother');
    expect(figure(card(), 'current', 'completed')).to.equal('0');
    const otherTab = new DexieStorageAdapter({ databaseName });
    await otherTab.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
    await waitUntil(() => figure(card(), 'current', 'completed') === '1', 'the planner did not see the other connection\'s contact', { timeout: 5000 });
    await otherTab.close();
    await here.close();
  });

  it('shows times in one style in both, through Intl in the page’s language (no 16:00 beside 04:00 PM)', async () => {
    const storage = new DexieStorageAdapter({ databaseName: `together-time-${Date.now()}-${Math.random().toString(36).slice(2)}` });
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
    const { planner, log } = await mountBoth(storage);
    await waitUntil(() => rows(log).length === 1, 'the contact was not listed', { timeout: 5000 });
    const schedule = planner.shadowRoot!.querySelector('[data-detail="schedule"]')!.textContent!;
    // Tuesdays at 16:00 in Lisbon (winter time: 16:00 UTC), in English: 4:00 PM in both.
    expect(schedule).to.contain('4:00 PM');
    expect(rows(log)[0]!.textContent).to.contain('4:00 PM');
    expect(`${schedule} ${rows(log)[0]!.textContent}`).not.to.match(/\b16:00\b|\b04:00\b/);
  });
});
