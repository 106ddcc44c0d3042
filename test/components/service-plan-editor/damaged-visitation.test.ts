import { expect, waitUntil } from '@open-wc/testing';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { planContact, weeklyPlan } from '../../model/visitation/fixtures.js';
import { freshDatabaseName } from '../../storage/fixtures.js';
import { damageStoredRecord } from '../shared/damaged-row.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { $, mountEditor, openSection, printedText } from './helpers.js';

// The case plan's visitation section (and its printed copy) judged Leo's visits from the contacts it could
// read: with the 10 February visit's stored row damaged, it said "4 of 5 visits took place (80 %) … 1 visit
// missed" — a court report that the mother never came. The contact log and the planner say "cannot be
// judged" then (DR, round 13); the case plan must not say otherwise.

const leo = { childId: 'leo', participants: [{ participantId: 'leo', role: 'child' as const }, { participantId: 'maria', role: 'visitor' as const }] };

async function caseWithDamagedVisit(): Promise<DexieStorageAdapter> {
  const databaseName = freshDatabaseName('spe-damaged-visit');
  const storage = new DexieStorageAdapter({ databaseName });
  await storage.put('servicePlan', readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }));
  // Weekly visits with Maria from Tuesday 3 February; every one of them took place (the editor's now: 10 March, 14:00).
  await storage.put('visitationPlan', { ...weeklyPlan({ ...leo, startDate: '2026-02-03', activatedOn: '2026-02-01' }), version: 0 });
  for (const day of ['02-03', '02-10', '02-17', '02-24', '03-03']) {
    await storage.put('contact', { ...planContact('plan-weekly', `2026-${day}T16:00`, `2026-${day}T16:00:00.000Z`, { type: 'completed' }, { childId: 'leo' }), id: `visit-${day}`, version: 0 });
  }
  await damageStoredRecord(databaseName, 'contact', 'visit-02-10', { durationMinutes: 'forever' });
  return storage;
}

describe('<service-plan-editor>: visitation with a damaged contact', () => {
  it('does not call a visit missed, nor give a rate, while a contact of the case cannot be read (screen and print)', async () => {
    const storage = await caseWithDamagedVisit();
    const element = await mountEditor({ storage, planId: 'plan-1' });
    await openSection(element, 'visitation');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="visitation"] li'), 'no visitation plan shown', { timeout: 5000 });
    const section = $(element, '[part~="visitation"]').textContent!.replace(/\s+/g, ' ');
    expect(section, 'the damaged record is announced').to.contain('1 stored record of the case is damaged and is not shown');
    const entry = $(element, '[part~="visitation"] li').textContent!.replace(/\s+/g, ' ');
    expect(entry, 'a visit called missed').not.to.match(/missed/);
    expect(entry, 'a rate given').not.to.match(/%/);
    expect(entry).to.contain('1 visit cannot be judged: 1 damaged record');
    const printed = printedText(element).replace(/\s+/g, ' ');
    expect(printed, 'the printed copy calls a visit missed').not.to.match(/missed|%/);
    expect(printed).to.contain('1 visit cannot be judged: 1 damaged record');
    await expectNoAxeViolations(element);
    await storage.close();
  });

  it('does not say the child has no visitation plan while a stored plan of the case cannot be read (screen and print)', async () => {
    const databaseName = freshDatabaseName('spe-damaged-plan');
    const storage = new DexieStorageAdapter({ databaseName });
    await storage.put('servicePlan', readyPlan({ status: 'active', activatedOn: '2026-01-31', firstActivatedOn: '2026-01-31' }));
    await storage.put('visitationPlan', { ...weeklyPlan({ ...leo }), version: 0 });
    await damageStoredRecord(databaseName, 'visitationPlan', 'plan-weekly', { durationMinutes: 'all day' });
    const element = await mountEditor({ storage, planId: 'plan-1', locale: 'es' });
    await openSection(element, 'visitation');
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="visitation"] [data-visitation-unreadable]'), 'the damaged plan was not announced', { timeout: 5000 });
    const section = $(element, '[part~="visitation"]').textContent!.replace(/\s+/g, ' ');
    expect(section).to.contain('1 registro guardado del caso está dañado y no se muestra');
    expect(section, 'said there is no plan').not.to.contain('todavía no tiene plan de visitas');
    const printed = printedText(element).replace(/\s+/g, ' ');
    expect(printed).to.contain('1 registro guardado del caso está dañado');
    expect(printed, 'printed that there is no plan').not.to.contain('todavía no tiene plan de visitas');
    await storage.close();
  });
});
