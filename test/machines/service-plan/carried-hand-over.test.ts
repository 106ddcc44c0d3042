// Brief C12: a storage change (the carried plan, as the editor's planLeave builds it) while earlier users' batches wait,
// a conflict is open, or the plan was never stored. Words and authors are read from storage's history; waits are bounded.
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { CarriedPlan } from '../../../src/machines/service-plan/types.js';
import { selectPlan } from '../../../src/machines/service-plan/selectors.js';
import { planLeave } from '../../../src/components/service-plan-editor/plan-leave.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { newStoreName, startPlanActor, type Harness } from './harness.js';
import { untilAllWritten, worker2, worker3, writtenEntries } from './history-writes.js';

/** What the editor carries to the next storage (planLeave's `carried`, as on a host's storage). */
function carriedFrom(harness: Harness): CarriedPlan {
  const carried = planLeave(() => undefined).carried(harness.actor, false);
  expect(carried, 'something is carried').to.not.equal(undefined);
  return carried!;
}

async function stored(harness: Harness, id: string): Promise<ServicePlan> {
  return (await harness.storage.get<ServicePlan>('servicePlan', id))!;
}

/** Another tab stores `goal` over what is stored now, as worker-9. */
async function otherTabSaves(harness: Harness, id: string, goal: Partial<ServicePlan['goal']>): Promise<void> {
  const now = await stored(harness, id);
  await harness.storage.put('servicePlan', { ...now, goal: { ...now.goal, ...goal }, updatedBy: 'worker-9' });
}

/**
 * worker-1's title failed to write, worker-2 signed in and typed the description, the other tab saved the description:
 * the conflict is open, worker-1's title batch rebased onto the other tab's save, waiting.
 */
async function conflictWithRebasedBatch(store: string): Promise<{ harness: Harness; id: string }> {
  const harness = startPlanActor({ store });
  const id = selectPlan(await harness.until('idle'))!.id;
  harness.storage.failingWrites = 1;
  harness.edit({ type: 'set-goal', title: 'W1 title' });
  harness.clock.increment(500);
  await harness.until('failed');
  harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
  harness.edit({ type: 'set-goal', description: 'W2 description' });
  await otherTabSaves(harness, id, { description: 'From the other tab' });
  harness.send({ type: 'RETRY' });
  expect(await untilAllWritten(harness)).to.equal('conflict');
  expect(harness.actor.getSnapshot().context.handedOver.map((batch) => batch.author.id), 'worker-1 waits apart').to.deep.equal(['worker-1']);
  return { harness, id };
}

describe('C12: a storage change while batches wait or a conflict is open (machine)', () => {
  it('1. conflict open with a rebased batch, a new adapter over the same data, worker-2 keeps mine: every word once, each as its author', async () => {
    const store = newStoreName();
    const { harness, id } = await conflictWithRebasedBatch(store);
    const carry = carriedFrom(harness);
    harness.actor.stop();
    const moved = startPlanActor({ store, input: { planId: id, currentUser: worker2, carry } });
    expect(await untilAllWritten(moved)).to.equal('conflict');
    moved.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(moved)).to.equal('saved');
    const plan = await stored(moved, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'W2 description' });
    expect(await writtenEntries(moved, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title', 'worker-2: goal.description=W2 description']);
  });

  it('1. conflict open with a rebased batch, a new adapter over the same data, worker-2 takes theirs: worker-1\'s title as worker-1, the other tab\'s description stays', async () => {
    const store = newStoreName();
    const { harness, id } = await conflictWithRebasedBatch(store);
    const carry = carriedFrom(harness);
    harness.actor.stop();
    const moved = startPlanActor({ store, input: { planId: id, currentUser: worker2, carry } });
    expect(await untilAllWritten(moved)).to.equal('conflict');
    moved.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(await untilAllWritten(moved)).to.equal('saved');
    const plan = await stored(moved, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'From the other tab' });
    expect(await writtenEntries(moved, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title']);
  });

  it('1. conflict open with a rebased batch, the new storage holds the plan as it was before the other tab\'s save: worker-1\'s entry holds worker-1\'s title only', async () => {
    const store = newStoreName();
    const { harness, id } = await conflictWithRebasedBatch(store);
    // The new storage holds the plan as both sides started from (the other tab's save never reached it).
    const other = new MemoryStorageAdapter({ name: newStoreName() });
    const base = harness.actor.getSnapshot().context.conflict!.base!;
    await other.put('servicePlan', { ...base, version: 0 }, { action: 'plan.created' });
    const carry = carriedFrom(harness);
    harness.actor.stop();
    const moved = startPlanActor({ storage: other, input: { planId: id, currentUser: worker2, carry } });
    const state = await untilAllWritten(moved);
    if (state === 'conflict') moved.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(moved)).to.equal('saved');
    const plan = await stored(moved, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'W2 description' });
    // Nobody here typed 'From the other tab': no entry may name worker-1 or worker-2 for it.
    expect(await writtenEntries(moved, id)).to.deep.equal(['worker-1: goal.title=W1 title', 'worker-2: goal.description=W2 description']);
  });

  it('1. conflict open with a rebased batch, the new storage holds a save on worker-1\'s title too: asked, never overwritten unasked, still resolvable', async () => {
    const store = newStoreName();
    const { harness, id } = await conflictWithRebasedBatch(store);
    const carry = carriedFrom(harness);
    harness.actor.stop();
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    const moved = startPlanActor({ store, input: { planId: id, currentUser: worker2, carry } });
    expect(await untilAllWritten(moved)).to.equal('conflict');
    moved.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(await untilAllWritten(moved)).to.equal('saved');
    const plan = await stored(moved, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'Other tab title', description: 'From the other tab' });
    expect(moved.actor.getSnapshot().context.handedOver).to.deep.equal([]);
  });

  it('4. the carried plan is already all in the new storage while worker-1\'s batch waits: nothing waits unwritten, nothing asks', async () => {
    const store = newStoreName();
    const harness = startPlanActor({ store });
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'Same title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    const carry = carriedFrom(harness);
    harness.actor.stop();
    await otherTabSaves(harness, id, { title: 'Same title' });
    const moved = startPlanActor({ store, input: { planId: id, currentUser: worker2, carry } });
    // Opened as stored: nothing to write, nothing to ask.
    const opened = await moved.until('idle');
    expect(opened.context.handedOver).to.deep.equal([]);
    expect(opened.context.conflict).to.equal(undefined);
    expect(await writtenEntries(moved, id)).to.deep.equal(['worker-9: goal.title=Same title']);
  });

  it('4. worker-1\'s batch is in the new storage, worker-2\'s is not: worker-2\'s words written as worker-2, nothing left waiting', async () => {
    const store = newStoreName();
    const harness = startPlanActor({ store });
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'Same title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    const carry = carriedFrom(harness);
    harness.actor.stop();
    await otherTabSaves(harness, id, { title: 'Same title' });
    const moved = startPlanActor({ store, input: { planId: id, currentUser: worker2, carry } });
    expect(await untilAllWritten(moved)).to.equal('saved');
    expect(moved.actor.getSnapshot().context.handedOver).to.deep.equal([]);
    expect(await writtenEntries(moved, id)).to.deep.equal(['worker-9: goal.title=Same title', 'worker-2: goal.description=W2 description']);
  });
});

