import { expect } from '@open-wc/testing';
import { selectConflict, selectMergedFromTheirs, selectPlan, selectSaveState, selectCanUndo } from '../../../src/machines/service-plan/selectors.js';
import { pathKey } from '../../../src/model/shared/three-way-merge.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { waitFor } from 'xstate';
import { AUTOSAVE_MS, newStoreName, startPlanActor, type Harness } from './harness.js';

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

async function waitForTitle(harness: Harness, title: string): Promise<void> {
  await waitFor(harness.actor, (snapshot) => selectPlan(snapshot)?.goal.title === title && selectSaveState(snapshot) === 'idle', { timeout: 3000 });
}

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
    expect(history.map((entry) => entry.action)).to.deep.equal(['plan.created', 'plan.edited', 'plan.goal-set', 'plan.conflict-kept-mine']);
    expect(history.at(-1)?.comment).to.equal('plan.goal-set plan.conflict-kept-mine');
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

  it('merges without asking when each side changed other fields, and says which came from them', async () => {
    const { first, second, id } = await twoEditors();
    second.edit({ type: 'add-sub-goal', id: 'sg-mine', title: 'Parenting' }, { type: 'set-needs', needs: ['parenting skills'] });
    first.edit({ type: 'set-goal', title: 'Theirs' }, { type: 'add-sub-goal', id: 'sg-theirs', title: 'Schooling' });
    await first.autosave();
    second.clock.increment(AUTOSAVE_MS);
    const snapshot = await second.until('saved');
    const merged = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(merged.goal.title).to.equal('Theirs');
    expect(merged.needs).to.deep.equal(['parenting skills']);
    expect(merged.subGoals.map((subGoal) => subGoal.id)).to.have.members(['sg-1', 'sg-mine', 'sg-theirs']);
    expect(selectMergedFromTheirs(snapshot).map(pathKey)).to.have.members([pathKey(['goal', 'title']), pathKey(['subGoals', 'sg-theirs'])]);
    expect(second.emitted.map((event) => event.type)).not.to.include('conflict');
  });

  it('keeps both fields of one goal when one tab changed the title and the other the description', async () => {
    const { first, second, id } = await twoEditors();
    second.edit({ type: 'set-goal', title: 'Shared goal', description: 'Described in tab two' });
    first.edit({ type: 'set-goal', title: 'Retitled in tab one' });
    await first.autosave();
    second.clock.increment(AUTOSAVE_MS);
    await second.until('saved');
    const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(stored.goal).to.deep.equal({ title: 'Retitled in tab one', description: 'Described in tab two' });
  });

  it('shows a same-field change field by field and writes nothing until each field has a chosen side', async () => {
    const { first, second, id } = await twoEditors();
    second.edit({ type: 'set-goal', title: 'Mine', description: 'My description' }, { type: 'set-needs', needs: ['mine only'] });
    first.edit({ type: 'set-goal', title: 'Theirs', description: 'Their description' });
    await first.autosave();
    const conflict = selectConflict(await second.until('conflict'))!;
    expect(conflict.fields.map((field) => [field.path, field.base, field.mine, field.theirs])).to.deep.equal([
      [['goal', 'title'], 'Shared goal', 'Mine', 'Theirs'],
      [['goal', 'description'], '', 'My description', 'Their description'],
    ]);
    const versionBefore = (await second.storage.get<ServicePlan>('servicePlan', id))!.version;
    second.send({ type: 'RESOLVE_MERGE' });
    second.send({ type: 'CHOOSE', path: pathKey(['goal', 'title']), choice: 'theirs' });
    second.send({ type: 'RESOLVE_MERGE' });
    expect(selectSaveState(second.actor.getSnapshot()), 'one field still has no choice').to.equal('conflict');
    expect((await second.storage.get<ServicePlan>('servicePlan', id))!.version, 'nothing written').to.equal(versionBefore);
    second.send({ type: 'CHOOSE', path: pathKey(['goal', 'description']), choice: 'mine' });
    second.send({ type: 'RESOLVE_MERGE' });
    await second.until('saved');
    const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
    expect(stored.goal).to.deep.equal({ title: 'Theirs', description: 'My description' });
    expect(stored.needs, 'a field only I changed is kept whatever the choice').to.deep.equal(['mine only']);
  });

  it('take theirs keeps what only I changed; keep mine keeps what only they changed', async () => {
    for (const resolution of ['RESOLVE_TAKE_THEIRS', 'RESOLVE_KEEP_MINE'] as const) {
      const { first, second, id } = await twoEditors();
      second.edit({ type: 'set-goal', title: 'Mine' }, { type: 'set-needs', needs: ['mine only'] });
      first.edit({ type: 'set-goal', title: 'Theirs' }, { type: 'set-strengths', strengths: ['theirs only'] });
      await first.autosave();
      await second.until('conflict');
      second.send({ type: resolution });
      await second.until('saved');
      const stored = (await second.storage.get<ServicePlan>('servicePlan', id))!;
      expect(stored.goal.title).to.equal(resolution === 'RESOLVE_TAKE_THEIRS' ? 'Theirs' : 'Mine');
      expect(stored.needs, resolution).to.deep.equal(['mine only']);
      expect(stored.strengths, resolution).to.deep.equal(['theirs only']);
    }
  });

  it('never overwrites a field changed elsewhere while I typed in it: my commit opens a conflict on that field', async () => {
    const { first, second, id } = await twoEditors();
    // Tab two begins typing in the goal title (value at that moment: 'Shared goal'); tab one saves a new title meanwhile.
    first.edit({ type: 'set-goal', title: 'Theirs, saved while I typed' });
    await first.autosave();
    await waitForTitle(second, 'Theirs, saved while I typed');
    second.send({ type: 'EDIT', edit: { type: 'set-goal', title: 'Mine, typed' }, before: { type: 'set-goal', title: 'Shared goal' } });
    const conflict = selectConflict(await second.until('conflict'))!;
    expect(conflict.fields.map((field) => [field.path, field.base, field.mine, field.theirs])).to.deep.equal([[['goal', 'title'], 'Shared goal', 'Mine, typed', 'Theirs, saved while I typed']]);
    second.send({ type: 'RESOLVE_KEEP_MINE' });
    await second.until('saved');
    expect((await second.storage.get<ServicePlan>('servicePlan', id))!.goal.title).to.equal('Mine, typed');
  });

  it('applies a typed edit as usual when the field was not changed meanwhile', async () => {
    const { second } = await twoEditors();
    second.send({ type: 'EDIT', edit: { type: 'set-goal', title: 'Mine, typed' }, before: { type: 'set-goal', title: 'Shared goal' } });
    expect(titleOf(second)).to.equal('Mine, typed');
    expect(selectSaveState(second.actor.getSnapshot())).to.equal('dirty');
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
