import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { selectPhase, selectPlan, selectSaveState, selectStatus } from '../../../src/machines/service-plan/selectors.js';
import { createDraftPlan } from '../../../src/model/service-plan/create.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { fillPlan, newStoreName, startPlanActor } from './harness.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';

describe('service plan machine: saving edge cases', () => {
  it('does not write when asked to save with nothing changed', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    harness.send({ type: 'SAVE_NOW' });
    expect(selectSaveState(harness.actor.getSnapshot())).to.equal('idle');
    expect(harness.storage.attempts).to.have.length(1);
  });

  it('does not reload after its own writes are announced', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    const readsAfterOpening = harness.storage.reads;
    harness.edit({ type: 'set-goal', title: 'Mine' });
    await harness.autosave();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(selectSaveState(harness.actor.getSnapshot())).to.equal('saved');
    expect(harness.storage.reads).to.equal(readsAfterOpening);
  });

  it('saves a status step taken during a write right after that write, without waiting', async () => {
    const harness = startPlanActor();
    const id = selectPlan(await harness.until('idle'))!.id;
    fillPlan(harness);
    const release = harness.storage.holdWrites();
    harness.send({ type: 'SAVE_NOW' });
    harness.send({ type: 'SUBMIT' });
    release();
    await waitFor(harness.actor, (snapshot) => selectSaveState(snapshot) === 'saved' && snapshot.context.saved?.status === 'submitted');
    expect(harness.storage.attempts.map((attempt) => attempt.action)).to.deep.equal(['plan.created', 'plan.edited', 'plan.submitted']);
    expect((await harness.storage.get<ServicePlan>('servicePlan', id))?.status).to.equal('submitted');
  });

  it('opens the plan on RETRY once it is there', async () => {
    const store = newStoreName();
    const harness = startPlanActor({ store, input: { planId: 'late-plan' } });
    await waitFor(harness.actor, (snapshot) => selectPhase(snapshot) === 'load-failed');
    const plan = createDraftPlan({ id: 'late-plan', caseId: 'case-1', planKind: 'service', createdBy: 'worker-1', createdAt: '2026-03-01T09:00:00.000Z' });
    await new MemoryStorageAdapter({ name: store }).put('servicePlan', plan);
    harness.send({ type: 'RETRY' });
    const snapshot = await harness.until('idle');
    expect(selectStatus(snapshot)).to.equal('draft');
    expect(selectPlan(snapshot)?.id).to.equal('late-plan');
  });

  it('stamps who saved and when on every write', async () => {
    const harness = startPlanActor({ input: { currentUser: { id: 'worker-2', name: 'Amadou Diallo' }, now: () => new Date('2026-04-01T08:30:00.000Z') } });
    const id = selectPlan(await harness.until('idle'))!.id;
    harness.edit({ type: 'set-goal', title: 'Stamped' });
    await harness.autosave();
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', id))!;
    expect(stored).to.include({ updatedBy: 'worker-2', updatedAt: '2026-04-01T08:30:00.000Z', createdAt: '2026-04-01T08:30:00.000Z' });
    expect((await harness.storage.history('servicePlan', id)).map((entry) => entry.by)).to.deep.equal(['worker-2', 'worker-2']);
  });
});
