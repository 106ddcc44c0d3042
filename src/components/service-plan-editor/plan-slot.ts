import type { CurrentUser } from '../shared/current-user.js';
import type { PlanKind } from '../../model/service-plan/plan.js';
import type { ApprovalPolicy } from '../../model/service-plan/rules/approvals.js';
import { servicePlanMachine, type ServicePlanEmitted } from '../../machines/service-plan/machine.js';
import type { ServicePlanSnapshot } from '../../machines/service-plan/selectors.js';
import type { CarriedPlan } from '../../machines/service-plan/types.js';
import type { StorageAdapter } from '../../storage/elements.js';
import type { ActorSlotOptions } from '../shared/controllers/actor-slot.js';
import type { CaseplanContextController } from '../shared/controllers/caseplan-context-controller.js';
import { defaultStorageOptions } from '../shared/default-storage-options.js';
import { planLeave, planLost } from './plan-leave.js';

/** The editor's own inputs the plan's machine starts with (its public properties). */
interface PlanInputs {
  planId?: string | undefined;
  caseId?: string | undefined;
  kind: PlanKind;
  approvalPolicy?: ApprovalPolicy | undefined;
  autosaveDelay?: number | undefined;
}

/** The `autosave-delay` the machine takes: none when unset or not a number (its default), never below 0. */
function autosaveDelayOf(element: PlanInputs): { autosaveDelayMs?: number } {
  return element.autosaveDelay !== undefined && Number.isFinite(element.autosaveDelay) ? { autosaveDelayMs: Math.max(0, element.autosaveDelay) } : {};
}

/** What the plan's actor slot reads of the editor, and what it tells it. */
export interface PlanSlotHost {
  element: HTMLElement & PlanInputs;
  context: CaseplanContextController;
  /** What the actor works on (`UserHandOver.scopeOf`): the plan of `plan-id`, a new plan asked for, or none (the list). */
  scope(): string | undefined;
  /** The plan this editor created (no plan-id given), if any: it goes with the editor to the host's storage. */
  createdPlanId(): string | undefined;
  /** Whom the machine writes as (`UserHandOver.machineUser`). */
  user(): CurrentUser;
  /** Text the plan refused, kept in its field and stored nowhere: closing the page asks first. */
  holdsTyping(): boolean;
  /** A new actor for this scope: the edit session starts afresh for it. */
  opened(scope: string): void;
  /** What the plan's machine emits; `letGo`: by an actor let go (its last write). */
  emitted(event: ServicePlanEmitted, letGo: boolean): void;
  /** Whether the editor still uses this storage. */
  uses(storage: StorageAdapter): boolean;
}

/**
 * The plan's actor slot: started once storage and a plan (or "New plan") are there, restarted for another
 * `plan-id`, carried to another storage (the machine's `carry` input), its edits written on leaving.
 */
export function planSlotOptions(host: PlanSlotHost): ActorSlotOptions<typeof servicePlanMachine, ServicePlanSnapshot, CarriedPlan> {
  const { element, context } = host;
  return {
    leave: planLeave(() => host.createdPlanId()),
    heldTyping: () => host.holdsTyping(),
    storage: () => context.storage,
    defaults: () => defaultStorageOptions(context.get('historyKey')),
    scope: () => host.scope(),
    actor: (storage, carry) => ({
      logic: servicePlanMachine,
      options: () => ({
        input: {
          storage,
          // A new plan is stored with its first change, never on opening (issue 14, point 2).
          ...(element.planId ? { planId: element.planId } : { storeWhenWritten: true }),
          ...(carry ? { carry } : {}),
          caseId: element.caseId ?? 'unknown-case',
          planKind: element.kind === 'outcome' ? 'outcome' : 'service',
          currentUser: host.user(),
          participants: [...context.participants],
          catalog: [...context.catalog],
          ...(element.approvalPolicy ? { approvalPolicy: element.approvalPolicy } : {}),
          now: () => context.now(),
          ...autosaveDelayOf(element),
        },
      }),
      // The whole snapshot is rendered; a new snapshot object means something changed.
      equals: Object.is,
    }),
    follow: {
      values: () => [context.participants, context.catalog, element.approvalPolicy, context.currentUser, element.autosaveDelay],
      event: () => ({
        type: 'UPDATE_INPUT',
        participants: [...context.participants],
        catalog: [...context.catalog],
        ...(element.approvalPolicy ? { approvalPolicy: element.approvalPolicy } : {}),
        currentUser: host.user(),
        ...autosaveDelayOf(element),
      }),
    },
    created: (controller, storage) => {
      // Another plan-id (never the same plan carried to another storage) starts the session afresh.
      const scope = host.scope();
      if (scope !== undefined) host.opened(scope);
      const emitted = controller.actor.on('*', (event) => host.emitted(event, false));
      return () => {
        emitted.unsubscribe();
        // A plan let go (another plan-id, removed) still writes what it held: the host hears that write too, but never
        // a write to a storage the element no longer uses (the host's copy would take the old storage's record).
        controller.actor.on('saved', (event) => host.uses(storage) && host.emitted(event, true));
      };
    },
    lost: planLost(element),
  };
}
