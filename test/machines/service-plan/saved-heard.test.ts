// Brief C12, item 5: a change that ends stored without a write of its own (a write skipped because storage already
// holds it, a resolution that leaves the stored plan as it is) is still heard as stored: the last thing the host hears
// after its change is 'saved' at the version storage holds (a host clearing "unsaved" on cp-saved is never left stale).
import { expect } from '@open-wc/testing';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { selectPlan } from '../../../src/machines/service-plan/selectors.js';
import { newStoreName, startPlanActor, type Harness } from './harness.js';
import { openedPlan, untilAllWritten, worker2 } from './history-writes.js';

async function stored(harness: Harness, id: string): Promise<ServicePlan> {
  return (await harness.storage.get<ServicePlan>('servicePlan', id))!;
}

/** The last 'changed' or 'saved' the machine emitted: what a host tracking "unsaved" from cp-change and cp-saved ends at. */
function lastHeard(harness: Harness): { type: string; version: number | undefined } {
  const last = harness.emitted.filter((event) => event.type === 'changed' || event.type === 'saved').at(-1) as { type: string; plan?: ServicePlan } | undefined;
  return { type: last?.type ?? 'nothing', version: last?.plan?.version };
}

describe('C12: a change stored without a write of its own is heard as saved (machine)', () => {
  it('a write skipped (worker-1\'s batch is exactly the other tab\'s save): saved, heard at the stored version', async () => {
    const { harness, id } = await openedPlan();
    harness.storage.failingWrites = 1;
    harness.edit({ type: 'set-goal', title: 'Same title' });
    harness.clock.increment(500);
    await harness.until('failed');
    harness.send({ type: 'UPDATE_INPUT', currentUser: worker2 });
    const now = await stored(harness, id);
    await harness.storage.put('servicePlan', { ...now, goal: { ...now.goal, title: 'Same title' }, updatedBy: 'worker-9' });
    const writesBefore = (await harness.storage.history('servicePlan', id)).length;
    harness.send({ type: 'RETRY' });
    expect(await untilAllWritten(harness)).to.equal('saved');
    expect((await harness.storage.history('servicePlan', id)).length, 'nothing written').to.equal(writesBefore);
    expect(lastHeard(harness)).to.deep.equal({ type: 'saved', version: (await stored(harness, id)).version });
  });

  for (const resolution of ['take theirs', 'combine, each field theirs'] as const) {
    it(`${resolution}, leaving the stored plan as it is: saved, heard at the stored version, nothing written`, async () => {
      const store = newStoreName();
      const first = startPlanActor({ store });
      const id = selectPlan(await first.until('idle'))!.id;
      const second = startPlanActor({ store, input: { planId: id } });
      await second.until('idle');
      const release = second.storage.holdReads();
      second.edit({ type: 'set-goal', title: 'Mine' });
      first.edit({ type: 'set-goal', title: 'Theirs' });
      await first.autosave();
      release();
      second.clock.increment(500);
      expect(await untilAllWritten(second)).to.equal('conflict');
      const writesBefore = (await second.storage.history('servicePlan', id)).length;
      if (resolution === 'take theirs') second.send({ type: 'RESOLVE_TAKE_THEIRS' });
      else {
        for (const field of second.actor.getSnapshot().context.conflict!.fields) second.send({ type: 'CHOOSE', path: JSON.stringify(field.path), choice: 'theirs' });
        second.send({ type: 'RESOLVE_MERGE' });
      }
      expect(await untilAllWritten(second)).to.equal('saved');
      expect((await second.storage.history('servicePlan', id)).length, 'nothing written').to.equal(writesBefore);
      expect(lastHeard(second)).to.deep.equal({ type: 'saved', version: (await stored(second, id)).version });
    });
  }
});
