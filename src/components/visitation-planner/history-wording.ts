import type { CaseParticipant } from '../../model/participant.js';
import type { FieldPath } from '../../model/shared/three-way-merge.js';
import type { SuspensionPeriod } from '../../model/visitation/plan.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { personName } from '../visits-shared/plan-text.js';
import { suspensionText } from './parts/suspension-text.js';

/** A plan's fields by the label its form gives them, so its history reads "Place: … → …". */
const fieldLabels: Record<string, string> = {
  title: 'planner.form.title',
  participants: 'planner.form.participants',
  basis: 'planner.form.basis',
  startDate: 'planner.form.start-date',
  endDate: 'planner.form.end-date',
  timeZone: 'planner.form.time-zone',
  recurrence: 'planner.form.frequency',
  timeOfDay: 'planner.form.time',
  durationMinutes: 'planner.form.duration',
  mode: 'planner.form.mode',
  location: 'planner.form.location',
  supervision: 'planner.form.supervision',
  transport: 'planner.form.transport',
  notes: 'planner.form.notes',
  status: 'planner.history.field.status',
  suspensions: 'planner.history.field.suspensions',
  endReason: 'planner.history.field.end-reason',
  activatedOn: 'planner.history.field.activated-on',
  endedOn: 'planner.history.field.ended-on',
};

/** The history panel's words for a visitation plan: the form's labels, statuses, modes and people by name. */
export function planHistoryWording(t: LocalizeController, participants: readonly CaseParticipant[]) {
  return {
    fieldName: (path: FieldPath): string | undefined => {
      const key = path.length === 1 ? fieldLabels[String(path[0])] : undefined;
      return key === undefined ? undefined : t.term(key);
    },
    valueName: (path: FieldPath, value: unknown): string | undefined => {
      const field = path.length === 1 ? String(path[0]) : undefined;
      if (Array.isArray(value) && value.length === 0) return undefined;
      if (field === 'status' && typeof value === 'string' && t.has(`planner.status.${value}`)) return t.term(`planner.status.${value}`);
      if (field === 'mode' && typeof value === 'string' && t.has(`planner.mode.${value}`)) return t.term(`planner.mode.${value}`);
      if (field === 'suspensions' && Array.isArray(value)) return t.list((value as SuspensionPeriod[]).map((period) => suspensionText(t, period)));
      if (field === 'participants' && Array.isArray(value)) return t.list((value as { participantId: string }[]).map((entry) => personName(t, participants, entry.participantId)));
      return undefined;
    },
  };
}
