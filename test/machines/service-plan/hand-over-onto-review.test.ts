// Review R11f: earlier users' waiting batches merged onto a save made elsewhere (handedOverOnto), attacked. Authors and
// words are read from storage's history directly; every wait is bounded.
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { newStoreName, startPlanActor, type Harness } from './harness.js';
import { selectPlan, selectSaveState } from '../../../src/machines/service-plan/selectors.js';
import { restorePending } from '../../../src/machines/service-plan/write-updates.js';
import { openedPlan, untilAllWritten, worker2, worker3, writtenEntries } from './history-writes.js';


/** Another tab stores `goal` over what is stored now, as worker-9. */
async function otherTabSaves(harness: Harness, id: string, goal: Partial<ServicePlan['goal']>): Promise<void> {
  const now = await stored(harness, id);
  await harness.storage.put('servicePlan', { ...now, goal: { ...now.goal, ...goal }, updatedBy: 'worker-9' });
}

/** worker-1's title batch failed to write, then worker-2 signed in (worker-1's batch waits apart). */
async function worker1BatchWaits(title = 'W1 title'): Promise<{ harness: Harness; id: string }> {
  const { harness, id } = await openedPlan();
  harness.storage.failingWrites = 1;
  harness.edit({ type: 'set-goal', title });
  harness.clock.increment(500);
  await harness.until('failed');
  harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
  return { harness, id };
}

async function stored(harness: Harness, id: string): Promise<ServicePlan> {
  return (await harness.storage.get<ServicePlan>('servicePlan', id))!;
}

