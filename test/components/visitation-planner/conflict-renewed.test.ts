// The planner in a conflict while the other side saves the plan again (the machine's half is
// test/machines/visitation/conflict-renewed.test.ts): the live region says the conflict now shows their newest save,
// in the planner's language, and an "Edit mine" chosen before that save is read is refused and said, not silently dropped.
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import type { VisitationPlanner } from '../../../src/components/visitation-planner/visitation-planner.js';
import { FaultyStorage } from '../../machines/service-plan/faulty-storage.js';
import { seedWeeklyPlan } from '../contact-log/seed.js';
import { $, byId, click, mountPlanner, typeInto, until } from './helpers.js';
import { announced, theirsChanged } from '../visits-shared/conflict-words.js';
import { planCardTitled } from './plan-steps.js';

/** The planner in a conflict on the weekly plan's location: mine 'Library, meeting room', theirs 'Town library'. */
async function plannerConflict(): Promise<{ planner: VisitationPlanner; storage: FaultyStorage; theirs: MemoryStorageAdapter }> {
  const theirs = new MemoryStorageAdapter();
  await seedWeeklyPlan(theirs);
  const storage = new FaultyStorage(theirs);
  const planner = await mountPlanner({ storage });
  await click(planner, planCardTitled(planner, 'Weekly visit with mother').querySelector<HTMLElement>('[data-action="edit"]')!);
  await typeInto(planner, byId(planner, 'location'), 'Library, meeting room');
  await savesAgain(theirs, 'Town library');
  await click(planner, $(planner, 'form.plan-form button[type="submit"]'));
  await until(planner, () => planner.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict shown');
  return { planner, storage, theirs };
}

/** The other side saves the plan's location. */
async function savesAgain(theirs: MemoryStorageAdapter, location: string): Promise<void> {
  const stored = (await theirs.get<VisitationPlan>('visitationPlan', 'plan-weekly'))!;
  await theirs.put('visitationPlan', { ...stored, location, updatedBy: 'someone-else' });
}

/** The conflict panel's text (the field both changed shows their value). */
const panelText = (planner: VisitationPlanner) => planner.shadowRoot!.querySelector('[part="conflict"]')?.textContent ?? '';

describe('<visitation-planner>: the other side saves again during a conflict', () => {
  for (const locale of ['en', 'fr']) {
    it(`says the conflict now shows their newest save, focus left where it is (${locale})`, async () => {
      const { planner, theirs } = await plannerConflict();
      planner.locale = locale;
      await planner.updateComplete;
      const keepMine = $(planner, '[data-action="keep-mine"]');
      keepMine.focus();
      await savesAgain(theirs, 'Town library, room 2');
      await until(planner, () => panelText(planner).includes('Town library, room 2'), 'their newest save not shown');
      expect(announced(planner)).to.equal(theirsChanged[locale]);
      expect(planner.shadowRoot!.activeElement, 'focus left on the button the user was on').to.equal(keepMine);
    });
  }

  for (const locale of ['en', 'pt']) {
    it(`refuses "Edit mine" chosen before their newest save is read, and says so (${locale})`, async () => {
      const { planner, storage, theirs } = await plannerConflict();
      planner.locale = locale;
      await planner.updateComplete;
      const release = storage.holdReads();
      const reads = storage.reads;
      await savesAgain(theirs, 'Town library, room 2');
      await waitUntil(() => storage.reads > reads, 'their save was never announced');
      await click(planner, $(planner, '[data-action="edit-mine"]'));
      expect(planner.shadowRoot!.querySelector('form.plan-form'), 'the form opened on a version not seen').to.equal(null);
      expect(announced(planner), 'the refusal said').to.equal(theirsChanged[locale]);
      release();
      await until(planner, () => panelText(planner).includes('Town library, room 2'), 'their newest save not shown');
      await click(planner, $(planner, '[data-action="edit-mine"]'));
      await until(planner, () => planner.shadowRoot!.querySelector('form.plan-form'), 'Edit mine refused once their save was read');
      expect(byId(planner, 'location').value).to.equal('Library, meeting room');
      expect(planner.shadowRoot!.activeElement?.id, 'focus in the form').to.equal('title');
    });
  }
});
