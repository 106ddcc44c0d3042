import { html, type TemplateResult } from 'lit';
import { visitRoles, supervisionLevels, type VisitParticipant, type VisitRole, type SupervisionLevel } from '../../../model/visitation/plan.js';
import { checkboxField, fieldGroup, inputField, selectField } from '../../shared/parts/field.js';
import { optionalText } from '../../visits-shared/form-values.js';
import { errorText, type PlanFormView } from './form-view.js';

const rolesBesidesChild = visitRoles.filter((role) => role !== 'child');

/** Who takes part: each person of the case with a checkbox, and the part they take once chosen. */
export function participantFields(view: PlanFormView): TemplateResult {
  const { t, editor } = view;
  const chosen = editor.draft.participants;
  const update = (next: VisitParticipant[]) => view.change({ participants: next }, 'participants');
  const content = view.participants.length === 0
    ? html`<p class="hint">${t.term('planner.form.no-participants')}</p>`
    : view.participants.map((person) => {
        const entry = chosen.find((participant) => participant.participantId === person.id);
        return html`<div class="participant-choice">
          ${checkboxField({
            id: `participant-${person.id}`,
            label: person.relationship ? t.term('visits.person-with', { name: person.name, detail: person.relationship }) : person.name,
            checked: entry !== undefined,
            onChange: (checked) =>
              update(checked ? [...chosen, { participantId: person.id, role: 'visitor' }] : chosen.filter((participant) => participant.participantId !== person.id)),
          })}
          ${entry
            ? selectField({
                id: `participant-role-${person.id}`,
                label: t.term('planner.form.role-of', { name: person.name }),
                value: entry.role,
                options: rolesBesidesChild.map((role) => ({ value: role, label: t.term(`planner.role.${role}`) })),
                onChange: (value) => update(chosen.map((participant) => (participant.participantId === person.id ? { ...participant, role: value as VisitRole } : participant))),
              })
            : null}
        </div>`;
      });
  return fieldGroup({ id: 'participants', legend: t.term('planner.form.participants'), error: errorText(view, 'participants'), content: html`${content}` });
}

/** Why the plan exists: a court order (reference and date) or an agreement (and its date). */
export function basisFields(view: PlanFormView): TemplateResult {
  const { t, editor } = view;
  const basis = editor.draft.basis;
  return html`<fieldset class="group" part="basis">
    <legend>${t.term('planner.form.basis')}</legend>
    ${selectField({
      id: 'basis',
      label: t.term('planner.form.basis-type'),
      value: basis.type,
      error: errorText(view, 'basis'),
      options: [
        { value: 'court-ordered', label: t.term('planner.basis.court-ordered') },
        { value: 'mutually-agreed', label: t.term('planner.basis.mutually-agreed') },
      ],
      onChange: (value) =>
        view.change({ basis: value === 'court-ordered' ? { type: 'court-ordered', orderReference: '', orderDate: editor.draft.startDate } : { type: 'mutually-agreed' } }, 'basis'),
    })}
    ${basis.type === 'court-ordered'
      ? html`${inputField({
          id: 'basis.orderReference',
          type: 'text',
          label: t.term('planner.form.order-reference'),
          value: basis.orderReference,
          required: true,
          error: errorText(view, 'basis.orderReference'),
          onChange: (value) => view.change({ basis: { ...basis, orderReference: value } }, 'basis.orderReference'),
        })}
        ${inputField({
          id: 'basis.orderDate',
          type: 'date',
          label: t.term('planner.form.order-date'),
          value: basis.orderDate,
          required: true,
          error: errorText(view, 'basis.orderDate'),
          onChange: (value) => view.change({ basis: { ...basis, orderDate: value } }, 'basis.orderDate'),
        })}`
      : inputField({
          id: 'basis.agreedOn',
          type: 'date',
          label: t.term('planner.form.agreed-on'),
          value: basis.agreedOn ?? '',
          error: errorText(view, 'basis.agreedOn'),
          onChange: (value) => {
            const agreedOn = optionalText(value);
            view.change({ basis: agreedOn === undefined ? { type: 'mutually-agreed' } : { type: 'mutually-agreed', agreedOn } }, 'basis.agreedOn');
          },
        })}
  </fieldset>`;
}

/** How the visit is supervised, and by whom. */
export function supervisionFields(view: PlanFormView): TemplateResult {
  const { t, editor } = view;
  const supervision = editor.draft.supervision;
  return html`<fieldset class="group" part="supervision">
    <legend>${t.term('planner.form.supervision')}</legend>
    ${selectField({
      id: 'supervision',
      label: t.term('planner.form.supervision-level'),
      value: supervision.level,
      error: errorText(view, 'supervision'),
      options: supervisionLevels.map((level) => ({ value: level, label: t.term(`planner.supervision.${level}`) })),
      onChange: (value) => view.change({ supervision: { ...supervision, level: value as SupervisionLevel } }, 'supervision'),
    })}
    ${supervision.level === 'unsupervised'
      ? null
      : inputField({
          id: 'supervision.supervisorName',
          type: 'text',
          label: t.term('planner.form.supervisor'),
          hint: t.term('planner.form.supervisor-hint'),
          value: supervision.supervisorName ?? '',
          error: errorText(view, 'supervision.supervisorName'),
          onChange: (value) => {
            const { supervisorName: _previous, ...rest } = supervision;
            const name = optionalText(value);
            view.change({ supervision: name === undefined ? rest : { ...rest, supervisorName: name } }, 'supervision.supervisorName');
          },
        })}
  </fieldset>`;
}
