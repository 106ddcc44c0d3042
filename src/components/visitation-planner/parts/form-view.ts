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

/** Every field key the form shows a message next to, in the form's order (the rest go to the summary). */
export const planFieldKeys: readonly FieldKey[] = [
  'title',
  'participants',
  'basis',
  'basis.orderReference',
  'basis.orderDate',
  'basis.agreedOn',
  'startDate',
  'endDate',
  'recurrence',
  'recurrence.interval',
  'recurrence.times',
  'recurrence.weekdays',
  'recurrence.dayOfMonth',
  'timeOfDay',
  'durationMinutes',
  'timeZone',
  'mode',
  'location',
  'transport',
  'supervision',
  'supervision.supervisorName',
  'notes',
];

/** The label each field shows, for the error summary to say which field a message is about. */
const fieldLabelKeys: Readonly<Record<FieldKey, string>> = {
  title: 'planner.form.title',
  participants: 'planner.form.participants',
  basis: 'planner.form.basis-type',
  'basis.orderReference': 'planner.form.order-reference',
  'basis.orderDate': 'planner.form.order-date',
  'basis.agreedOn': 'planner.form.agreed-on',
  startDate: 'planner.form.start-date',
  endDate: 'planner.form.end-date',
  recurrence: 'planner.form.recurrence-type',
  'recurrence.weekdays': 'planner.form.weekdays',
  'recurrence.dayOfMonth': 'planner.form.day-of-month',
  timeOfDay: 'planner.form.time',
  durationMinutes: 'planner.form.duration',
  timeZone: 'planner.form.time-zone',
  mode: 'planner.form.mode',
  location: 'planner.form.location',
  transport: 'planner.form.transport',
  supervision: 'planner.form.supervision-level',
  'supervision.supervisorName': 'planner.form.supervisor',
  notes: 'planner.form.notes',
};

/** The visible label of a field, localized (the interval's and count's labels follow the kind of recurrence). */
export function fieldLabel(view: PlanFormView, key: FieldKey): string {
  const type = view.editor.draft.recurrence.type;
  if (key === 'recurrence.interval') return view.t.term(`planner.form.interval.${type}`);
  if (key === 'recurrence.times') return view.t.term(`planner.form.times.${type}`);
  const label = fieldLabelKeys[key];
  return label ? view.t.term(label) : key;
}

/** The message to show next to a field, localized, or undefined. */
export function errorText(view: PlanFormView, key: FieldKey): string | undefined {
  const found = view.errors.for(key);
  return found ? view.t.violation(found) : undefined;
}
