import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { StoredRecord } from '../../../src/model/record.js';
import { contactAt, seedWeeklyPlan } from '../contact-log/seed.js';
import { $, mountPlanner, settle } from './helpers.js';
import { figure, planCardTitled } from './plan-steps.js';

// The planner's side of RX's finding (round 13): a damaged contact is hidden, and the plan's compliance
// must not then report the visit it may record as missed.

describe('<visitation-planner> compliance with a damaged contact', () => {
  it('does not list a visit as missed, nor give a rate, while a contact of the child cannot be read', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.put('contact', contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'kept-3', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }));
    // The visit of 10 March took place, but its stored row no longer passes the schema.
    storage.seedRaw('contact', { ...contactAt('2026-03-10T16:00:00.000Z', { type: 'completed' }, { id: 'damaged-10', visitationPlanId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }), version: 1, durationMinutes: -1 } as StoredRecord);
    const planner = await mountPlanner({ storage, locale: 'es' });
    await settle(planner);
    expect(planner.shadowRoot!.textContent, 'the damaged record is announced').to.contain('1 registro guardado está dañado');
    const weekly = planCardTitled(planner, 'Weekly visit with mother');
    expect(weekly.querySelector('[part~="missed"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '', 'a visit listed as missed').to.equal('');
    expect(figure(weekly, 'current', 'missed')).to.equal('0');
    expect(figure(weekly, 'current', 'completed'), 'only the visit that could be read is counted').to.equal('1');
    expect(figure(weekly, 'current', 'rate')).to.equal('No se puede evaluar');
    const unjudged = $(weekly, '[part~="unjudged"]').textContent!.replace(/\s+/g, ' ');
    expect(unjudged).to.contain('no se puede evaluar: 1 registro dañado');
    await expectNoAxeViolations(planner);
  });
});