describe('review R11f: waiting batches merged onto a save made elsewhere (machine)', () => {
  it('two batches, the first merges and the second conflicts, worker-3 takes theirs: worker-1\'s title written as worker-1 and kept, the other tab\'s description kept', async () => {
    const { harness, id } = await worker1BatchWaits();
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
    await otherTabSaves(harness, id, { description: 'From the other tab' });
    harness.send({ type: 'RETRY' });
    const state = await untilAllWritten(harness);
    expect(state).to.equal('conflict');
    harness.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'From the other tab' });
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title']);
  });

  it('two batches, the first merges and the second conflicts, worker-3 keeps mine: each word kept once, worker-1\'s title as worker-1', async () => {
    const { harness, id } = await worker1BatchWaits();
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
    await otherTabSaves(harness, id, { description: 'From the other tab' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('conflict');
    harness.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'W2 description' });
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title', 'worker-3: goal.description=W2 description']);
  });

  it('worker-1\'s batch merges to exactly the other tab\'s save: no empty entry, nothing waits', async () => {
    const { harness, id } = await worker1BatchWaits('Same title');
    await otherTabSaves(harness, id, { title: 'Same title' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.title=Same title']);
    expect(harness.actor.getSnapshot().context.handedOver).to.deep.equal([]);
  });

  it('worker-1\'s batch merges to exactly the other tab\'s save while worker-2 typed elsewhere: worker-2\'s words written once as worker-2, no empty entry', async () => {
    const { harness, id } = await worker1BatchWaits('Same title');
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    await otherTabSaves(harness, id, { title: 'Same title' });
    harness.send({ type: 'SAVE_NOW' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.title=Same title', 'worker-2: goal.description=W2 description']);
  });

  it('the write of a rebased batch fails after the conflict is resolved, then Retry: worker-1\'s title once as worker-1, worker-3\'s resolution once as worker-3', async () => {
    const { harness, id } = await worker1BatchWaits();
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
    await otherTabSaves(harness, id, { description: 'From the other tab' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('conflict');
    harness.storage.failingWrites = 1;
    harness.send({ type: 'RESOLVE_KEEP_MINE' });
    const afterFailure = await untilAllWritten(harness);
    expect(harness.storage.failingWrites, 'the failing write was attempted').to.equal(0);
    if (afterFailure === 'failed') harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'W2 description' });
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title', 'worker-3: goal.description=W2 description']);
  });

  it('a rebased batch waits while the conflict is open and the other tab saves the same field again: worker-1\'s title is not written over it unasked', async () => {
    const { harness, id } = await worker1BatchWaits();
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    await otherTabSaves(harness, id, { description: 'From the other tab' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('conflict');
    // worker-1's title batch is now rebased onto that save and waits; the other tab now changes the title.
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    harness.send({ type: 'RESOLVE_TAKE_THEIRS' });
    const state = await untilAllWritten(harness);
    const plan = await stored(harness, id);
    const entries = await writtenEntries(harness, id);
    // Either the title conflict is shown, or the other tab's title stands: never overwritten without asking.
    expect({ state, title: state === 'conflict' ? 'shown' : plan.goal.title, entries }).to.deep.include({ title: state === 'conflict' ? 'shown' : 'Other tab title' });
  });

  it('a batch rebased while a write is held, worker-2 types on the other tab\'s field, takes theirs: worker-1\'s title written as worker-1, nothing left waiting', async () => {
    const { harness, id } = await worker1BatchWaits();
    await otherTabSaves(harness, id, { description: 'From the other tab' });
    const release = harness.storage.holdWrites();
    harness.send({ type: 'RETRY' });
    await harness.until('saving');
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    release();
    expect(await untilAllWritten(harness)).to.equal('conflict');
    expect(selectSaveState(harness.actor.getSnapshot())).to.not.equal('saved');
    harness.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(harness.actor.getSnapshot().context.handedOver).to.deep.equal([]);
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'From the other tab' });
    expect((await writtenEntries(harness, id)).filter((entry) => entry.includes('W1 title'))).to.deep.equal(['worker-1: goal.title=W1 title']);
  });

  it('a typed-field conflict is open with worker-1\'s batch apart, and the other tab saves worker-1\'s field meanwhile: worker-1\'s title never written over it unasked', async () => {
    const { harness, id } = await worker1BatchWaits();
    harness.send({ type: 'EDIT', edit: { type: 'set-goal', description: 'W2 description' }, before: { type: 'set-goal', description: 'What worker-2 saw' } });
    await harness.until('conflict');
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    harness.send({ type: 'RESOLVE_KEEP_MINE' });
    const state = await untilAllWritten(harness);
    const plan = await stored(harness, id);
    const entries = await writtenEntries(harness, id);
    expect(JSON.stringify({ state, title: state === 'conflict' ? 'shown' : plan.goal.title })).to.equal(JSON.stringify({ state, title: state === 'conflict' ? 'shown' : 'Other tab title' }), entries.join(' | '));
    if (state === 'conflict') {
      harness.send({ type: 'RESOLVE_TAKE_THEIRS' });
      expect(await untilAllWritten(harness)).to.equal('saved');
      expect((await stored(harness, id)).goal.title).to.equal('Other tab title');
      expect(harness.actor.getSnapshot().context.handedOver).to.deep.equal([]);
    }
  });

  it('the host changes storage while worker-1\'s batch waits and worker-2\'s change meets a save there: worker-1\'s title as worker-1, the resolution as worker-2, nothing reverted', async () => {
    const store = newStoreName();
    const harness = startPlanActor({ store });
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    await otherTabSaves(harness, id, { description: 'From the other tab', purpose: undefined } as never);
    // As the editor's planLeave carries it: the write in flight put back where it came from.
    const { context } = harness.actor.getSnapshot();
    const unwritten = { ...context, ...restorePending(context) };
    const carry = { plan: context.plan!, base: context.saved, pendingActions: unwritten.pendingActions, handedOver: unwritten.handedOver };
    harness.actor.stop();
    const moved = startPlanActor({ store, input: { planId: id, currentUser: worker2, carry } });
    const state = await untilAllWritten(moved);
    expect(state).to.equal('conflict');
    moved.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(moved)).to.equal('saved');
    const plan = await stored(moved, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'W1 title', description: 'W2 description' });
    expect(await writtenEntries(moved, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title', 'worker-2: goal.description=W2 description']);
  });

  it('the other tab archives the plan while worker-1\'s batch waits and worker-2 typed: no hang, both words kept (stored or in the conflict)', async () => {
    const { harness, id } = await worker1BatchWaits();
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    await harness.storage.archive('servicePlan', { ...(await stored(harness, id)), updatedBy: 'worker-9' });
    harness.send({ type: 'SAVE_NOW' });
    const state = await untilAllWritten(harness);
    const where = JSON.stringify([await harness.storage.get('servicePlan', id), harness.actor.getSnapshot().context.conflict ?? null, harness.actor.getSnapshot().context.plan]);
    expect({ state, title: where.includes('W1 title'), description: where.includes('W2 description') }).to.deep.include({ title: true, description: true });
    expect(state).to.be.oneOf(['saved', 'conflict', 'failed']);
  });
});
