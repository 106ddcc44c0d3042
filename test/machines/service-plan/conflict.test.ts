import { expect } from '@open-wc/testing';
import { selectConflict, selectMergeConflicts, selectPlan, selectSaveState, selectCanUndo } from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { newStoreName, startPlanActor, type Harness } from './harness.js';

/** Two editors on the same plan, as two tabs: each with its own adapter instance on one store. */
async function twoEditors(): Promise<{ first: Harness; second: Harness; id: string }> {
  const store = newStoreName();
  const first = startPlanActor({ store });
  const id = selectPlan(await first.until('idle'))!.id;
  first.edit({ type: 'set-goal', title: 'Shared goal' }, { type: 'add-sub-goal', id: 'sg-1', title: 'Housing' });
  await first.autosave();
  const second = startPlanActor({ store, input: { planId: id } });
  await second.until('idle');
  return { first, second, id };
}

const titleOf = (harness: Harness) => selectPlan(harness.actor.getSnapshot())?.goal.title;

describe('service plan machine: changes saved elsewhere', () => {
  it('reloads a plan another editor saved while this one has no unsaved edits', async () => {
    const { first, second } = await twoEditors();
    const release = second.storage.holdReads();
    first.edit({ type: 'set-goal', title: 'Changed in the other tab' });
    await first.autosave();
    expect(selectSaveState(await second.until('saving')), 'reading theirs').to.equal('saving');
    release();
    await second.until('idle');
    expect(titleOf(second)).to.equal('Changed in the other tab');
    expect(selectPlan(second.actor.getSnapshot())?.version).to.equal(3);
    expect(second.emitted.map((event) => event.type)).to.include('changed');
  });

  it('shows both versions when both edited, and keeps mine on RESOLVE_KEEP_MINE with theirs in the history', async () => {
    const { first, second, id } = await twoEditors();
    second.edit({ type: 'set-goal', title: 'Mine' });
    first.edit({ type: 'set-goal', title: 'Theirs' });
    await first.autosave();
    const snapshot = await second.until('conflict');
    const conflict = selectConflict(snapshot)!;
    expect(conflict.mine.goal.title).to.equal('Mine');
    expect(conflict.theirs?.goal.title).to.equal('Theirs');
    expect(second.emitted.map((event) => event.type)).to.include('conflict');

    expect(second.actor.getSnapshot().can({ type: 'SUBMIT' }), 'no status step while a conflict is open').to.equal(false);
    second.edit({ type: 'set-goal', title: 'Typed during the conflict' });
    expect(titleOf(second)).to.equal('Mine');

    second.send({ type: 'RESOLVE_KEEP_MINE' });
    await second.until('saved');
    const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(stored.goal.title).to.equal('Mine');
    const history = await second.storage.history('servicePlan', id);
    expect(history.map((entry) => entry.action)).to.deep.equal(['plan.created', 'plan.edited', 'plan.set-goal', 'plan.conflict-kept-mine']);
    expect(history.at(-1)?.comment).to.equal('plan.set-goal plan.conflict-kept-mine');
  });

  it('takes theirs on RESOLVE_TAKE_THEIRS, with mine one UNDO away', async () => {
    const { first, second, id } = await twoEditors();
    second.edit({ type: 'set-goal', title: 'Mine' });
    first.edit({ type: 'set-goal', title: 'Theirs' });
    await first.autosave();
    await second.until('conflict');
    second.send({ type: 'RESOLVE_TAKE_THEIRS' });
    expect(selectSaveState(second.actor.getSnapshot())).to.equal('saved');
    expect(titleOf(second)).to.equal('Theirs');
    expect(selectCanUndo(second.actor.getSnapshot())).to.equal(true);
    second.send({ type: 'UNDO' });
    expect(titleOf(second)).to.equal('Mine');
    await second.autosave();
    expect((await second.storage.get<ServicePlan>('servicePlan', id))?.goal.title).to.equal('Mine');
  });

  it('merges on RESOLVE_MERGE: each side keeps what only it changed', async () => {
    const { first, second, id } = await twoEditors();
    second.edit({ type: 'add-sub-goal', id: 'sg-mine', title: 'Parenting' }, { type: 'set-needs', needs: ['parenting skills'] });
    first.edit({ type: 'set-goal', title: 'Theirs' }, { type: 'add-sub-goal', id: 'sg-theirs', title: 'Schooling' });
    await first.autosave();
    await second.until('conflict');
    second.send({ type: 'RESOLVE_MERGE' });
    const snapshot = await second.until('saved');
    const merged = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(merged.goal.title).to.equal('Theirs');
    expect(merged.needs).to.deep.equal(['parenting skills']);
    expect(merged.subGoals.map((subGoal) => subGoal.id)).to.have.members(['sg-1', 'sg-mine', 'sg-theirs']);
    expect(selectMergeConflicts(snapshot)).to.deep.equal([]);
  });

  it('reports a conflict when two editors save at the same moment: the second write finds a newer version', async () => {
    const store = newStoreName();
    const first = startPlanActor({ store });
    const id = selectPlan(await first.until('idle'))!.id;
    const second = startPlanActor({ store, input: { planId: id } });
    await second.until('idle');
    first.edit({ type: 'set-goal', title: 'First' });
    first.send({ type: 'SAVE_NOW' });
    second.edit({ type: 'set-goal', title: 'Second' });
    second.send({ type: 'SAVE_NOW' });
    await first.until('saved');
    const snapshot = await second.until('conflict');
    expect(selectConflict(snapshot)?.mine.goal.title).to.equal('Second');
    expect(selectConflict(snapshot)?.theirs?.goal.title).to.equal('First');
  });

  it('holds an edit typed while theirs was being read, as a conflict rather than overwriting it', async () => {
    const { first, second } = await twoEditors();
    const release = second.storage.holdReads();
    first.edit({ type: 'set-goal', title: 'Theirs' });
    await first.autosave();
    await second.until('saving');
    second.edit({ type: 'set-goal', title: 'Mine, typed while reading' });
    release();
    const snapshot = await second.until('conflict');
    expect(selectConflict(snapshot)?.mine.goal.title).to.equal('Mine, typed while reading');
    expect(selectConflict(snapshot)?.theirs?.goal.title).to.equal('Theirs');
  });
});
