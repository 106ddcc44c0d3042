import { waitFor } from 'xstate';
import { selectPlan, selectSaveState } from '../../../src/machines/service-plan/selectors.js';
import { startPlanActor, type Harness } from './harness.js';

/** The users who take over from `worker` (harness.ts) in the hand-over tests. */
export const worker2 = { id: 'worker-2', name: 'Amadou Diallo' };
export const worker3 = { id: 'worker-3', name: 'Beatriz Lima' };

/** A plan's machine started on a new plan, once it is stored. */
export async function openedPlan(): Promise<{ harness: Harness; id: string }> {
  const harness = startPlanActor();
  const id = selectPlan(await harness.until('idle'))!.id;
  return { harness, id };
}

/** Each write after `skip` entries (by default the plan's creation), read from storage's history: who it names and what it changed. */
export async function writtenEntries(harness: Harness, id: string, skip = 1): Promise<string[]> {
  const entries = await harness.storage.history('servicePlan', id);
  return entries.slice(skip).map((entry) => `${entry.by}: ${entry.changes.map((change) => `${change.path}=${String(change.after)}`).join(', ')}`);
}

/** Lets each write land (the autosave delay passed where one waits) until nothing waits; the save state then (bounded: never hangs). */
export async function untilAllWritten(harness: Harness): Promise<string> {
  for (let autosaves = 0; autosaves < 20; autosaves += 1) {
    const snapshot = await waitFor(harness.actor, (next) => ['dirty', 'saved', 'failed', 'conflict'].includes(selectSaveState(next) ?? ''), { timeout: 3000 });
    if (selectSaveState(snapshot) !== 'dirty') return selectSaveState(snapshot)!;
    harness.clock.increment(500);
  }
  return 'still dirty after 20 autosaves';
}
