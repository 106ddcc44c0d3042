import type { TemplateResult } from 'lit';
import type { Responsibility } from '../../../model/service-plan/plan-item.js';
import { responsibilityChoices, responsibilityFromKey, responsibilityKey, type ResponsibilityChoice } from '../../../model/service-plan/responsibility.js';
import type { StaffMember } from '../../../model/staff.js';
import { selectField } from '../field.js';
import { personLabel, personById } from '../labels.js';
import type { EditorView, FieldPath } from '../view.js';
import type { PlanEdit } from '../../../model/service-plan/edits.js';

function staffLabel(view: EditorView, member: StaffMember | undefined, name: string): string {
  return member?.title ? view.t.term('spe.person', { name: member.name, relation: member.title }) : name;
}

/** The words for one choice: the caseworker, a plan member with their role, an organisation user with their job. */
export function choiceLabel(view: EditorView, choice: ResponsibilityChoice): string {
  const { t, participants, staff } = view;
  const responsibility = choice.responsibility;
  if (responsibility.type === 'caseworker') return t.term('spe.responsibility.caseworker');
  if (responsibility.type === 'participant') {
    const found = participants.find((participant) => participant.id === responsibility.participantId);
    return found ? personLabel(t, found) : personById(t, participants, responsibility.participantId);
  }
  return staffLabel(view, staff.find((member) => member.id === responsibility.userId), responsibility.name);
}

/** The choices for an item, in the order the select shows them. */
export function choicesFor(view: EditorView, current?: Responsibility): ResponsibilityChoice[] {
  return responsibilityChoices(view.plan, view.participants, view.staff, current);
}

export interface ResponsibilitySelectOptions {
  key: string;
  current: Responsibility | undefined;
  path?: FieldPath;
  disabled: boolean;
  /** Which item the choice belongs to, in its accessible name. */
  context?: string;
  /** The edit for a chosen responsibility (undefined: cleared). */
  commit?: (responsibility: Responsibility | undefined) => PlanEdit | undefined;
}

/**
 * Who is responsible, picked from a list: the caseworker, a plan member, or a user of the organisation
 * the host lists (`staff`). Nobody is typed in.
 */
export function responsibilitySelect(view: EditorView, options: ResponsibilitySelectOptions): TemplateResult {
  const choices = choicesFor(view, options.current);
  return selectField(view, {
    key: options.key,
    label: view.t.term('spe.item.responsible'),
    value: responsibilityKey(options.current),
    ...(options.path ? { path: options.path } : {}),
    emptyLabel: view.t.term('spe.choose'),
    disabled: options.disabled,
    ...(options.context !== undefined ? { context: options.context } : {}),
    options: choices.map((choice) => ({ value: choice.key, label: choiceLabel(view, choice) })),
    ...(options.commit ? { commit: (key: string) => options.commit?.(responsibilityFromKey(key, choices)) } : {}),
  });
}
