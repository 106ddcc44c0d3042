import type { CaseParticipant } from '../../../model/participant.js';
import type { VisitationPlanContent } from '../../../model/visitation/plan.js';
import type { PlanEditor } from '../../../machines/visitation/planner-types.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import type { FieldErrors, FieldKey } from '../../visits-shared/field-errors.js';

/** What the plan form's parts need: the draft, the people, the messages and how to change the draft. */
export interface PlanFormView {
  t: LocalizeController;
  editor: PlanEditor;
  /** The case's people other than the child (who may visit, supervise, interpret...). */
  participants: readonly CaseParticipant[];
  childId: string;
  errors: FieldErrors;
  saving: boolean;
  /** The plan open in the form was changed elsewhere since it was opened. */
  outdated: boolean;
  /** Time zones offered in the list. */
  timeZones: readonly string[];
  /** Another plan of the child by its name, so a clash warning says which plan. */
  planName(planId: string): string;
  change(patch: Partial<VisitationPlanContent>, field: FieldKey): void;
  save(): void;
  cancel(): void;
}

/** Every field key the form shows a message next to (the rest go to the summary). */
export const planFieldKeys: readonly FieldKey[] = [
  'title',
  'participants',
  'basis',
  'basis.orderReference',
  'basis.orderDate',
  'basis.agreedOn',
  'startDate',
  'endDate',
  'timeZone',
  'recurrence',
  'recurrence.interval',
  'recurrence.weekdays',
  'recurrence.dayOfMonth',
  'recurrence.times',
  'timeOfDay',
  'durationMinutes',
  'mode',
  'location',
  'supervision',
  'supervision.supervisorName',
  'transport',
  'notes',
];

/** The message to show next to a field, localized, or undefined. */
export function errorText(view: PlanFormView, key: FieldKey): string | undefined {
  const found = view.errors.for(key);
  return found ? view.t.violation(found) : undefined;
}
