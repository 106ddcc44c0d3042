import { expect } from '@open-wc/testing';
import { selectPlan } from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { fillPlan, startPlanActor } from './harness.js';

describe('service plan machine: what a save hands the view', () => {
  it('keeps every part the write did not change as the object the view already drew, and holds exactly what was stored', async () => {
    const harness = startPlanActor();
    await harness.until('idle');
    fillPlan(harness);
    await harness.autosave();
    harness.edit({ type: 'set-goal', title: 'Leo returns home, safely' });
    const drawn = selectPlan(harness.actor.getSnapshot())!;
    const saved = selectPlan(await harness.autosave())!;
    const stored = (await harness.storage.get<ServicePlan>('servicePlan', saved.id))!;
    expect(saved).to.deep.equal(stored);
    expect(saved.goal.title).to.equal('Leo returns home, safely');
    expect(saved.version).to.equal(drawn.version + 1);
    // Storage hands back a fresh copy: the sub-goals, items and milestones would all look new to the view.
    expect(saved.subGoals).to.equal(drawn.subGoals);
    expect(saved.subGoals[0]!.items[1]).to.equal(drawn.subGoals[0]!.items[1]);
    expect(saved.milestones).to.equal(drawn.milestones);
  });
});
