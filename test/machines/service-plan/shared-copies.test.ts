import { expect } from '@open-wc/testing';
import { selectPlan } from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { basicItem, readyPlan } from '../../model/service-plan/fixtures.js';
import { AUTOSAVE_MS, newStoreName, startPlanActor, type Harness } from './harness.js';

// The machine holds the working plan and the saved one (what a conflict is merged against and an undo of
// everything returns to) sharing their unchanged objects: one plan in memory, not two. These tests are
// what keeps that sharing honest: an edit must never reach the saved copy through a shared object.

async function openStoredPlan(): Promise<{ harness: Harness; id: string }> {
  const store = newStoreName();
  const plan = readyPlan({ id: 'shared-plan' });
  plan.subGoals[1]!.items.push(basicItem('item-4', { expectedOutcome: 'A home for the family' }));
  await new MemoryStorageAdapter({ name: store }).put('servicePlan', plan);
  const harness = startPlanActor({ store, input: { planId: plan.id } });
  await harness.until('idle');
  return { harness, id: plan.id };
}

const saved = (harness: Harness) => harness.actor.getSnapshot().context.saved!;
const working = (harness: Harness) => selectPlan(harness.actor.getSnapshot())!;

describe('service plan machine: working and saved copies share what is unchanged', () => {
  it('after a save, the saved copy and the working copy are one set of objects where nothing changed, and unchanged items keep their identity', async () => {
    const { harness } = await openStoredPlan();
    const untouched = working(harness).subGoals[1]!;
    harness.edit({ type: 'update-item', itemId: 'item-1', changes: { expectedOutcome: 'Maria attends every session' } });
    await harness.autosave();
    expect(saved(harness).version).to.equal(2);
    expect(working(harness).subGoals[1], 'the unchanged sub-goal is the one the view already drew').to.equal(untouched);
    expect(saved(harness).subGoals[1], 'the saved copy holds the same objects').to.equal(untouched);
    expect(saved(harness).subGoals[0]!.items[1]).to.equal(working(harness).subGoals[0]!.items[1]);
  });

  it('an edit to the working copy never changes the saved copy it shares objects with (opened, then after each save)', async () => {
    const { harness, id } = await openStoredPlan();
    const asStored = () => harness.storage.get<ServicePlan>('servicePlan', id);
    // Opened: the working plan is the saved plan itself.
    expect(working(harness)).to.equal(saved(harness));
    const edits = [
      { type: 'update-item', itemId: 'item-4', changes: { expectedOutcome: 'First words typed' } },
      { type: 'set-item-status', itemId: 'item-4', status: 'in-progress' },
      { type: 'add-delivery', itemId: 'item-2', id: 'd-new', date: '2026-03-01', units: 1, note: '' },
      { type: 'set-goal', title: 'Leo home by summer' },
      { type: 'move-item', itemId: 'item-4', toSubGoalId: 'sg-1', toIndex: 0 },
    ] as const;
    for (const edit of edits) {
      const savedBefore = structuredClone(saved(harness));
      expect(savedBefore, 'the saved copy is what storage holds').to.deep.equal(await asStored());
      harness.edit(edit);
      expect(working(harness), `${edit.type} changed the working copy`).to.not.deep.equal(savedBefore);
      expect(saved(harness), `${edit.type} left the saved copy as saved`).to.deep.equal(savedBefore);
      await harness.autosave();
    }
    expect(saved(harness)).to.deep.equal(await asStored());
    const item = working(harness).subGoals[0]!.items[0]!;
    expect(item).to.include({ id: 'item-4', expectedOutcome: 'First words typed', status: 'in-progress' });
  });

  it('edits made while a save is in flight: the saved copy is what storage got, the working copy keeps them, and the next save writes them', async () => {
    const { harness, id } = await openStoredPlan();
    const asStored = () => harness.storage.get<ServicePlan>('servicePlan', id);
    harness.edit({ type: 'update-item', itemId: 'item-1', changes: { expectedOutcome: 'Written first' } });
    const release = harness.storage.holdWrites();
    harness.clock.increment(AUTOSAVE_MS);
    await harness.until('saving');
    // Typed while the write is held: another item, and the item being written, again.
    harness.edit({ type: 'update-item', itemId: 'item-4', changes: { expectedOutcome: 'Typed during the save' } });
    harness.edit({ type: 'update-item', itemId: 'item-1', changes: { expectedOutcome: 'Written first, then amended' } });
    release();
    await harness.until('dirty');
    const stored = await asStored();
    expect(saved(harness), 'the saved copy is what storage holds').to.deep.equal(stored);
    expect(stored!.subGoals[0]!.items[0]!.expectedOutcome).to.equal('Written first');
    const items = working(harness).subGoals.flatMap((subGoal) => subGoal.items);
    expect(items.find((item) => item.id === 'item-1')!.expectedOutcome, 'the amendment is kept').to.equal('Written first, then amended');
    expect(items.find((item) => item.id === 'item-4')!.expectedOutcome, 'the other edit is kept').to.equal('Typed during the save');
    await harness.autosave();
    const written = (await asStored())!.subGoals.flatMap((subGoal) => subGoal.items);
    expect(written.find((item) => item.id === 'item-1')!.expectedOutcome).to.equal('Written first, then amended');
    expect(written.find((item) => item.id === 'item-4')!.expectedOutcome).to.equal('Typed during the save');
    expect(saved(harness)).to.deep.equal(await asStored());
  });
});
