import { waitFor, type AnyActorRef } from 'xstate';
import { selectSaveState, type ServicePlanSnapshot } from '../../machines/service-plan/selectors.js';
import type { CarriedPlan } from '../../machines/service-plan/types.js';
import { carriedPlanOf } from '../../machines/service-plan/carry-updates.js';
import type { ActorLeave, LetGoReason } from '../shared/controllers/actor-slot.js';
import { CpErrorEvent } from '../shared/events/index.js';
import type { Violation } from '../../model/shared/violation.js';

const unsavedStates = new Set(['dirty', 'saving', 'conflict', 'failed']);
const snapshotOf = (actor: AnyActorRef) => actor.getSnapshot() as ServicePlanSnapshot;
const saveStateOf = (actor: AnyActorRef) => selectSaveState(snapshotOf(actor)) ?? 'idle';

/** Waits until the plan's actor has nothing in flight (saved, or waiting for the user). */
async function settled(actor: AnyActorRef): Promise<void> {
  await waitFor(actor, (snapshot) => !['saving', 'dirty'].includes(selectSaveState(snapshot as ServicePlanSnapshot) ?? 'idle'), { timeout: 30_000 }).catch(() => undefined);
}

/** Writes what the plan's actor holds at once (no quiet time) and waits for it; the save state then ('failed', 'conflict'...). */
export async function writePlanNow(actor: AnyActorRef): Promise<string> {
  if (!unsavedStates.has(saveStateOf(actor))) return saveStateOf(actor);
  actor.send({ type: 'SAVE_NOW' });
  await settled(actor);
  return saveStateOf(actor);
}

/**
 * Another plan-id while the open plan's last edits wait for the user (a conflict, a failed write): the host hears
 * `plan.unsaved-on-switch`. Another storage is not a loss: the edits go with the plan and the new storage's actor
 * writes them or shows the conflict again (`carried`), as the README promises; nothing is said of the storage left.
 */
export function planLost(host: EventTarget): (controller: { snapshot: ServicePlanSnapshot }, why: LetGoReason) => void {
  return (controller, why) => {
    if (why !== 'switch') return;
    const { plan, error } = controller.snapshot.context;
    host.dispatchEvent(new CpErrorEvent({ kind: 'servicePlan', ...(plan ? { id: plan.id } : {}), code: 'plan.unsaved-on-switch', violations: [], cause: error }));
  };
}

/**
 * How the editor's plan actor is left (`ActorSlot`): `SAVE_NOW` writes the pending edits without the
 * quiet time; on another storage the unsaved edits go to the new actor as the machine's `carry` input.
 * `createdPlanId`: a plan this editor created in its default database goes with it to the host's storage.
 */
export function planLeave(createdPlanId: () => string | undefined): ActorLeave<CarriedPlan> {
  // Edits carried from a storage before, waiting for this one to be read (it could not be yet), are not stored either.
  const unsaved = (actor: AnyActorRef) => unsavedStates.has(saveStateOf(actor)) || snapshotOf(actor).context.carry !== undefined;
  return {
    flush: (actor) => actor.send({ type: 'SAVE_NOW' }),
    settled,
    unsaved,
    carried: (actor, fromDefault) => {
      const context = snapshotOf(actor).context;
      // Not read yet (or unreadable): what was carried here goes on to the next storage as it came.
      if (!context.plan) return context.carry;
      const createdHere = fromDefault && context.plan.id === createdPlanId();
      if (!createdHere && !unsaved(actor)) return undefined;
      return carriedPlanOf(context);
    },
  };
}

/** Why the typing was left: its plan was left (`-on-switch`), or the user signed out (`-on-sign-out`). */
export type TypingLeftCode = 'plan.typing-left-on-switch' | 'plan.typing-left-on-sign-out';

/**
 * The open plan is left (another `plan-id`, the list, a new plan never stored given up) while it holds typing
 * no record can take: input the browser could not
 * read ("120e" in a cost), a form not yet submitted (a new item), or text the plan refused that its field
 * kept in view (`refused`: what was refused there, as the field said it). It belongs to the plan left and cannot
 * be written, so it goes with that plan's fields; the host hears it (`plan.typing-left-on-switch`, the
 * plan's id (none for a new plan never stored), a `value.invalid` at each unreadable field's path), as `beforeunload` would ask on leaving the page.
 * `controls`: the ones holding such typing (`unsavedTypingControls`).
 */
export function typingLeftEvent(
  controls: readonly (HTMLInputElement | HTMLTextAreaElement)[],
  planId: string | undefined,
  refused: readonly Violation[],
  code: TypingLeftCode = 'plan.typing-left-on-switch',
): CpErrorEvent | undefined {
  if (controls.length === 0 && refused.length === 0) return undefined;
  const unreadable = controls
    .filter((control) => control.validity.badInput && control.dataset['path'])
    .map((control) => ({ code: 'value.invalid', path: control.dataset['path']!.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)) }));
  return new CpErrorEvent({ kind: 'servicePlan', ...(planId !== undefined ? { id: planId } : {}), code, violations: [...unreadable, ...refused] });
}
