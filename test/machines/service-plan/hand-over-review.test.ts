// Review R11a: authors across a user change, attacked. Every history entry must name who made its changes; nothing typed
// may be lost or written twice; nothing may hang. Authors and words are read from storage's history directly.
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { selectPlan } from '../../../src/machines/service-plan/selectors.js';
import { fillPlan, newStoreName, startPlanActor, worker, type Harness } from './harness.js';
import { openedPlan, untilAllWritten, worker2, worker3, writtenEntries } from './history-writes.js';


describe('review R11a: changes handed over across users (machine)', () => {
  it('three users in a row while a save is held: each one\'s typing is written as them, in order', async () => {
    const { harness, id } = await openedPlan();
    const release = harness.storage.holdWrites();
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.send({ type: 'SAVE_NOW' });
    await harness.until('saving');
    harness.edit({ type: 'set-goal', description: 'W1 description' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', title: 'W2 title' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
    harness.edit({ type: 'set-goal', description: 'W3 description' });
    release();
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-1: goal.title=W1 title', 'worker-1: goal.description=W1 description', 'worker-2: goal.title=W2 title', 'worker-3: goal.description=W3 description']);
  });

  it('worker-1 -> worker-2 -> worker-1 while a save is held: every entry names who typed it', async () => {
    const { harness, id } = await openedPlan();
    const release = harness.storage.holdWrites();
    harness.edit({ type: 'set-goal', title: 'W1 first' });
    harness.send({ type: 'SAVE_NOW' });
    await harness.until('saving');
    harness.edit({ type: 'set-goal', description: 'W1 under the save' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', title: 'W2 title' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker });
    harness.edit({ type: 'set-goal', description: 'W1 again' });
    release();
    expect(await untilAllWritten(harness)).to.equal('saved');
    const entries = await writtenEntries(harness, id);
    expect(entries.filter((entry) => entry.includes('W2 title'))).to.deep.equal(['worker-2: goal.title=W2 title']);
    expect(entries.filter((entry) => entry.includes('W1 again')).every((entry) => entry.startsWith('worker-1:'))).to.equal(true);
    expect(entries.filter((entry) => entry.includes('W1 under the save')).every((entry) => entry.startsWith('worker-1:'))).to.equal(true);
  });

  it('a batch whose write fails, then the user changes again and the next fails too: worker-1, worker-2, worker-3 each named', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.storage.failingWrites = 1;
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
    harness.edit({ type: 'set-goal', title: 'W3 title' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-1: goal.title=W1 title', 'worker-2: goal.description=W2 description', 'worker-3: goal.title=W3 title']);
  });

  it('another tab saved on the field worker-2 typed in while worker-1\'s batch waits: worker-1\'s own change (another field) is still written as worker-1', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', id))!;
    await harness.storage.put('servicePlan', { ...stored, goal: { ...stored.goal, description: 'From the other tab' }, updatedBy: 'worker-9' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.send({ type: 'SAVE_NOW' });
    const state = await untilAllWritten(harness);
    if (state === 'conflict') {
      harness.send({ type: 'RESOLVE_KEEP_MINE' });
      expect(await untilAllWritten(harness)).to.equal('saved');
    }
    const entries = await writtenEntries(harness, id);
    // worker-1 typed the title and nothing else: an entry changing it must name worker-1.
    expect(entries.filter((entry) => entry.includes('goal.title=W1 title'))).to.deep.equal(['worker-1: goal.title=W1 title']);
  });

  it('another tab removes the item worker-1\'s waiting batch edits: worker-1\'s words are not silently dropped', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    fillPlan(harness);
    await harness.autosave();
    const id = selectPlan(harness.actor.getSnapshot())!.id;
    const before = (await harness.storage.history('servicePlan', id)).length;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'update-item', itemId: 'item-2', changes: { purpose: 'W1 words about routines' } });
    harness.clock.increment(500);
    await harness.until('failed');
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', id))!;
    const removed = { ...stored, subGoals: stored.subGoals.map((subGoal) => ({ ...subGoal, items: subGoal.items.filter((item) => item.id !== 'item-2') })), updatedBy: 'worker-9' };
    await harness.storage.put('servicePlan', removed);
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.send({ type: 'SAVE_NOW' });
    const state = await untilAllWritten(harness);
    const snapshot = harness.actor.getSnapshot();
    const entries = await writtenEntries(harness, id, before);
    const kept = JSON.stringify(await harness.storage.get('servicePlan', id)).includes('W1 words about routines') || JSON.stringify(snapshot.context.conflict ?? null).includes('W1 words about routines');
    expect({ state, kept, entries }).to.deep.include({ kept: true });
  });

  it('Undo by worker-2 right after the hand-over: worker-1\'s typing is written as worker-1, the undo as worker-2, nothing else', async () => {
    const { harness, id } = await openedPlan();
    const release = harness.storage.holdWrites();
    harness.edit({ type: 'set-goal', title: 'W1 first' });
    harness.send({ type: 'SAVE_NOW' });
    await harness.until('saving');
    harness.edit({ type: 'set-goal', description: 'W1 under the save' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.send({ type: 'UNDO' });
    release();
    expect(await untilAllWritten(harness)).to.equal('saved');
    const entries = await writtenEntries(harness, id);
    expect(entries).to.deep.equal(['worker-1: goal.title=W1 first', 'worker-1: goal.description=W1 under the save', 'worker-2: goal.description=']);
  });

  /** Two tabs on one plan; the second (worker-1) has read it and is idle. */
  async function twoTabs(): Promise<{ first: Harness; second: Harness; id: string }> {
    const store = newStoreName();
    const first = startPlanActor({ store, input: { currentUser: { id: 'worker-9', name: 'Other tab' } } });
    const id = selectPlan(await first.until('idle'))!.id;
    first.edit({ type: 'set-goal', title: 'Shared goal', description: 'Shared description' });
    await first.autosave();
    const second = startPlanActor({ store, input: { planId: id } });
    await second.until('idle');
    return { first, second, id };
  }

  for (const resolution of ['RESOLVE_TAKE_THEIRS', 'RESOLVE_KEEP_MINE'] as const) {
    it(`worker-1 types while the other tab's save is read, worker-2 signs in, the conflict is resolved (${resolution}) by worker-2: no write reverts the other tab's description nor brings back a discarded title`, async () => {
      const { first, second, id } = await twoTabs();
      const release = second.storage.holdReads();
      first.edit({ type: 'set-goal', title: 'Theirs title', description: 'Theirs description' });
      await first.autosave();
      await second.until('saving'); // reading theirs
      second.edit({ type: 'set-goal', title: 'W1 title' });
      second.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
      release();
      await second.until('conflict');
      const before = (await second.storage.history('servicePlan', id)).length;
      second.send({ type: resolution });
      expect(await untilAllWritten(second)).to.equal('saved');
      // worker-2 goes on editing another field afterwards.
      second.edit({ type: 'add-milestone', id: 'ms-9', title: 'Later milestone', dueDate: '2026-06-01' });
      second.send({ type: 'SAVE_NOW' });
      expect(await untilAllWritten(second)).to.equal('saved');
      const entries = await writtenEntries(second, id, before);
      const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
      const expectedTitle = resolution === 'RESOLVE_TAKE_THEIRS' ? 'Theirs title' : 'W1 title';
      expect({ title: stored.goal.title, description: stored.goal.description }).to.deep.equal({ title: expectedTitle, description: 'Theirs description' });
      expect(entries.filter((entry) => entry.includes('goal.description=Shared description') || (resolution === 'RESOLVE_TAKE_THEIRS' && entry.includes('W1 title'))), 'no write puts back what the resolution left behind').to.deep.equal([]);
    });
  }

  it('worker-1\'s batch rebased during the conflict is written even when the resolution leaves theirs as it is: worker-1\'s typing, then worker-2\'s undoing it', async () => {
    const { first, second, id } = await twoTabs();
    const release = second.storage.holdReads();
    first.edit({ type: 'set-goal', title: 'Theirs title' });
    await first.autosave();
    await second.until('saving'); // reading theirs
    second.edit({ type: 'set-goal', description: 'W1 description' });
    second.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    second.edit({ type: 'set-goal', title: 'W2 title', description: 'Shared description' });
    release();
    await second.until('conflict');
    const before = (await second.storage.history('servicePlan', id)).length;
    second.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(await untilAllWritten(second)).to.equal('saved');
    expect(await writtenEntries(second, id, before)).to.deep.equal(['worker-1: goal.description=W1 description', 'worker-2: goal.description=Shared description']);
  });

  it('a field worker-2 types in was changed since they began while worker-1\'s failed batch waits: worker-1\'s title is written as worker-1, the resolution as worker-2', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.send({ type: 'EDIT', edit: { type: 'set-goal', description: 'W2 description' }, before: { type: 'set-goal', description: 'What worker-2 saw' } });
    await harness.until('conflict');
    harness.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-1: goal.title=W1 title', 'worker-2: goal.description=W2 description']);
  });

  it('worker-1\'s failed batch is merged onto another tab\'s save after worker-2 signs in and types nothing: no entry names worker-2', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', id))!;
    await harness.storage.put('servicePlan', { ...stored, goal: { ...stored.goal, description: 'From the other tab' }, updatedBy: 'worker-9' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.description=From the other tab', 'worker-1: goal.title=W1 title']);
  });

  // Decided rule: a conflict's resolution is written as the user who resolved it (they decided it), whoever typed its sides.
  it('worker-2 signs in while worker-1\'s conflict is open and keeps mine: the resolution is written as worker-2, who resolved it', async () => {
    const { first, second, id } = await twoTabs();
    second.edit({ type: 'set-goal', title: 'W1 title' });
    first.edit({ type: 'set-goal', title: 'Theirs title' });
    await first.autosave();
    await second.until('conflict');
    second.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    const before = (await second.storage.history('servicePlan', id)).length;
    second.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(second)).to.equal('saved');
    expect(await writtenEntries(second, id, before)).to.deep.equal(['worker-2: goal.title=W1 title']);
  });
});
