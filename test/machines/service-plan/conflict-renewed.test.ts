import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { selectConflict, selectPlan, selectSaveState } from '../../../src/machines/service-plan/selectors.js';
import { pathKey } from '../../../src/model/shared/three-way-merge.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { newStoreName, startPlanActor, type Harness } from './harness.js';

/** Two editors on one plan (two tabs); both changed the goal's title and description, the second is in conflict. */
async function openConflict(): Promise<{ first: Harness; second: Harness; id: string }> {
  const store = newStoreName();
  const first = startPlanActor({ store });
  const id = selectPlan(await first.until('idle'))!.id;
  first.edit({ type: 'set-goal', title: 'Shared goal', description: 'Shared description' });
  await first.autosave();
  const second = startPlanActor({ store, input: { planId: id } });
  await second.until('idle');
  second.edit({ type: 'set-goal', title: 'Mine', description: 'My description' });
  first.edit({ type: 'set-goal', title: 'Theirs', description: 'Their description' });
  await first.autosave();
  await second.until('conflict');
  return { first, second, id };
}

const theirsOf = (harness: Harness) => selectConflict(harness.actor.getSnapshot())?.theirs?.goal;

describe('service plan machine: saved elsewhere again while a conflict is open', () => {
  it('refuses a resolution chosen while their newer save is read, then shows the conflict against it', async () => {
    const { first, second, id } = await openConflict();
    const release = second.storage.holdReads();
    first.edit({ type: 'set-goal', title: 'Theirs again', description: 'Their description' });
    await first.autosave();
    await waitFor(second.actor, (snapshot) => snapshot.matches({ ready: { conflict: 'reading' } }), { timeout: 3000 });
    second.send({ type: 'RESOLVE_KEEP_MINE' });
    expect(selectSaveState(second.actor.getSnapshot()), 'chosen against their earlier save: not applied').to.equal('conflict');
    expect(second.actor.getSnapshot().context.rejected.map((found) => found.code)).to.deep.equal(['plan.conflict.theirs-changed']);
    release();
    await waitFor(second.actor, (snapshot) => selectConflict(snapshot)?.theirs?.goal.title === 'Theirs again', { timeout: 3000 });
    expect(second.emitted.filter((event) => event.type === 'conflict').at(-1)).to.include({ renewed: true });
    second.send({ type: 'RESOLVE_KEEP_MINE' });
    await second.until('saved');
    const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(stored.goal).to.deep.equal({ title: 'Mine', description: 'My description' });
    const history = await second.storage.history('servicePlan', id);
    expect(history.filter((entry) => entry.action === 'plan.conflict-kept-mine'), 'written once, over their newest save').to.have.length(1);
  });

  it('keeps a side chosen where their value is unchanged, and asks again where they changed it', async () => {
    const { first, second } = await openConflict();
    const title = pathKey(['goal', 'title']);
    const description = pathKey(['goal', 'description']);
    second.send({ type: 'CHOOSE', path: title, choice: 'mine' });
    second.send({ type: 'CHOOSE', path: description, choice: 'theirs' });
    first.edit({ type: 'set-goal', title: 'Theirs', description: 'Their second description' });
    await first.autosave();
    await waitFor(second.actor, () => theirsOf(second)?.description === 'Their second description', { timeout: 3000 });
    expect(selectConflict(second.actor.getSnapshot())?.choices).to.deep.equal({ [title]: 'mine' });
  });
});

describe('service plan machine: their newest save takes the clash away while a conflict is open', () => {
  it('closes the conflict by itself and writes mine on top of their newest save (they took their change back)', async () => {
    const { first, second, id } = await openConflict();
    first.edit({ type: 'set-goal', title: 'Shared goal', description: 'Shared description' });
    const theirs = selectPlan(await first.autosave())!;
    await waitFor(second.actor, (snapshot) => selectConflict(snapshot) === undefined, { timeout: 3000 });
    await second.until('saved');
    const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(stored.goal, 'mine, nothing typed lost').to.deep.equal({ title: 'Mine', description: 'My description' });
    expect(stored.version, 'written over their newest save').to.equal(theirs.version + 1);
    expect(second.emitted.map((event) => event.type)).to.include('conflict-cleared');
    expect((await second.storage.history('servicePlan', id)).at(-1)?.action).to.equal('plan.conflict-merged');
  });

  it('closes the conflict by itself and writes nothing when their newest save equals mine', async () => {
    const { first, second, id } = await openConflict();
    first.edit({ type: 'set-goal', title: 'Mine', description: 'My description' });
    const theirs = selectPlan(await first.autosave())!;
    await waitFor(second.actor, (snapshot) => selectConflict(snapshot) === undefined, { timeout: 3000 });
    await second.until('saved');
    expect((await second.storage.get<ServicePlan>('servicePlan', id))?.version, 'nothing written over theirs').to.equal(theirs.version);
    expect(selectPlan(second.actor.getSnapshot())?.version).to.equal(theirs.version);
    expect(second.emitted.map((event) => event.type)).to.include('conflict-cleared');
  });

  it('stays open when a clash remains on another field', async () => {
    const { first, second } = await openConflict();
    first.edit({ type: 'set-goal', title: 'Shared goal', description: 'Their second description' });
    await first.autosave();
    await waitFor(second.actor, () => theirsOf(second)?.description === 'Their second description', { timeout: 3000 });
    expect(selectConflict(second.actor.getSnapshot())?.fields.map((field) => field.path.join('.'))).to.deep.equal(['goal.description']);
    expect(second.emitted.map((event) => event.type)).not.to.include('conflict-cleared');
  });
});
