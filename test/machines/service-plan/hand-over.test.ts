// Another user comes (signs in with no sign-out between) while the leaving user's changes are not yet written (a save
// running, or failed): every history entry names the user who made its changes. The leaving user's changes are written
// as them, the next user's as the next user, in that order; nothing is lost, and a failed write retried keeps its author.
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { openedPlan, untilAllWritten, worker2, writtenEntries } from './history-writes.js';


describe('service plan machine: changes handed over from one user to the next', () => {
  it('worker-2 signs in and edits while worker-1\'s save runs: worker-1\'s changes (also those made under the save) are written as worker-1, then worker-2\'s as worker-2', async () => {
    const { harness, id } = await openedPlan();
    const release = harness.storage.holdWrites();
    harness.edit({ type: 'set-goal', title: 'By worker-1' });
    harness.send({ type: 'SAVE_NOW' });
    await harness.until('saving');
    harness.edit({ type: 'set-goal', description: 'Also by worker-1' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', title: 'By worker-2' });
    release();
    await untilAllWritten(harness);
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-1: goal.title=By worker-1', 'worker-1: goal.description=Also by worker-1', 'worker-2: goal.title=By worker-2']);
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', id))!;
    expect({ title: stored.goal.title, description: stored.goal.description, by: stored.updatedBy }).to.deep.equal({ title: 'By worker-2', description: 'Also by worker-1', by: 'worker-2' });
  });

  it('worker-1\'s write failed; worker-2 signs in and edits: worker-1\'s changes are written as worker-1, then worker-2\'s, and a second failure retried keeps its author', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'By worker-1' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', description: 'By worker-2' });
    harness.storage.failingWrites = 1;
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'RETRY' });
    await untilAllWritten(harness);
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-1: goal.title=By worker-1', 'worker-2: goal.description=By worker-2']);
  });

  it('a save merged with one stored meanwhile still writes worker-1\'s changes as worker-1 (on top of the other save), then worker-2\'s', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'By worker-1' });
    harness.clock.increment(500);
    await harness.until('failed');
    // Someone else saves the plan meanwhile (another tab), on another field.
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', id))!;
    await harness.storage.put('servicePlan', { ...stored, goal: { ...stored.goal, description: 'From the other tab' }, updatedBy: 'worker-3' });
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    harness.edit({ type: 'set-goal', title: 'By worker-2' });
    harness.send({ type: 'SAVE_NOW' });
    await untilAllWritten(harness);
    expect(await writtenEntries(harness, id)).to.deep.equal(['worker-3: goal.description=From the other tab', 'worker-1: goal.title=By worker-1', 'worker-2: goal.title=By worker-2']);
    expect((await harness.storage.get<ServicePlan>('servicePlan', id))!.goal).to.deep.include({ title: 'By worker-2', description: 'From the other tab' });
  });
});
