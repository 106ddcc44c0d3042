import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { planContact, weeklyPlan } from '../../model/visitation/fixtures.js';
import { $, $$, mountEditor, printMedia } from './helpers.js';

/** An active case plan with a basis, an appointment and a linked need, and Leo's visitation plan. */
function caseStorage(): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `print-records-${Math.random()}` });
  const plan = readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31', needs: ['stable housing'] });
  const withRecords: ServicePlan = {
    ...plan,
    basis: { assessmentSource: 'CANS', assessmentDate: '2026-01-02', assessedBy: 'Rita Nunes', assessmentSummary: 'Eviction notice in December', history: 'First referral in 2025', currentSituation: 'Staying with an aunt' },
    subGoals: plan.subGoals.map((subGoal) => ({
      ...subGoal,
      items: subGoal.items.map((item) =>
        item.id === 'item-3'
          ? { ...item, addressesNeeds: ['stable housing'], appointments: [{ id: 'ap-1', date: '2026-03-02', withWhom: 'Housing office, Dr. Reis', status: 'kept' as const, note: 'Brought the lease' }] }
          : item,
      ),
    })),
  };
  storage.seedRaw('servicePlan', { ...withRecords, version: 2 });
  storage.seedRaw('visitationPlan', weeklyPlan({ childId: 'leo', participants: [{ participantId: 'leo', role: 'child' }, { participantId: 'maria', role: 'visitor' }] }));
  storage.seedRaw('contact', planContact('plan-weekly', '2026-03-03T16:00', '2026-03-03T16:00:00.000Z', { type: 'completed' }, { childId: 'leo' }));
  return storage;
}

describe('<service-plan-editor> printed: what the plan is built on, appointments and visitation plans', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints the basis, each appointment with its outcome, the needs an item answers and the child\'s visitation plans', async () => {
    const element = await mountEditor({ storage: caseStorage(), planId: 'plan-1' });
    await printMedia(element);
    await waitUntil(() => element.shadowRoot!.querySelector('.print-only [data-visitation-plan-id]'), 'the visitation plans were not printed', { timeout: 5000 });
    const printed = (selector: string) => $(element, `.print-only ${selector}`).textContent!.replace(/\s+/g, ' ');
    expect(printed('[data-basis="assessmentSource"]')).to.contain('CANS');
    expect(printed('[data-basis="assessedBy"]')).to.contain('Rita Nunes');
    expect(printed('[data-basis="history"]')).to.contain('First referral in 2025');
    expect(printed('[data-basis="currentSituation"]')).to.contain('Staying with an aunt');
    expect(printed('[data-appointment-id="ap-1"]')).to.contain('Housing office, Dr. Reis').and.to.contain('Kept').and.to.contain('Brought the lease');
    expect(printed('[data-links="needs"]')).to.contain('stable housing');
    const visits = $$(element, '.print-only [data-visitation-plan-id]');
    expect(visits.map((row) => row.dataset.visitationPlanId)).to.deep.equal(['plan-weekly']);
    expect(visits[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('Weekly visit with mother').and.to.contain('Court-ordered').and.to.contain('1 of 1 visits took place');
    // Printed, not only present: the document is what shows under print media.
    expect(getComputedStyle($(element, '.print-only')).display).not.to.equal('none');
  });
});
