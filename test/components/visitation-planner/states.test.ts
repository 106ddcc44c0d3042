import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { contactAt, seedWeeklyPlan } from '../contact-log/seed.js';
import { $, byId, click, mountPlanner, settle, typeInto, until } from './helpers.js';
import { planCardTitled } from './plan-steps.js';

async function filledStorage(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
  return storage;
}

describe('<visitation-planner> states', () => {
  it('is accessible when empty', async () => {
    const planner = await mountPlanner({ storage: new MemoryStorageAdapter() });
    await expectNoAxeViolations(planner);
  });

  it('is accessible with plans, compliance and missed visits', async () => {
    const planner = await mountPlanner({ storage: await filledStorage() });
    expect(planner.shadowRoot!.querySelectorAll('article.plan')).to.have.length(1);
    await expectNoAxeViolations(planner);
  });

  it('is accessible with the form showing errors', async () => {
    const planner = await mountPlanner({ storage: new MemoryStorageAdapter() });
    await click(planner, $(planner, '[data-action="create"]'));
    await typeInto(planner, byId(planner, 'durationMinutes'), '0');
    await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
    expect(planner.shadowRoot!.querySelector('.error-summary')).to.not.equal(null);
    await expectNoAxeViolations(planner);
  });

  it('is accessible read-only, with no control that changes anything (the history can still be read)', async () => {
    const planner = await mountPlanner({ storage: await filledStorage(), readonly: true });
    const buttons = [...planner.shadowRoot!.querySelectorAll('button')].map((button) => button.dataset.action);
    expect(buttons).to.deep.equal(['history']);
    await click(planner, $(planner, '[data-action="history"]'));
    await until(planner, () => planner.shadowRoot!.querySelectorAll('[part="history"] .history-saves > li').length === 1, 'no history');
    expect($(planner, '[part="history"]').textContent).to.contain('Visitation plan created');
    await expectNoAxeViolations(planner);
  });

  it('is accessible in the dark theme', async () => {
    const planner = await mountPlanner({ storage: await filledStorage(), theme: 'dark' });
    await expectNoAxeViolations(planner);
  });

  it('shows both versions after a conflict, keeps mine on request, and is accessible', async () => {
    const storage = await filledStorage();
    const planner = await mountPlanner({ storage });
    const conflicts: unknown[] = [];
    planner.addEventListener('cp-conflict', (event) => conflicts.push(event.detail));
    await click(planner, planCardTitled(planner, 'Weekly visit with mother').querySelector<HTMLElement>('[data-action="edit"]')!);
    await typeInto(planner, byId(planner, 'location'), 'Library, meeting room');
    // Meanwhile a colleague changes the same plan.
    const stored = (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    await storage.put('visitationPlan', { ...stored, transport: 'Foster carer drives Lucas', location: 'Town library' });
    await until(planner, () => planner.shadowRoot!.textContent!.includes('Someone else changed this plan since you opened it'), 'the form did not say it was outdated');
    await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
    await until(planner, () => planner.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict shown');
    expect(conflicts).to.have.length(1);
    // The one field both changed, with before, mine and theirs; the transport only they changed is not asked about.
    const field = $(planner, '[part="conflict"] fieldset');
    expect(field.querySelector('legend')!.textContent!.trim()).to.equal('Where');
    expect(field.textContent).to.contain('Library, meeting room').and.contain('Town library');
    await expectNoAxeViolations(planner);
    await click(planner, $(planner, '[data-action="keep-mine"]'));
    await until(planner, () => !planner.shadowRoot!.querySelector('[part="conflict"]'), 'the conflict stayed');
    const saved = (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    expect(saved.location).to.equal('Library, meeting room');
    expect(saved.transport, 'their other change is kept').to.equal('Foster carer drives Lucas');
    expect(saved.version).to.equal(3);
  });

  it('suspends with a reason, resumes and ends a plan, each announced and fired as cp-status-change', async () => {
    const storage = await filledStorage();
    const planner = await mountPlanner({ storage });
    const steps: string[] = [];
    planner.addEventListener('cp-status-change', (event) => steps.push(`${event.detail.previousStatus}→${event.detail.status}`));
    const card = () => planCardTitled(planner, 'Weekly visit with mother');
    await click(planner, card().querySelector<HTMLElement>('[data-action="suspend"]')!);
    expect(planner.shadowRoot!.activeElement?.id).to.equal('step-reason-plan-weekly');
    await click(planner, card().querySelector<HTMLElement>('form.step-form button[type="submit"]')!);
    expect(card().querySelector('[part="step-form"]')!.textContent).to.contain('Give the reason');
    await typeInto(planner, byId(planner, 'step-reason-plan-weekly'), 'Mother in hospital');
    await click(planner, card().querySelector<HTMLElement>('form.step-form button[type="submit"]')!);
    await until(planner, () => card().dataset.status === 'suspended', 'not suspended');
    await settle(planner);
    expect($(planner, 'cp-live-region').shadowRoot!.textContent, 'said by the live region').to.contain('Visits suspended');
    await click(planner, card().querySelector<HTMLElement>('[data-action="resume"]')!);
    await until(planner, () => card().dataset.status === 'active', 'not resumed');
    await click(planner, card().querySelector<HTMLElement>('[data-action="end"]')!);
    await click(planner, card().querySelector<HTMLElement>('form.step-form button[type="submit"]')!);
    await until(planner, () => card().dataset.status === 'ended', 'not ended');
    expect(steps).to.deep.equal(['active→suspended', 'suspended→active', 'active→ended']);
    expect(card().querySelector('[data-action="edit"]')).to.equal(null);
    const history = await storage.history('visitationPlan', 'plan-weekly');
    expect(history.map((entry) => entry.action)).to.deep.equal(['visitation-plan.created', 'visitation-plan.suspended', 'visitation-plan.resumed', 'visitation-plan.ended']);
    await click(planner, card().querySelector<HTMLElement>('[data-action="history"]')!);
    await until(planner, () => card().querySelectorAll('[part="history"] .history-saves > li').length === 4, 'the history was not shown');
    const shown = card().querySelector('[part="history"]')!.textContent!;
    expect(shown).to.contain('Visits suspended').and.to.contain('Visits resumed').and.to.contain('Visitation plan ended').and.to.contain('Claire Martin');
    // What each save changed, by the form's labels and the plan's words, dates in the viewer's language.
    const saves = [...card().querySelectorAll('[part="history"] .history-saves > li')].map((entry) => entry.textContent!.replace(/\s+/g, ' '));
    expect(saves[1]).to.contain('Status: Active → Suspended').and.to.contain('Suspensions: (empty) → From Mar 31, 2026, until resumed: Mother in hospital');
    expect(saves[3]).to.contain('Status: Active → Ended').and.to.contain('Ended on: Mar 31, 2026 (added)');
    expect(planner.shadowRoot!.activeElement?.id).to.equal('plan-plan-weekly-history');
  });

  it('switches language live when the locale changes', async () => {
    const planner = await mountPlanner({ storage: await filledStorage() });
    expect($(planner, 'h2').textContent).to.equal('Visitation plans');
    planner.locale = 'pt-BR';
    await settle(planner);
    expect($(planner, 'h2').textContent).to.equal('Planos de visitação');
    expect($(planner, '[data-detail="schedule"]').textContent).to.contain('Toda semana: terça-feira');
    planner.locale = 'fr';
    await settle(planner);
    expect($(planner, '[data-action="create"]').textContent!.trim()).to.equal('Nouveau plan de visites');
    planner.removeAttribute('locale');
    planner.locale = undefined;
    document.documentElement.lang = 'es';
    await settle(planner);
    expect($(planner, 'h2').textContent).to.equal('Planes de visitas');
    document.documentElement.lang = 'en';
    await settle(planner);
    expect($(planner, 'h2').textContent).to.equal('Visitation plans');
  });
});
