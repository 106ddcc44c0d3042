import { nothing } from 'lit';
import { diffPlanRevisions } from '../../model/service-plan/diff.js';
import type { ServicePlanContent } from '../../model/service-plan/plan.js';
import type { RecordHistoryController } from '../shared/controllers/record-history-controller.js';
import type { CurrentUser } from '../shared/current-user.js';
import { historyPanel } from '../shared/parts/history-panel.js';
import { changeText } from './labels.js';
import type { SaveHistory } from './parts/versions.js';
import type { EditorView } from './view.js';

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
