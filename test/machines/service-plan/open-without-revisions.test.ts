import { expect } from '@open-wc/testing';
import { waitFor } from 'xstate';
import { selectPhase, selectPlan } from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlan, ServicePlanRevision } from '../../../src/model/service-plan/plan.js';
import type { ListQuery, ListResult, RecordKind } from '../../../src/storage/adapter.js';
import type { StoredRecord } from '../../../src/model/record.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { newStoreName, startPlanActor } from './harness.js';

/** A storage whose list of revision snapshots answers only when told to (a slow second read). */
class HeldRevisions extends MemoryStorageAdapter {
  private release: (() => void) | undefined;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));

  override async list<T extends StoredRecord>(kind: RecordKind, query: ListQuery = {}): Promise<ListResult<T>> {
    if (kind === 'servicePlanRevision') await this.released;
    return super.list<T>(kind, query);
  }

  answerRevisions(): void {
    this.release!();
  }
}

const opened = (snapshot: Parameters<typeof selectPhase>[0]) => selectPhase(snapshot) !== 'loading';

describe('service plan machine: opening does not wait for revisions a plan cannot have (issue 18)', () => {
  it('a draft never activated opens while its list of revisions is still unanswered', async () => {
    const storage = new HeldRevisions({ name: newStoreName() });
    const plan = await storage.put('servicePlan', readyPlan());
    const { actor } = startPlanActor({ storage, input: { planId: plan.id } });
    const snapshot = await waitFor(actor, opened, { timeout: 2000 });
    expect(selectPlan(snapshot)?.id).to.equal(plan.id);
    expect(snapshot.context.revisions).to.deep.equal([]);
    storage.answerRevisions();
    actor.stop();
  });

  it('a plan that has been active opens with its revisions', async () => {
    const storage = new HeldRevisions({ name: newStoreName() });
    const active = await storage.put<ServicePlan>('servicePlan', readyPlan({ status: 'under-review', revision: 2, activatedOn: '2026-01-05', firstActivatedOn: '2026-01-05' }));
    const kept = await storage.put<ServicePlanRevision>('servicePlanRevision', {
      id: `${active.id}.r1`,
      version: 0,
      createdAt: active.createdAt,
      updatedAt: active.updatedAt,
      updatedBy: active.updatedBy,
      planId: active.id,
      caseId: active.caseId,
      revision: 1,
      reason: 'review',
      supersededAt: '2026-02-01T10:00:00.000Z',
      plan: { ...active, status: 'active', revision: 1 },
    });
    const { actor } = startPlanActor({ storage, input: { planId: active.id } });
    storage.answerRevisions();
    const snapshot = await waitFor(actor, opened, { timeout: 2000 });
    expect(snapshot.context.revisions.map((revision) => revision.id)).to.deep.equal([kept.id]);
    actor.stop();
  });
});
