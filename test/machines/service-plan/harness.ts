import { createActor, SimulatedClock, waitFor, type Actor } from 'xstate';
import { servicePlanMachine } from '../../../src/machines/service-plan/machine.js';
import { selectSaveState, type ServicePlanSnapshot } from '../../../src/machines/service-plan/selectors.js';
import type { ServicePlanEvent, ServicePlanMachineInput, SaveState } from '../../../src/machines/service-plan/types.js';
import type { PlanEdit } from '../../../src/model/service-plan/edits.js';
import type { StorageAdapter } from '../../../src/storage/adapter.js';
import { participants } from '../../model/service-plan/fixtures.js';
import { FaultyStorage } from './faulty-storage.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';

export const NOW = new Date('2026-03-10T14:00:00.000Z');
export const AUTOSAVE_MS = 500;
export const worker = { id: 'worker-1', name: 'Claire Martin' };

export type PlanActor = Actor<typeof servicePlanMachine>;

export interface Harness {
  actor: PlanActor;
  storage: FaultyStorage;
  clock: SimulatedClock;
  emitted: { type: string }[];
  send(event: ServicePlanEvent): void;
  edit(...edits: PlanEdit[]): void;
  /** Waits until the save region reaches `state`. */
  until(state: SaveState): Promise<ServicePlanSnapshot>;
  /** Lets the autosave delay pass and waits for the write to land. */
  autosave(): Promise<ServicePlanSnapshot>;
}

let adapters = 0;

/** A fresh in-memory store name; two harnesses given the same name share one store (two tabs). */
export function newStoreName(): string {
  adapters += 1;
  return `machine-test-${adapters}-${Math.random()}`;
}

export function startPlanActor(options: { store?: string; storage?: StorageAdapter; input?: Partial<ServicePlanMachineInput> } = {}): Harness {
  const storage = new FaultyStorage(options.storage ?? new MemoryStorageAdapter({ name: options.store ?? newStoreName() }));
  const clock = new SimulatedClock();
  let ids = 0;
  const prefix = Math.random().toString(36).slice(2, 6);
  const actor = createActor(servicePlanMachine, {
    clock,
    input: {
      storage,
      caseId: 'case-1',
      planKind: 'outcome',
      currentUser: worker,
      participants,
      primaryClientId: 'leo',
      principalParticipantId: 'leo',
      now: () => NOW,
      autosaveDelayMs: AUTOSAVE_MS,
      createId: () => `${prefix}-${++ids}`,
      ...options.input,
    },
  });
  const emitted: { type: string }[] = [];
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  const until = (state: SaveState) => waitFor(actor, (snapshot) => selectSaveState(snapshot) === state, { timeout: 3000 });
  return {
    actor,
    storage,
    clock,
    emitted,
    send: (event) => actor.send(event),
    edit: (...edits) => edits.forEach((edit) => actor.send({ type: 'EDIT', edit })),
    until,
    autosave: async () => {
      clock.increment(AUTOSAVE_MS);
      return until('saved');
    },
  };
}

/** Edits that turn the new draft into a plan ready to submit (2 sub-goals, 3 items, a milestone). */
export function fillPlan(harness: Harness): void {
  harness.edit(
    { type: 'set-goal', title: 'Leo returns home safely', description: 'Reunification within 12 months' },
    { type: 'add-participant', participantId: 'maria' },
    { type: 'add-participant', participantId: 'joao' },
    { type: 'add-participant', participantId: 'ana' },
    { type: 'set-permanency', primary: 'reunification', concurrent: 'placement-with-relative' },
    { type: 'add-sub-goal', id: 'sg-1', title: 'Parents build parenting skills' },
    { type: 'add-sub-goal', id: 'sg-2', title: 'Stable housing' },
    { type: 'add-item', subGoalId: 'sg-1', id: 'item-1', source: { type: 'template', templateId: 'tpl-counselling', name: 'Counselling sessions', purpose: 'Address the causes' }, kind: 'unit-delivery', unitsAuthorized: 12, unitType: 'session', responsibility: { type: 'participant', participantId: 'maria' } },
    { type: 'add-item', subGoalId: 'sg-1', id: 'item-2', source: { type: 'custom', name: 'Parenting class', purpose: 'Learn routines' }, kind: 'basic', responsibility: { type: 'caseworker' } },
    { type: 'add-item', subGoalId: 'sg-2', id: 'item-3', source: { type: 'custom', name: 'Housing application', purpose: 'Apply for social housing' }, kind: 'basic', responsibility: { type: 'org-user', userId: 'u-9', name: 'Housing officer' } },
    { type: 'add-milestone', id: 'ms-1', title: 'First unsupervised visit', dueDate: '2026-05-01' },
  );
}
