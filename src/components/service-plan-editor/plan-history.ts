import { nothing, type ReactiveControllerHost } from 'lit';
import { diffPlanRevisions } from '../../model/service-plan/diff.js';
import type { ServicePlan, ServicePlanContent } from '../../model/service-plan/plan.js';
import { restorePlanVersion } from '../../model/service-plan/restore-set-aside.js';
import type { StorageAdapter } from '../../storage/elements.js';
import type { CaseplanContextController } from '../shared/controllers/caseplan-context-controller.js';
import { RecordHistoryController } from '../shared/controllers/record-history-controller.js';
import type { CurrentUser } from '../shared/current-user.js';
import { historyPanel } from '../shared/parts/history-panel.js';
import { changeText } from './labels.js';
import type { SaveHistory } from './parts/versions.js';
import type { EditorView } from './view.js';

/** The plan's history for the shared panel, read from the plan's storage; a version comes back by the model's rules for a plan (`restorePlanVersion`). */
export function planHistoryController(host: ReactiveControllerHost, storage: () => StorageAdapter | undefined, context: CaseplanContextController): RecordHistoryController {
  return new RecordHistoryController(host, {
    storage,
    user: () => context.currentUser,
    now: () => context.now(),
    restore: (current, version) => {
      const result = restorePlanVersion(current as ServicePlan, version);
      return result.ok ? { ok: true, record: result.plan } : result;
    },
  });
}

/** Every save of the plan and the versions set aside in its conflicts (the shared history panel). */
export function planSaveHistory(view: EditorView, history: RecordHistoryController, user: CurrentUser | undefined): SaveHistory {
  const { t, plan, participants } = view;
  const open = history.isOpen('servicePlan', plan.id);
  const nameOf = (id: string) => participants.find((person) => person.id === id)?.name ?? (user?.id === id ? user.name : id);
  return {
    open,
    show: () => {
      history.open('servicePlan', plan.id, { caseId: plan.caseId });
      view.focusAfterRender('#plan-history');
    },
    panel:
      open && history.state
        ? historyPanel({
            t,
            state: history.state,
            heading: t.term('history.plan-heading'),
            headingId: 'plan-history',
            headingLevel: 3,
            nameOf,
            when: (instant) => t.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short' }),
            // What a save changed, as the versions panel says it (the model's plan diff), when both versions are known.
            describe: (step) =>
              step.before && step.after ? diffPlanRevisions(step.before as ServicePlanContent, step.after as ServicePlanContent, participants).map((change) => changeText(t, change)) : [],
            canRestore: !view.readonly,
            restore: (id) => void history.restore(id),
            close: () => {
              history.close();
              view.focusAfterRender('[part="versions"] [data-action="history"]');
            },
          })
        : nothing,
  };
}
