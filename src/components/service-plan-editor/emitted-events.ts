import type { ServicePlan } from '../../model/service-plan/plan.js';
import type { ServicePlanEmitted } from '../../machines/service-plan/machine.js';
import { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent, CpStatusChangeEvent } from '../shared/events/index.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { statusLabel } from './labels.js';
import { CpPlanCreatedEvent } from './plan-created-event.js';

/** What the editor does, beside telling the host, when its plan's machine reports something. */
export interface EmittedHooks {
  t: LocalizeController;
  /** From an actor the editor let go: its save of a plan other than `plan-id` now says `left`. */
  letGo?: boolean;
  /** The plan id the editor has open, for an error's `id`. */
  planId(): string | undefined;
  /** A new plan was stored (the "New plan" path): the editor takes its id as `plan-id`. */
  created(plan: ServicePlan): void;
  /** A status step was stored. */
  statusChanged(): void;
  /** A conflict opened: its panel takes focus unless the user is in a field. */
  conflict(): void;
  /** The open conflict closed by itself (its panel is gone), `message` saying why: focus, if it was in the panel, goes on in the plan. */
  conflictCleared(message: string): void;
  announce(message: string, politeness?: 'polite' | 'assertive'): void;
}

/** Turns what the plan's machine emits into the editor's `cp-*` events (and announcements). */
export function relayEmitted(element: HTMLElement, event: ServicePlanEmitted, hooks: EmittedHooks): void {
  const kind = 'servicePlan';
  const { t } = hooks;
  switch (event.type) {
    case 'created':
      hooks.created(event.plan);
      element.dispatchEvent(new CpPlanCreatedEvent({ kind, id: event.plan.id, caseId: event.plan.caseId }));
      break;
    case 'changed':
      element.dispatchEvent(new CpChangeEvent({ kind, id: event.plan.id, value: event.plan, dirty: true }));
      break;
    case 'saved':
      element.dispatchEvent(new CpSavedEvent({ kind, id: event.plan.id, version: event.plan.version, record: event.plan, ...(hooks.letGo && event.plan.id !== hooks.planId() ? { left: true } : {}) }));
      break;
    case 'status-changed':
      hooks.statusChanged();
      // The machine emits it after the save that stored the new status.
      element.dispatchEvent(new CpStatusChangeEvent({ kind, id: event.plan.id, status: event.to, previousStatus: event.from }));
      hooks.announce(t.term('spe.status-announce', { status: statusLabel(t, event.to) }));
      break;
    case 'conflict':
      hooks.conflict();
      element.dispatchEvent(new CpConflictEvent({ kind, id: event.conflict.mine.id, attempted: event.conflict.mine, current: event.conflict.theirs }));
      // Already open and now against their newer save: said so, as the panel's theirs changes under the user.
      hooks.announce(t.term(event.renewed ? 'plan.conflict.theirs-changed' : 'common.save-state.conflict'));
      break;
    case 'conflict-cleared':
      hooks.conflictCleared(t.term('merge.clash-gone'));
      break;
    case 'error': {
      const id = hooks.planId();
      element.dispatchEvent(new CpErrorEvent({ kind, ...(id ? { id } : {}), code: event.error.code, violations: [], cause: event.error }));
      hooks.announce(t.error(event.error), 'assertive');
      break;
    }
  }
}
