// Review of C12 item 2 (rebaseBatch): a waiting batch whose only change a later user took back, met by another tab's
// save on that field. Counted from storage's history, never from what the machine says.
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { Harness } from './harness.js';
import { openedPlan, untilAllWritten, worker2, worker3, writtenEntries } from './history-writes.js';

async function stored(harness: Harness, id: string): Promise<ServicePlan> {
  return (await harness.storage.get<ServicePlan>('servicePlan', id))!;
}

async function otherTabSaves(harness: Harness, id: string, goal: Partial<ServicePlan['goal']>): Promise<void> {
  const now = await stored(harness, id);
  await harness.storage.put('servicePlan', { ...now, goal: { ...now.goal, ...goal }, updatedBy: 'worker-9' });
}

describe('Review C12: a batch whose only change was taken back, met by another tab\'s save (machine)', () => {
  it('worker-1 typed only a title, worker-2 put it back, the other tab saved its title: no entry that changes nothing', async () => {
    const { harness, id } = await openedPlan();
    const storedTitle = (await stored(harness, id)).goal.title;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', title: storedTitle, description: 'W2 description' });
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    const versionBefore = (await stored(harness, id)).version;
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'Other tab title', description: 'W2 description' });
    const entries = await writtenEntries(harness, id);
    expect(entries.filter((entry) => /: $/.test(entry)), entries.join(' | ')).to.deep.equal([]);
    expect(entries, entries.join(' | ')).to.deep.equal(['worker-9: goal.title=Other tab title', 'worker-2: goal.description=W2 description']);
    expect(plan.version - versionBefore, 'writes made after the other tab\'s save').to.equal(1);
  });

  it('three users, the second write fails too: worker-1 title, worker-2 description, worker-3 puts the title back; each entry names its author', async () => {
    const { harness, id } = await openedPlan();
    const storedTitle = (await stored(harness, id)).goal.title;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', description: 'W2 description' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness), 'worker-2\'s retry').to.equal('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker3 });
    harness.edit({ type: 'set-goal', title: storedTitle });
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'Other tab title', description: 'W2 description' });
    const entries = await writtenEntries(harness, id);
    expect(entries, entries.join(' | ')).to.deep.equal(['worker-9: goal.title=Other tab title', 'worker-2: goal.description=W2 description']);
  });
});
