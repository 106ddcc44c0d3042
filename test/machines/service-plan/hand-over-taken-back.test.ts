// Brief C12, item 3: a waiting batch meets another tab's save on a field a later user took back (reverted), while the
// whole plan merges cleanly. Decided: nobody is asked (no one's last word is against theirs), and every batch stays its
// author's: the batch keeps theirs where its value was taken back later, and writes only what its author still holds.
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { Harness } from './harness.js';
import { openedPlan, untilAllWritten, worker2, writtenEntries } from './history-writes.js';

async function stored(harness: Harness, id: string): Promise<ServicePlan> {
  return (await harness.storage.get<ServicePlan>('servicePlan', id))!;
}

/** Another tab stores `goal` (and `more`) over what is stored now, as worker-9. */
async function otherTabSaves(harness: Harness, id: string, goal: Partial<ServicePlan['goal']>, more: Partial<ServicePlan> = {}): Promise<void> {
  const now = await stored(harness, id);
  await harness.storage.put('servicePlan', { ...now, ...more, goal: { ...now.goal, ...goal }, updatedBy: 'worker-9' });
}

/** worker-1 changed the title and the description (the write failed: waits apart); worker-2 signed in and put the title back. */
async function titleTakenBack(): Promise<{ harness: Harness; id: string }> {
  const { harness, id } = await openedPlan();
  const storedTitle = (await stored(harness, id)).goal.title;
  harness.storage.failingWrites = 1;
  harness.edit({ type: 'set-goal', title: 'W1 title', description: 'W1 description' });
  harness.clock.increment(500);
  await harness.until('failed');
  harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
  harness.edit({ type: 'set-goal', title: storedTitle });
  return { harness, id };
}

describe('C12: a waiting batch whose field a later user took back meets a save made elsewhere (machine)', () => {
  it('the whole plan merges cleanly: nothing asked, worker-1\'s description written as worker-1, the other tab\'s title kept', async () => {
    const { harness, id } = await titleTakenBack();
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description }).to.deep.equal({ title: 'Other tab title', description: 'W1 description' });
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-9: goal.title=Other tab title', 'worker-1: goal.description=W1 description']);
    expect(harness.actor.getSnapshot().context.handedOver).to.deep.equal([]);
  });

  it('worker-2 also typed a permanency goal: worker-1\'s description as worker-1, worker-2\'s permanency as worker-2', async () => {
    const { harness, id } = await titleTakenBack();
    harness.edit({ type: 'set-permanency', primary: 'adoption' });
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    harness.send({ type: 'SAVE_NOW' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const entries = await writtenEntries(harness, id);
    expect(entries.slice(0, 2)).to.deep.equal(['worker-9: goal.title=Other tab title', 'worker-1: goal.description=W1 description']);
    expect(entries.slice(2).every((entry) => entry.startsWith('worker-2: ') && !entry.includes('W1')), entries.join(' | ')).to.equal(true);
    expect((await stored(harness, id)).permanency?.primary).to.equal('adoption');
  });

  it('a conflict on a field worker-2 typed, worker-1\'s taken-back title apart from it: worker-1\'s description as worker-1, the resolution as worker-2', async () => {
    const { harness, id } = await titleTakenBack();
    harness.edit({ type: 'set-permanency', primary: 'adoption' });
    await otherTabSaves(harness, id, { title: 'Other tab title' }, { permanency: { primary: 'guardianship' } } as Partial<ServicePlan>);
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('conflict');
    harness.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    const plan = await stored(harness, id);
    expect({ title: plan.goal.title, description: plan.goal.description, primary: plan.permanency?.primary }).to.deep.equal({ title: 'Other tab title', description: 'W1 description', primary: 'adoption' });
    const entries = await writtenEntries(harness, id);
    expect(entries.slice(1, 2)).to.deep.equal(['worker-1: goal.description=W1 description']);
    expect(entries.slice(2).every((entry) => entry.startsWith('worker-2: ') && !entry.includes('W1')), entries.join(' | ')).to.equal(true);
  });

  it('worker-1\'s title still held by the plan meets the other tab\'s title: asked (the conflict view), never written unasked', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'W1 title', description: 'W1 description' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    await otherTabSaves(harness, id, { title: 'Other tab title' });
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('conflict');
    expect((await stored(harness, id)).goal.title).to.equal('Other tab title');
  });
});
