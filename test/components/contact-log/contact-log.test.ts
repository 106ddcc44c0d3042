import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { Contact } from '../../../src/model/visitation/contact.js';
import { $, byId, choose, click, settle, typeInto, until } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { countText, mountLog, rows } from './helpers.js';

describe('<contact-log>', () => {
  it('records a contact with the planned visit suggested from its date', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    const log = await mountLog({ storage });
    const changes: { dirty: boolean }[] = [];
    const saved: number[] = [];
    log.addEventListener('cp-change', (event) => changes.push(event.detail));
    log.addEventListener('cp-saved', (event) => saved.push(event.detail.version));
    expect(countText(log)).to.equal('No contact shown');
    await click(log, $(log, '[data-action="record"]'));
    await choose(log, byId(log, 'occurredAt'), '2026-03-10T16:05');
    await choose(log, byId<HTMLSelectElement>(log, 'visitationPlanId'), 'plan-weekly');
    expect(byId<HTMLSelectElement>(log, 'plannedOccurrence').value).to.equal('2026-03-10T16:00');
    await typeInto(log, byId(log, 'durationMinutes'), '90');
    await typeInto(log, byId(log, 'notes'), 'Good visit, played board games.');
    await click(log, $(log, 'form.contact-form button[type="submit"]'));
    await until(log, () => rows(log).length === 1, 'the contact was not listed');
    const stored = (await storage.list<Contact>('contact', { childId: 'child-1' })).records;
    expect(stored).to.have.length(1);
    expect(stored[0]!.plannedOccurrence).to.equal('2026-03-10T16:00');
    expect(stored[0]!.authorId).to.equal('worker-1');
    expect(stored[0]!.durationMinutes).to.equal(90);
    await settle(log);
    expect(rows(log)[0]!.textContent).to.contain('Weekly visit with mother');
    expect(changes.length).to.be.greaterThan(2);
    expect(changes.every((change) => change.dirty)).to.equal(true);
    expect(saved).to.deep.equal([1]);
  });

  it('lists contacts newest first and narrows them by plan, type, outcome and period', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    for (const contact of [
      contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-03T16:00' }),
      contactAt('2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } }, { visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: '2026-03-10T16:00' }),
      contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'] }),
      contactAt('2026-02-20T10:00:00.000Z', { type: 'completed' }, { type: 'phone' }),
    ]) {
      await storage.put('contact', contact);
    }
    const log = await mountLog({ storage });
    await settle(log);
    expect(countText(log)).to.equal('4 contacts shown');
    expect(rows(log)[0]!.textContent).to.contain('Caseworker home visit');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-order'), 'oldest-first');
    expect(rows(log)[0]!.textContent).to.contain('Phone call');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-order'), 'newest-first');

    await choose(log, byId<HTMLSelectElement>(log, 'filter-plan'), 'plan-weekly');
    expect(countText(log)).to.equal('2 contacts shown');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-outcome'), 'no-show');
    expect(countText(log)).to.equal('1 contact shown');
    expect(rows(log)[0]!.textContent).to.contain('No-show: Joana Almeida');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-outcome'), '');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-plan'), '-');
    expect(countText(log)).to.equal('2 contacts shown');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-type'), 'phone');
    expect(countText(log)).to.equal('1 contact shown');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-type'), '');
    await choose(log, byId(log, 'filter-from'), '2026-03-01');
    expect(countText(log)).to.equal('1 contact shown');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-participant'), 'worker-1');
    expect(countText(log)).to.equal('1 contact shown');
    await choose(log, byId(log, 'filter-from'), '2026-03-13');
    expect(countText(log)).to.equal('No contact shown');
    expect($(log, '.empty').textContent).to.contain('No contact matches');
  });
});
