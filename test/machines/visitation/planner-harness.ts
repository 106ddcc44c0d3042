import { createActor, waitFor, type Actor } from 'xstate';
import { visitationPlannerMachine } from '../../../src/machines/visitation/planner-machine.js';
import { selectPlannerMode, type PlannerMode, type VisitationPlannerSnapshot } from '../../../src/machines/visitation/planner-selectors.js';
import type { VisitationPlannerEvent } from '../../../src/machines/visitation/planner-types.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import type { VisitationPlan } from '../../../src/model/visitation/plan.js';
import { monthlyPlan, weeklyPlan } from '../../model/visitation/fixtures.js';
import { VisitationStorageDouble } from './storage-double.js';

export const worker = { id: 'worker-1', name: 'Rosa Lima' };

export interface PlannerHarness {
  actor: Actor<typeof visitationPlannerMachine>;
  storage: StorageAdapter;
  emitted: { type: string }[];
  clock: { now: Date };
  send(event: VisitationPlannerEvent): void;
  until(mode: PlannerMode): Promise<VisitationPlannerSnapshot>;
  snapshot(): VisitationPlannerSnapshot;
}

export function startPlanner(storage: StorageAdapter, now = new Date('2026-04-01T12:00:00.000Z')): PlannerHarness {
  const clock = { now };
  let ids = 0;
  const actor = createActor(visitationPlannerMachine, {
    input: { storage, caseId: 'case-1', childId: 'child-1', currentUser: worker, now: () => clock.now, createId: () => `new-plan-${++ids}`, defaultTimeZone: 'Europe/Lisbon' },
  });
  const emitted: { type: string }[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  return {
    actor,
    storage,
    emitted,
    clock,
    send: (event) => actor.send(event),
    until: (mode) => waitFor(actor, (snapshot) => selectPlannerMode(snapshot) === mode, { timeout: 3000 }),
    snapshot: () => actor.getSnapshot(),
  };
}

/** Stores plans as they would be after being created (version 0 → stored 1). */
export async function seedPlans(storage: StorageAdapter, ...plans: VisitationPlan[]): Promise<VisitationPlan[]> {
  const stored: VisitationPlan[] = [];
  for (const plan of plans) stored.push(await storage.put('visitationPlan', { ...plan, version: 0 }, { action: 'visitation-plan.created' }));
  return stored;
}

export function newStorage(name?: string): VisitationStorageDouble {
  return new VisitationStorageDouble(name);
}

/** An adapter that never reports changes: another tab whose notification was lost, so writes conflict. */
export class DeafStorage extends VisitationStorageDouble {
  override watch(): () => void {
    return () => undefined;
  }
}

export { monthlyPlan, weeklyPlan };
