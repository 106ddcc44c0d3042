import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { SET_ASIDE_KIND, setAsideOf } from '../../../src/model/set-aside.js';
import { threeWayMerge } from '../../../src/model/shared/three-way-merge.js';
import { expectNoAxeViolations } from '../a11y-helpers.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { $, $$, click, mountPlanner, until } from './helpers.js';

/** A plan where someone else's place was kept and the place I typed set aside, as a conflict's take-theirs leaves it. */
async function planWithSetAside(): Promise<{ storage: MemoryStorageAdapter; typed: string }> {
  const storage = new MemoryStorageAdapter();
  const base = await seedWeeklyPlan(storage);
  const typed = 'The park by the river';
  const mine: VisitationPlan = { ...base, location: typed };
  const theirs = await storage.put('visitationPlan', { ...base, location: 'Grandmother’s house', updatedBy: 'worker-2' }, { action: 'visitation-plan.updated' });
  const conflict = { mine, theirs, base, fields: threeWayMerge(base, mine, theirs).conflicts, choices: {} };
  const version = setAsideOf({ id: 'set-aside-1', recordKind: 'visitationPlan', conflict, resolution: 'take-theirs', by: 'worker-1', at: '2026-03-30T10:00:00.000Z' })!;
  await storage.put(SET_ASIDE_KIND, version, { action: 'conflict.set-aside' });
  return { storage, typed };
}

describe('<visitation-planner> history', () => {
  it('shows what each save changed and the version set aside in a conflict, and restores it', async () => {
    const { storage, typed } = await planWithSetAside();
    const planner = await mountPlanner({ storage });
    await click(planner, $(planner, '[data-action="history"]'));
    await until(planner, () => $$(planner, '[part="history"] .history-saves > li').length === 2, 'the history was not shown');
    const saves = $$(planner, '[part="history"] .history-saves > li').map((entry) => entry.textContent!.replace(/\s+/g, ' '));
    expect(saves[1]).to.contain('Place: Grandmother’s house (added)');
    const setAside = $(planner, '[part="history"] [data-set-aside="set-aside-1"]');
    expect(setAside.textContent!.replace(/\s+/g, ' ')).to.contain(`Place: ${typed} (kept instead: Grandmother’s house)`);
    const restore = setAside.querySelector<HTMLButtonElement>('[data-action="restore"]')!;
    expect(restore.getAttribute('aria-label')).to.match(/^Restore the version set aside Mar 30, 2026/);
    await expectNoAxeViolations(planner);

    await click(planner, restore);
    await waitUntil(async () => (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))?.location === typed, 'the typed place was not restored', { timeout: 5000 });
    const history = await storage.history('visitationPlan', 'plan-weekly');
    expect(history.at(-1)).to.include({ action: 'visitation-plan.version-restored', by: 'worker-1' });
    await until(planner, () => $$(planner, '[part="history"] .history-saves > li').length === 3, 'the restore is not in the history');
    expect($(planner, '[part="history"] [role="status"].history-status').textContent).to.contain('restored');
    expect($(planner, `[data-plan-id="plan-weekly"]`).textContent).to.contain(typed);
  });

  it('refuses to restore onto a plan ended since, says why at the button, and writes nothing', async () => {
    const { storage, typed } = await planWithSetAside();
    const stored = (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    const ended = await storage.put('visitationPlan', { ...stored, status: 'ended', endedOn: '2026-03-31' }, { action: 'visitation-plan.ended' });
    const planner = await mountPlanner({ storage });
    await click(planner, $(planner, '[data-action="history"]'));
    await until(planner, () => planner.shadowRoot!.querySelector('[data-set-aside="set-aside-1"] [data-action="restore"]') !== null, 'the version set aside was not shown');
    await click(planner, $(planner, '[data-set-aside="set-aside-1"] [data-action="restore"]'));
    await until(planner, () => planner.shadowRoot!.querySelector('[data-set-aside="set-aside-1"] [data-refused]') !== null, 'the refusal was not said');
    expect($(planner, '[data-set-aside="set-aside-1"] [data-refused]').textContent).to.contain('This plan has ended and can no longer be changed.');
    const after = (await storage.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
    expect(after.version, 'nothing written').to.equal(ended.version);
    expect(after.location).to.not.equal(typed);
    expect(after.status).to.equal('ended');
    await expectNoAxeViolations(planner);
  });

  it('lets a read-only viewer read a version set aside but not restore it', async () => {
    const { storage, typed } = await planWithSetAside();
    const planner = await mountPlanner({ storage, readonly: true });
    await click(planner, $(planner, '[data-action="history"]'));
    await until(planner, () => planner.shadowRoot!.querySelector('[data-set-aside]') !== null, 'the version set aside was not shown');
    expect($(planner, '[data-set-aside]').textContent).to.contain(typed);
    expect(planner.shadowRoot!.querySelector('[data-action="restore"]')).to.equal(null);
  });
});

describe('<visitation-planner> grace period for recording a visit', () => {
  it('shows a visit due hours ago with nothing logged as not yet recorded, not missed, unless the agency sets no grace', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    // NOW is the evening of Tuesday 31 March: that day's 16:00 visit has nothing logged yet.
    const planner = await mountPlanner({ storage });
    const card = $(planner, '[data-plan-id="plan-weekly"]');
    expect(planner.recordingGraceDays).to.equal(2);
    expect(card.querySelector('[part="awaiting-record"]')?.textContent).to.contain('Tue, Mar 31, 2026');
    expect(card.querySelector('[data-period="current"] [data-figure="awaiting-record"]')?.textContent).to.equal('1');
    const missedBefore = Number(card.querySelector('[data-period="current"] [data-figure="missed"]')!.textContent);

    planner.recordingGraceDays = 0;
    await until(planner, () => card.querySelector('[part="awaiting-record"]') === null, 'the grace period was not applied');
    expect(Number(card.querySelector('[data-period="current"] [data-figure="missed"]')!.textContent)).to.equal(missedBefore + 1);
  });
});
