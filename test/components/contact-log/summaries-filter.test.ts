import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, byId, choose, settle, typeInto } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { countText, mountLog } from './helpers.js';

/** March in Lisbon: the 3rd kept, the 10th a no-show, the 17th kept (notes about drawings), the 24th never logged, the 31st today; two home visits. */
async function marchLog(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  const linked = (day: string) => ({ visitationPlanId: 'plan-weekly', planId: 'plan-weekly', plannedOccurrence: `2026-03-${day}T16:00` });
  for (const contact of [
    contactAt('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'visit-3', ...linked('03') }),
    contactAt('2026-03-10T16:00:00.000Z', { type: 'no-show', who: { party: 'visitor', participantId: 'mother-1' } }, { id: 'visit-10', ...linked('10') }),
    contactAt('2026-03-17T16:00:00.000Z', { type: 'completed' }, { id: 'visit-17', ...linked('17'), notes: 'Lucas showed his drawings' }),
    contactAt('2026-02-12T10:00:00.000Z', { type: 'completed' }, { id: 'home-feb', type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'] }),
    contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { id: 'home-mar', type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'] }),
  ]) {
    await storage.put('contact', contact);
  }
  return storage;
}

/** The March row of the weekly plan's table: planned, completed, cancelled, missed, rate. */
function march(log: HTMLElement): string[] {
  const row = log.shadowRoot!.querySelector('[data-summary-plan="plan-weekly"] tr[data-month="2026-03"]');
  return row ? ['planned', 'completed', 'cancelled', 'missed', 'rate'].map((figure) => row.querySelector(`[data-figure="${figure}"]`)!.textContent!.trim()) : [];
}

const note = (log: HTMLElement) => log.shadowRoot!.querySelector('[data-summary-filter]')?.textContent?.replace(/\s+/g, ' ').trim();
const standardMonths = (log: HTMLElement) => [...log.shadowRoot!.querySelectorAll<HTMLElement>('[part="caseworker-standard"] li')].map((item) => item.dataset.month);

describe('<contact-log> summaries follow the filters', () => {
  it('narrows the compliance tables and the caseworker standard to the period, the words and the outcome filtered on, and says so', async () => {
    const log = await mountLog({ storage: await marchLog() });
    await settle(log);
    // The whole log: five planned in March, two kept, a no-show, the 24th never logged; the 31st (today) still within the grace period.
    expect(march(log)).to.deep.equal(['5', '2', '0', '2', '50%']);
    expect(note(log)).to.equal(undefined);
    expect(standardMonths(log)).to.deep.equal(['2026-03', '2026-02']);

    await choose(log, byId(log, 'filter-from'), '2026-03-09');
    await choose(log, byId(log, 'filter-to'), '2026-03-18');
    expect(countText(log)).to.equal('3 contacts shown');
    expect(march(log), 'the table ignores the period').to.deep.equal(['2', '1', '0', '1', '50%']);
    expect(log.shadowRoot!.querySelector('[data-summary-plan="plan-weekly"] tr[data-month="2026-04"]')).to.equal(null);
    expect(standardMonths(log), 'the standard ignores the period').to.deep.equal(['2026-03']);
    expect(note(log)).to.contain('These summaries follow the filters: From: Mar 9, 2026 · To: Mar 18, 2026.').and.to.contain('The caseworker monthly visits follow the period only.');

    await typeInto(log, byId(log, 'filter-text'), 'drawings');
    await settle(log);
    expect(countText(log)).to.equal('1 contact shown');
    expect(march(log), 'the table ignores the words searched').to.deep.equal(['1', '1', '0', '0', '100%']);
    expect(note(log)).to.contain('Search: drawings').and.to.contain('count only the planned visits whose contact matches');

    await typeInto(log, byId(log, 'filter-text'), '');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-outcome'), 'no-show');
    expect(march(log)).to.deep.equal(['1', '0', '0', '1', '0%']);
    expect(note(log)).to.contain('Outcome: No-show');
    await expectNoAxeViolations(log);

    // Filtering on contacts with no plan leaves no plan's table, and says so.
    await choose(log, byId<HTMLSelectElement>(log, 'filter-outcome'), '');
    await choose(log, byId<HTMLSelectElement>(log, 'filter-plan'), '-');
    expect(log.shadowRoot!.querySelector('[data-summary-plan]')).to.equal(null);
    expect($(log, '[part="summaries"]').textContent).to.contain('No visitation plan for these contacts');
  });
});