describe('C12: a plan never stored when the storage changes (machine)', () => {
  /** A new plan kept unstored until its first write (as the editor opens "New plan"). */
  async function newPlan(store: string, failFirst: boolean): Promise<Harness> {
    const harness = startPlanActor({ store, input: { storeWhenWritten: true } });
    await harness.until('idle');
    if (failFirst) harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    if (failFirst) {
      harness.clock.increment(500);
      await harness.until('failed');
    }
    return harness;
  }

  for (const failFirst of [false, true]) {
    const when = failFirst ? 'its first write failed' : 'its first write not yet made';
    it(`2. ${when}, no user change: created in the new storage with worker-1's title, as worker-1`, async () => {
      const harness = await newPlan(newStoreName(), failFirst);
      const id = harness.actor.getSnapshot().context.plan!.id;
      const carry = carriedFrom(harness);
      harness.actor.stop();
      const moved = startPlanActor({ store: newStoreName(), input: { storeWhenWritten: true, carry } });
      expect(await untilAllWritten(moved)).to.equal('saved');
      const entries = await moved.storage.history('servicePlan', id);
      expect(entries.map((entry) => `${entry.by}: ${entry.action}`)).to.deep.equal(['worker-1: plan.created']);
      expect((await stored(moved, id)).goal.title).to.equal('W1 title');
      expect(moved.emitted.filter((event) => event.type === 'error')).to.deep.equal([]);
    });

    it(`2. ${when}, worker-2 signed in and typed: created as worker-1 with worker-1's title, worker-2's description as worker-2`, async () => {
      const harness = await newPlan(newStoreName(), failFirst);
      const id = harness.actor.getSnapshot().context.plan!.id;
      harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
      harness.edit({ type: 'set-goal', description: 'W2 description' });
      const carry = carriedFrom(harness);
      harness.actor.stop();
      const moved = startPlanActor({ store: newStoreName(), input: { storeWhenWritten: true, currentUser: worker2, carry } });
      expect(await untilAllWritten(moved)).to.equal('saved');
      const plan = await stored(moved, id);
      expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'W2 description' });
      const entries = await moved.storage.history('servicePlan', id);
      expect(entries.map((entry) => `${entry.by}: ${entry.action}`)).to.deep.equal(['worker-1: plan.created', 'worker-2: plan.goal-set']);
    });

    it(`2. ${when}, worker-2 signed in and typed nothing, then worker-3: created as worker-1, nothing named worker-2 or worker-3`, async () => {
      const harness = await newPlan(newStoreName(), failFirst);
      const id = harness.actor.getSnapshot().context.plan!.id;
      harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
      harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
      const carry = carriedFrom(harness);
      harness.actor.stop();
      const moved = startPlanActor({ store: newStoreName(), input: { storeWhenWritten: true, currentUser: worker3, carry } });
      expect(await untilAllWritten(moved)).to.equal('saved');
      const entries = await moved.storage.history('servicePlan', id);
      expect(entries.map((entry) => entry.by)).to.deep.equal(['worker-1']);
    });
  }
});
