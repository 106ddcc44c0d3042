import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { byId, choose, click, mountPlanner, typeInto, until } from './helpers.js';
import { figure, planCardTitled } from './plan-steps.js';

const TITLE = 'Weekly visit with mother';

describe('<visitation-planner> suspensions with from and to dates', () => {
  it('suspends from a day to a last day: both errors at once, the Tuesdays in it no longer missed, the days shown and in the history', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const planner = await mountPlanner({ storage });
    const card = () => planCardTitled(planner, TITLE);
    // Tuesdays 3, 10, 17 and 24 March passed with nothing logged (31 March is still within the grace period).
    expect(figure(card(), 'since-start', 'missed')).to.equal('4');

    await click(planner, card().querySelector<HTMLElement>('[data-action="suspend"]')!);
    // It starts today on the plan's calendar unless the caseworker says otherwise.
    expect(byId(planner, 'step-from-plan-weekly').value).to.equal('2026-03-31');
    await choose(planner, byId(planner, 'step-from-plan-weekly'), '2026-03-09');
    await choose(planner, byId(planner, 'step-to-plan-weekly'), '2026-03-08');
    await click(planner, card().querySelector<HTMLElement>('form.step-form button[type="submit"]')!);
    // No reason and a last day before the first: both said at once, each at its field.
    expect(byId(planner, 'step-reason-plan-weekly').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(planner, 'step-to-plan-weekly').getAttribute('aria-invalid')).to.equal('true');
    expect(card().querySelector('[id="step-to-plan-weekly-error"]')!.textContent).to.contain('before it starts');
    expect((await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!.status).to.equal('active');

    await choose(planner, byId(planner, 'step-to-plan-weekly'), '2026-03-22');
    await typeInto(planner, byId(planner, 'step-reason-plan-weekly'), 'Court order of 5 March');
    await click(planner, card().querySelector<HTMLElement>('form.step-form button[type="submit"]')!);
    await until(planner, () => card().dataset.status === 'suspended', 'not suspended');
    const stored = (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    expect(stored.suspensions).to.deep.equal([{ from: '2026-03-09', to: '2026-03-22', reason: 'Court order of 5 March' }]);
    // The 10th and the 17th fell in the suspension: not due, so not missed.
    expect(figure(card(), 'since-start', 'missed')).to.equal('2');
    expect(card().querySelector('[data-detail="suspensions"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('From Mar 9, 2026 to Mar 22, 2026: Court order of 5 March');

    await click(planner, card().querySelector<HTMLElement>('[data-action="history"]')!);
    await until(planner, () => card().querySelectorAll('[part="history"] .history-saves > li').length === 2, 'the history was not shown');
    const saves = [...card().querySelectorAll('[part="history"] .history-saves > li')].map((entry) => entry.textContent!.replace(/\s+/g, ' '));
    expect(saves.join(' ')).to.contain('Suspensions: (empty) → From Mar 9, 2026 to Mar 22, 2026: Court order of 5 March');
  });

  it('shows a suspension’s days through Intl in the element’s language', async () => {
    const storage = new MemoryStorageAdapter();
    const plan = await seedWeeklyPlan(storage);
    await storage.put('visitationPlan', { ...plan, status: 'suspended', suspensions: [{ from: '2026-03-09', to: '2026-03-22', reason: 'Ordonnance' }, { from: '2026-03-30', reason: 'Hospitalisation' }] } satisfies VisitationPlan);
    const planner = await mountPlanner({ storage, locale: 'fr' });
    const text = planCardTitled(planner, TITLE).querySelector('[data-detail="suspensions"]')!.textContent!.replace(/\s+/g, ' ').replace(/\u202f|\u00a0/g, ' ');
    expect(text).to.contain('Du 9 mars 2026 au 22 mars 2026 : Ordonnance').and.to.contain('À partir du 30 mars 2026, jusqu’à la reprise : Hospitalisation');
  });
});
