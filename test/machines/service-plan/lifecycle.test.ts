import { expect } from '@open-wc/testing';
import {
  selectBlockers,
  selectCanEdit,
  selectCanUndo,
  selectMissingApprovals,
  selectNextReview,
  selectOverdue,
  selectPlan,
  selectProgress,
  selectRejected,
  selectRevisionChanges,
  selectRevisions,
  selectSaveState,
  selectStatus,
  selectSubmitReadiness,
} from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlan, ServicePlanRevision } from '../../../src/model/service-plan/plan.js';
import { fillPlan, startPlanActor, type Harness } from './harness.js';

async function filledDraft(): Promise<Harness & { id: string }> {
  const harness = startPlanActor();
  const id = selectPlan(await harness.until('idle'))!.id;
  fillPlan(harness);
  await harness.autosave();
  return Object.assign(harness, { id });
}

async function activePlan(): Promise<Harness & { id: string }> {
  const harness = await filledDraft();
  harness.send({ type: 'SUBMIT' });
  for (const participantId of ['maria', 'joao', 'ana']) harness.send({ type: 'APPROVE', participantId });
  harness.send({ type: 'ACTIVATE' });
  await harness.until('saved');
  return harness;
}

const can = (harness: Harness, event: Parameters<Harness['send']>[0]) => harness.actor.getSnapshot().can(event);
const actions = async (harness: Harness & { id: string }) => (await harness.storage.history('servicePlan', harness.id)).map((entry) => entry.action);

