import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { $, settle } from '../visitation-planner/helpers.js';
import { contactAt, seedWeeklyPlan } from './seed.js';
import { mountLog } from './helpers.js';

/** March: a home visit in the residence; April: one at school; May (under way, the 20th): none yet. */
async function twoMonthsOfVisits(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.put('contact', contactAt('2026-03-12T10:00:00.000Z', { type: 'completed' }, { id: 'home-march', type: 'caseworker-home-visit', atChildResidence: true, participantIds: ['child-1', 'worker-1'] }));
  await storage.put('contact', contactAt('2026-04-14T10:00:00.000Z', { type: 'completed' }, { id: 'school-april', type: 'caseworker-home-visit', atChildResidence: false, location: 'School', participantIds: ['child-1', 'worker-1'] }));
  return storage;
}

const NOW = new Date('2026-05-20T12:00:00.000Z');

function shareText(root: HTMLElement, kind: string): string {
  return $(root, `[part~="caseworker-standard"] [data-share="${kind}"]`).textContent!.replace(/\s+/g, ' ').trim();
}

describe('<contact-log> caseworker standard as shares', () => {
  it('shows the share of child-months with a visit against 95 % and of visits in the residence against most, with the per-month counts', async () => {
    const log = await mountLog({ storage: await twoMonthsOfVisits(), now: NOW });
    await settle(log);
    // May is under way with no visit yet: not judged. March and April each had one: 2 of 2.
    expect(shareText(log, 'child-months')).to.equal('Child-months with a caseworker visit 2 of 2 (100%) · target 95% or more · met');
    // One of the two visits was in the residence: half is not most.
    expect(shareText(log, 'residence')).to.equal('Caseworker visits in the child’s residence 1 of 2 (50%) · target most (more than half) · not met');
    expect($(log, '[part~="caseworker-standard"] [data-month="2026-04"]').textContent).to.contain('1 visit, 0 in the residence');
  });

  const expected: Record<string, [string, string]> = {
    es: ['2 de 2 (100 %) · objetivo 95 % o más · cumplido', '1 de 2 (50 %) · objetivo la mayoría (más de la mitad) · no cumplido'],
    fr: ['2 sur 2 (100 %) · objectif 95 % ou plus · atteint', '1 sur 2 (50 %) · objectif la plupart (plus de la moitié) · non atteint'],
    'pt-BR': ['2 de 2 (100%) · meta 95% ou mais · cumprida', '1 de 2 (50%) · meta a maioria (mais da metade) · não cumprida'],
  };
  for (const [locale, [months, residence]] of Object.entries(expected)) {
    it(`says the shares in ${locale}`, async () => {
      const log = await mountLog({ storage: await twoMonthsOfVisits(), now: NOW, locale });
      await settle(log);
      expect(shareText(log, 'child-months').replace(/\u202f|\u00a0/g, ' ')).to.contain(months);
      expect(shareText(log, 'residence').replace(/\u202f|\u00a0/g, ' ')).to.contain(residence);
    });
  }
});
