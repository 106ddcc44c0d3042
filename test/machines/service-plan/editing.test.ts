import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { selectCanRedo, selectCanUndo, selectPhase, selectPlan, selectRejected, selectSaveState, selectViolations, selectError } from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { AUTOSAVE_MS, startPlanActor, newStoreName, type Harness } from './harness.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { FaultyStorage } from './faulty-storage.js';

const stored = (harness: Harness, id: string) => harness.storage.get<ServicePlan>('servicePlan', id);

describe('service plan machine: opening and editing', () => {
  it('creates and stores a new draft when no plan id is given, and says so', async () => {
    const harness = startPlanActor();
    const snapshot = await harness.until('idle');
    const plan = selectPlan(snapshot)!;
    expect(plan).to.include({ status: 'draft', version: 1, caseId: 'case-1', planKind: 'outcome', principalParticipantId: 'leo', primaryClientId: 'leo' });
    expect((await stored(harness, plan.id))?.version).to.equal(1);
    expect((await harness.storage.history('servicePlan', plan.id)).map((entry) => entry.action)).to.deep.equal(['plan.created']);
    expect(harness.emitted.map((event) => event.type)).to.include('created');
  });

  it('storeWhenWritten: a new plan is stored only with its first change, as plan.created, and "created" follows that write', async () => {
    const harness = startPlanActor({ input: { storeWhenWritten: true } });
    const plan = selectPlan(await harness.until('idle'))!;
    expect(plan.version).to.equal(0);
    harness.send({ type: 'SAVE_NOW' });
    harness.clock.increment(AUTOSAVE_MS * 2);
    await Promise.resolve();
    expect(await stored(harness, plan.id), 'nothing stored on opening or on SAVE_NOW').to.equal(undefined);
    // A change undone before the quiet time is over leaves nothing to store.
    harness.edit({ type: 'set-goal', title: 'Leo returns home', description: '' });
    harness.send({ type: 'UNDO' });
    await waitFor(harness.actor, (snapshot) => selectSaveState(snapshot) === 'dirty');
    harness.clock.increment(AUTOSAVE_MS);
    await harness.until('idle');
    expect(await stored(harness, plan.id), 'a change undone stores nothing').to.equal(undefined);
    expect(harness.emitted.map((event) => event.type)).not.to.include('created');

    harness.edit({ type: 'set-goal', title: 'Leo returns home', description: '' });
    await harness.autosave();
    expect((await stored(harness, plan.id))?.goal.title).to.equal('Leo returns home');
    expect((await harness.storage.history('servicePlan', plan.id)).map((entry) => entry.action)).to.deep.equal(['plan.created']);
    expect(harness.emitted.filter((event) => event.type === 'created')).to.have.length(1);
    harness.edit({ type: 'set-goal', title: 'Leo returns home safely', description: '' });
    await harness.autosave();
    expect(harness.emitted.filter((event) => event.type === 'created'), 'created once').to.have.length(1);
    expect((await harness.storage.history('servicePlan', plan.id)).map((entry) => entry.action)).to.deep.equal(['plan.created', 'plan.goal-set']);
  });

  it('opens a stored plan by id', async () => {
    const store = newStoreName();
    const first = startPlanActor({ store });
    const id = selectPlan(await first.until('idle'))!.id;
    const second = startPlanActor({ store, input: { planId: id } });
    expect(selectPhase(second.actor.getSnapshot())).to.equal('loading');
    expect(selectPlan(await second.until('idle'))?.id).to.equal(id);
  });

  it('asks storage for the plan and its revisions at once (opening waits for one round trip, not two)', async () => {
    const store = newStoreName();
    const id = selectPlan(await startPlanActor({ store }).until('idle'))!.id;
    const held = new FaultyStorage(new MemoryStorageAdapter({ name: store }));
    const release = held.holdReads();
    const second = startPlanActor({ storage: held, input: { planId: id } });
    // Let the machine run (a few tasks) while no read has been answered.
    for (let turn = 0; turn < 20 && held.reads < 2; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(held.reads, 'reads made before any was answered').to.equal(2);
    release();
    expect(selectPlan(await second.until('idle'))?.id).to.equal(id);
  });

  it('reports a missing plan as not found even when its revisions cannot be read', async () => {
    const store = newStoreName();
    const failingList = new MemoryStorageAdapter({ name: store });
    failingList.list = () => Promise.reject(new Error('list failed'));
    const harness = startPlanActor({ storage: failingList, input: { planId: 'missing-plan' } });
    const failed = await waitFor(harness.actor, (snapshot) => selectPhase(snapshot) === 'load-failed');
    expect(selectError(failed)?.code).to.equal('plan.not-found');
  });

  it('reports a plan that is not in storage, and tries again on RETRY', async () => {
    const store = newStoreName();
    const harness = startPlanActor({ store, input: { planId: 'missing-plan' } });
    const failed = await waitFor(harness.actor, (snapshot) => selectPhase(snapshot) === 'load-failed');
    expect(selectError(failed)?.code).to.equal('plan.not-found');
    harness.send({ type: 'RETRY' });
    expect(selectPhase(harness.actor.getSnapshot())).to.equal('loading');
  });

  it('saves edits once the user pauses (debounced), in one write naming the edits', async () => {
    const harness = startPlanActor();
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.edit({ type: 'set-goal', title: 'Leo returns home' });
    expect(selectSaveState(harness.actor.getSnapshot())).to.equal('dirty');
    harness.clock.increment(AUTOSAVE_MS - 1);
    harness.edit({ type: 'add-sub-goal', title: 'Parenting' });
    harness.clock.increment(AUTOSAVE_MS - 1);
    expect(selectSaveState(harness.actor.getSnapshot()), 'each edit restarts the quiet time').to.equal('dirty');
    expect(harness.storage.attempts).to.have.length(1);
    const saved = await harness.autosave();
    expect(selectPlan(saved)?.version).to.equal(2);
    const history = await harness.storage.history('servicePlan', id);
    expect(history.at(-1)).to.include({ action: 'plan.edited', comment: 'plan.goal-set plan.sub-goal-added', by: 'worker-1' });
    expect((await stored(harness, id))?.goal.title).to.equal('Leo returns home');
    expect(harness.emitted.map((event) => event.type)).to.include.members(['changed', 'saved']);
  });

  it('saves at once on SAVE_NOW', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    harness.edit({ type: 'set-goal', title: 'Now' });
    harness.send({ type: 'SAVE_NOW' });
    expect(selectSaveState(harness.actor.getSnapshot())).to.equal('saving');
    expect(selectPlan(await harness.until('saved'))?.goal.title).to.equal('Now');
  });

  it('refuses an invalid edit with a Violation on the field, keeping the plan and the save state', async () => {
    const harness = startPlanActor();
    const before = selectPlan(await harness.until('idle'));
    harness.edit({ type: 'set-goal', title: 'x'.repeat(50_000) });
    const snapshot = harness.actor.getSnapshot();
    expect(selectRejected(snapshot)).to.deep.equal([{ code: 'value.too-long', path: ['goal', 'title'], params: { max: 200 } }]);
    expect(selectPlan(snapshot)).to.equal(before);
    expect(selectSaveState(snapshot)).to.equal('idle');
    harness.edit({ type: 'set-goal', title: 'Fine' });
    expect(selectRejected(harness.actor.getSnapshot())).to.deep.equal([]);
  });

  it('keeps the rule Violations of the working plan current after every edit', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    harness.edit(
      { type: 'add-sub-goal', id: 'sg', title: 'Housing' },
      { type: 'add-item', subGoalId: 'sg', id: 'it', source: { type: 'custom', name: 'Apply', purpose: 'Apply for housing' }, kind: 'basic' },
      { type: 'update-item', itemId: 'it', changes: { expectedStart: '2026-05-01', expectedEnd: '2026-04-01' } },
    );
    expect(selectViolations(harness.actor.getSnapshot()).map((found) => found.code)).to.deep.equal(['plan.item.end-before-start']);
    harness.edit({ type: 'update-item', itemId: 'it', changes: { expectedEnd: '2026-06-01' } });
    expect(selectViolations(harness.actor.getSnapshot())).to.deep.equal([]);
  });

  it('undoes and redoes edits, and a new edit clears what could be redone', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    expect(selectCanUndo(harness.actor.getSnapshot())).to.equal(false);
    harness.edit({ type: 'set-goal', title: 'First' }, { type: 'set-goal', title: 'Second' });
    harness.send({ type: 'UNDO' });
    expect(selectPlan(harness.actor.getSnapshot())?.goal.title).to.equal('First');
    expect(selectCanRedo(harness.actor.getSnapshot())).to.equal(true);
    harness.send({ type: 'REDO' });
    expect(selectPlan(harness.actor.getSnapshot())?.goal.title).to.equal('Second');
    harness.send({ type: 'UNDO' });
    harness.edit({ type: 'set-goal', title: 'Third' });
    expect(selectCanRedo(harness.actor.getSnapshot())).to.equal(false);
    harness.send({ type: 'UNDO' });
    harness.send({ type: 'UNDO' });
    expect(selectPlan(harness.actor.getSnapshot())?.goal.title).to.equal('');
    expect(selectCanUndo(harness.actor.getSnapshot())).to.equal(false);
    const saved = await harness.autosave();
    expect(selectPlan(saved)?.goal.title, 'undo is saved like any edit').to.equal('');
  });

  it('keeps the edit when a save fails, and stores it on RETRY with the same history action', async () => {
    const harness = startPlanActor();
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'Kept through a failure' });
    harness.clock.increment(AUTOSAVE_MS);
    const failed = await harness.until('failed');
    expect(selectError(failed)?.code).to.equal('storage.quota-exceeded');
    expect(selectPlan(failed)?.goal.title).to.equal('Kept through a failure');
    expect(harness.emitted.map((event) => event.type)).to.include('error');
    harness.send({ type: 'RETRY' });
    await harness.until('saved');
    expect((await stored(harness, id))?.goal.title).to.equal('Kept through a failure');
    expect((await harness.storage.history('servicePlan', id)).at(-1)?.action).to.equal('plan.goal-set');
  });

  it('tries again after a failure when the user edits once more', async () => {
    const harness = startPlanActor();
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'One' });
    harness.clock.increment(AUTOSAVE_MS);
    await harness.until('failed');
    harness.edit({ type: 'set-goal', title: 'Two' });
    expect(selectSaveState(harness.actor.getSnapshot())).to.equal('dirty');
    await harness.autosave();
    expect((await stored(harness, id))?.goal.title).to.equal('Two');
    expect((await harness.storage.history('servicePlan', id)).at(-1)?.comment).to.equal('plan.goal-set plan.goal-set');
  });

  it('saves again after a write that edits overtook', async () => {
    const harness = startPlanActor();
    const id = selectPlan(await harness.until('idle'))!.id;
    const release = harness.storage.holdWrites();
    harness.edit({ type: 'set-goal', title: 'Written' });
    harness.send({ type: 'SAVE_NOW' });
    harness.edit({ type: 'set-goal', title: 'Typed during the write' });
    release();
    const dirty = await harness.until('dirty');
    expect(selectPlan(dirty)?.goal.title).to.equal('Typed during the write');
    expect(selectPlan(dirty)?.version).to.equal(2);
    await harness.autosave();
    expect((await stored(harness, id))).to.include({ version: 3 });
    expect((await stored(harness, id))?.goal.title).to.equal('Typed during the write');
  });

  it('takes new participants from the host and checks the plan against them', async () => {
    const harness = startPlanActor({ storage: new MemoryStorageAdapter({ name: newStoreName() }) });
    await harness.until('idle');
    harness.edit({ type: 'add-participant', participantId: 'stranger' });
    expect(selectViolations(harness.actor.getSnapshot()).map((found) => found.code)).to.deep.equal(['plan.participant-unknown']);
    harness.send({ type: 'UPDATE_INPUT', participants: [...harness.actor.getSnapshot().context.participants, { id: 'stranger', name: 'New neighbour', role: 'other' }] });
    expect(selectViolations(harness.actor.getSnapshot())).to.deep.equal([]);
  });
});