describe('service plan machine: lifecycle', () => {
  it('cannot submit an empty draft and lists what is missing', async () => {
    const harness = startPlanActor();
    const snapshot = await harness.until('idle');
    expect(can(harness, { type: 'SUBMIT' })).to.equal(false);
    expect(selectSubmitReadiness(snapshot).map((found) => found.code)).to.deep.equal(['plan.goal.missing', 'plan.sub-goals.missing', 'plan.permanency.missing']);
    harness.send({ type: 'SUBMIT' });
    expect(selectStatus(harness.actor.getSnapshot())).to.equal('draft');
  });

  it('submits a complete draft and saves the step at once, named in the history', async () => {
    const harness = await filledDraft();
    expect(can(harness, { type: 'SUBMIT' })).to.equal(true);
    harness.send({ type: 'SUBMIT' });
    expect(selectSaveState(harness.actor.getSnapshot()), 'no autosave delay for a status step').to.equal('saving');
    await harness.until('saved');
    expect((await harness.storage.get<ServicePlan>('servicePlan', harness.id))?.status).to.equal('submitted');
    expect((await actions(harness)).at(-1)).to.equal('plan.submitted');
    const statusChange = harness.emitted.find((event) => event.type === 'status-changed') as { from: string; to: string } | undefined;
    expect(statusChange).to.include({ from: 'draft', to: 'submitted' });
    expect(selectCanUndo(harness.actor.getSnapshot()), 'undo never reverts a status step').to.equal(false);
  });

  it('says the status changed only once the new status is stored: nothing while the write fails, once after the retry lands', async () => {
    const harness = await filledDraft();
    harness.storage.failingWrites = 1;
    harness.send({ type: 'SUBMIT' });
    await harness.until('failed');
    expect(harness.emitted.filter((event) => event.type === 'status-changed'), 'not stored yet').to.have.length(0);
    harness.send({ type: 'RETRY' });
    await harness.until('saved');
    const types = harness.emitted.map((event) => event.type);
    expect(types.filter((type) => type === 'status-changed')).to.have.length(1);
    expect(types.lastIndexOf('status-changed'), 'after the save that stored it').to.be.greaterThan(types.lastIndexOf('saved'));
    expect((await harness.storage.get<ServicePlan>('servicePlan', harness.id))?.status).to.equal('submitted');
  });

  it('keeps each editor\'s step blockers apart: asking for another plan\'s blockers does not throw this plan\'s away', async () => {
    const first = await filledDraft();
    const second = await filledDraft();
    const blockersOfFirst = selectBlockers(first.actor.getSnapshot(), 'activate');
    selectBlockers(second.actor.getSnapshot(), 'activate');
    expect(selectBlockers(first.actor.getSnapshot(), 'activate'), 'the same answer, kept for this plan').to.equal(blockersOfFirst);
  });

  it('activates only once every required approval is recorded, and shows who is still awaited', async () => {
    const harness = await filledDraft();
    harness.send({ type: 'SUBMIT' });
    expect(selectMissingApprovals(harness.actor.getSnapshot()).map((person) => person.name)).to.deep.equal(['Maria Souza', 'João Souza', 'Ana Souza']);
    expect(can(harness, { type: 'ACTIVATE' })).to.equal(false);
    harness.send({ type: 'APPROVE', participantId: 'maria', comment: 'Agreed' });
    harness.send({ type: 'APPROVE', participantId: 'joao' });
    expect(selectBlockers(harness.actor.getSnapshot(), 'activate').map((found) => found.params?.name)).to.deep.equal(['Ana Souza']);
    expect(can(harness, { type: 'APPROVE', participantId: 'aunt' }), 'only plan members approve').to.equal(false);
    harness.send({ type: 'APPROVE', participantId: 'ana' });
    harness.send({ type: 'ACTIVATE' });
    await harness.until('saved');
    const plan = (await harness.storage.get<ServicePlan>('servicePlan', harness.id))!;
    expect(plan).to.include({ status: 'active', activatedOn: '2026-03-10' });
    expect(plan.approvals.map((approval) => [approval.participantId, approval.decision])).to.deep.equal([['maria', 'approved'], ['joao', 'approved'], ['ana', 'approved']]);
    expect(await actions(harness)).to.include.members(['plan.submitted', 'plan.activated']);
  });

  it('sends the plan back to draft when a parent declines with a comment; a decline needs a comment', async () => {
    const harness = await filledDraft();
    harness.send({ type: 'SUBMIT' });
    expect(can(harness, { type: 'DECLINE', participantId: 'joao', comment: ' ' })).to.equal(false);
    harness.send({ type: 'DECLINE', participantId: 'joao', comment: 'Visits are too rare' });
    await harness.until('saved');
    const plan = selectPlan(harness.actor.getSnapshot())!;
    expect(plan.status).to.equal('draft');
    expect(plan.approvals.at(-1)).to.deep.equal({
      participantId: 'joao',
      role: 'parent',
      decision: 'declined',
      date: '2026-03-10',
      comment: 'Visits are too rare',
      method: 'in-person-paper',
      recordedBy: { id: 'worker-1', name: 'Claire Martin' },
      recordedAt: '2026-03-10T14:00:00.000Z',
    });
    expect((await actions(harness)).at(-1)).to.equal('plan.declined');
  });

  it('withdraws a submitted plan to draft', async () => {
    const harness = await filledDraft();
    harness.send({ type: 'SUBMIT' });
    expect(can(harness, { type: 'WITHDRAW' })).to.equal(true);
    harness.send({ type: 'WITHDRAW' });
    expect(selectStatus(harness.actor.getSnapshot())).to.equal('draft');
  });

  it('keeps a submitted plan unchanged while it waits for approval, but records a family revision request', async () => {
    const harness = await filledDraft();
    harness.send({ type: 'SUBMIT' });
    const snapshot = harness.actor.getSnapshot();
    expect(selectCanEdit(snapshot, { type: 'set-goal', title: 'Changed' })).to.equal(false);
    harness.edit({ type: 'set-goal', title: 'Changed' });
    expect(selectRejected(harness.actor.getSnapshot()).map((found) => found.code)).to.deep.equal(['plan.edit.not-allowed']);
    harness.edit({ type: 'request-revision', id: 'rq-1', participantId: 'maria', text: 'Visits on Saturdays, please' });
    expect(selectPlan(harness.actor.getSnapshot())?.revisionRequests.map((request) => request.status)).to.deep.equal(['open']);
  });

  it('records progress on an active plan: item status, deliveries, overdue items and the next review', async () => {
    const harness = await activePlan();
    harness.edit(
      { type: 'set-item-status', itemId: 'item-2', status: 'completed' },
      { type: 'add-delivery', itemId: 'item-1', date: '2026-03-03', units: 3 },
      { type: 'update-item', itemId: 'item-3', changes: { actualOutcome: 'Application sent' } },
    );
    const snapshot = await harness.autosave();
    const progress = selectProgress(snapshot)!;
    expect(progress.items).to.deep.equal({ 'item-1': 3 / 12, 'item-2': 1, 'item-3': 0 });
    expect(progress.overall.unitsDelivered).to.equal(3);
    expect(selectNextReview(snapshot)).to.deep.equal({ date: '2026-09-10', reason: 'interval', overdue: false });
    expect(selectOverdue(snapshot)).to.deep.equal({ items: [], milestones: [] });
    expect(selectCanEdit(snapshot, { type: 'add-sub-goal', title: 'New' }), 'reshaping an active plan means revising it').to.equal(false);
  });

  it('revises an active plan: keeps the previous revision readable and summarizes what changed', async () => {
    const harness = await activePlan();
    expect(can(harness, { type: 'COMPLETE_REVISION' })).to.equal(false);
    harness.send({ type: 'START_REVISION', reason: 'court-hearing' });
    await harness.until('saved');
    let snapshot = harness.actor.getSnapshot();
    expect(selectPlan(snapshot)).to.include({ status: 'under-review', revision: 2 });
    expect(selectRevisions(snapshot).map((revision) => [revision.id, revision.revision, revision.reason, revision.plan.status])).to.deep.equal([[`${harness.id}.r1`, 1, 'court-hearing', 'active']]);
    const { records } = await harness.storage.list<ServicePlanRevision>('servicePlanRevision', { planId: harness.id });
    expect(records.map((record) => record.plan.goal.title)).to.deep.equal(['Leo returns home safely']);

    harness.edit({ type: 'add-sub-goal', id: 'sg-3', title: 'Sobriety' }, { type: 'add-item', subGoalId: 'sg-3', id: 'item-4', source: { type: 'custom', name: 'AA meetings', purpose: 'Stay sober' }, kind: 'basic', responsibility: { type: 'participant', participantId: 'joao' } });
    expect(can(harness, { type: 'COMPLETE_REVISION' }), 'the revised plan is approved again').to.equal(false);
    for (const participantId of ['maria', 'joao', 'ana']) harness.send({ type: 'APPROVE', participantId });
    harness.send({ type: 'COMPLETE_REVISION' });
    snapshot = await harness.until('saved');
    expect(selectPlan(snapshot)).to.include({ status: 'active', revision: 2 });
    expect(selectRevisionChanges(snapshot, 1, 2)?.map((change) => change.code)).to.include.members(['plan.change.sub-goal-added', 'plan.change.item-added']);
    expect(await actions(harness)).to.include.members(['plan.revision-started', 'plan.revision-completed']);
    expect((await harness.storage.history('servicePlanRevision', `${harness.id}.r1`)).map((entry) => entry.action)).to.deep.equal(['plan.revision-kept']);
  });

  it('completes, closes with a reason, or cancels an active plan', async () => {
    for (const [event, status] of [
      [{ type: 'COMPLETE' }, 'completed'],
      [{ type: 'CLOSE', reason: 'Family moved to another county' }, 'closed'],
      [{ type: 'CANCEL' }, 'cancelled'],
    ] as const) {
      const harness = await activePlan();
      if (event.type === 'CLOSE') expect(can(harness, { type: 'CLOSE', reason: '' }), 'closing needs a reason').to.equal(false);
      harness.send(event);
      await harness.until('saved');
      const plan = (await harness.storage.get<ServicePlan>('servicePlan', harness.id))!;
      expect(plan).to.include({ status, endedOn: '2026-03-10' });
      expect(can(harness, { type: 'START_REVISION', reason: 'review' }), `${status} is final`).to.equal(false);
      expect(selectCanEdit(harness.actor.getSnapshot(), { type: 'add-delivery', itemId: 'item-1', date: '2026-03-10', units: 1 })).to.equal(false);
    }
  });

  it('cancels a draft that will not go ahead', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    harness.send({ type: 'CANCEL' });
    await harness.until('saved');
    expect(selectStatus(harness.actor.getSnapshot())).to.equal('cancelled');
  });
});
