import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { selectPlan, selectRevisions, selectSaveState, selectStatus } from '../../../src/machines/service-plan/selectors.js';
import { DexieStorageAdapter } from '../../../src/storage/dexie-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { fillPlan, startPlanActor } from './harness.js';

// The machine on real IndexedDB: two adapter instances on one database stand for two tabs.
describe('service plan machine on IndexedDB', () => {
  const databases: DexieStorageAdapter[] = [];
  const open = (databaseName: string) => {
    const adapter = new DexieStorageAdapter({ databaseName });
    databases.push(adapter);
    return adapter;
  };
  afterEach(async () => {
    await Promise.all(databases.splice(0).map((adapter) => adapter.close()));
  });

  it('keeps an approved, revised plan and its earlier revision across a reopen', async () => {
    const databaseName = `sp-machine-${Math.random()}`;
    const first = startPlanActor({ storage: open(databaseName) });
    const id = selectPlan(await first.until('idle'))!.id;
    fillPlan(first);
    first.send({ type: 'SAVE_NOW' });
    await first.until('saved');
    first.send({ type: 'SUBMIT' });
    for (const participantId of ['maria', 'joao', 'ana']) first.send({ type: 'APPROVE', participantId });
    first.send({ type: 'ACTIVATE' });
    first.send({ type: 'START_REVISION', reason: 'review' });
    await waitFor(first.actor, (snapshot) => snapshot.context.saved?.status === 'under-review');
    first.actor.stop();

    const reopened = startPlanActor({ storage: open(databaseName), input: { planId: id } });
    const snapshot = await reopened.until('idle');
    expect(selectStatus(snapshot)).to.equal('under-review');
    expect(selectPlan(snapshot)?.subGoals.flatMap((subGoal) => subGoal.items.map((item) => item.id))).to.deep.equal(['item-1', 'item-2', 'item-3']);
    expect(selectRevisions(snapshot).map((revision) => [revision.revision, revision.plan.status])).to.deep.equal([[1, 'active']]);
  });

  it('merges two tabs that changed different fields of the same plan, and loses neither edit', async () => {
    const databaseName = `sp-machine-${Math.random()}`;
    const first = startPlanActor({ storage: open(databaseName) });
    const id = selectPlan(await first.until('idle'))!.id;
    const second = startPlanActor({ storage: open(databaseName), input: { planId: id } });
    await second.until('idle');
    second.edit({ type: 'set-goal', title: 'Second tab' });
    first.edit({ type: 'set-needs', needs: ['stable housing'] });
    first.send({ type: 'SAVE_NOW' });
    await first.until('saved');
    second.send({ type: 'SAVE_NOW' });
    await waitFor(second.actor, (snapshot) => selectSaveState(snapshot) === 'saved' && (snapshot.context.saved?.version ?? 0) > 2, { timeout: 5000 });
    const stored = (await open(databaseName).get<ServicePlan>('servicePlan', id))!;
    expect(stored.goal.title).to.equal('Second tab');
    expect(stored.needs).to.deep.equal(['stable housing']);
    first.actor.stop();
    second.actor.stop();
  });
});
