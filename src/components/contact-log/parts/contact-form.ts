import { html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import { contactOutcomeTypes, contactParties, contactTypes, type ContactContent, type ContactOutcome, type ContactParty, type ContactType } from '../../../model/visitation/contact.js';
import type { VisitationPlan } from '../../../model/visitation/plan.js';
import type { Occurrence } from '../../../model/visitation/recurrence.js';
import { fromZoned } from '../../../model/visitation/time-zone.js';
import type { ContactEditor } from '../../../machines/visitation/contact-log-types.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import type { FieldErrors, FieldKey } from '../../visits-shared/field-errors.js';
import { checkboxField, fieldGroup, inputField, selectField, textAreaField } from '../../shared/parts/field.js';
import { numberFrom, optionalText } from '../../visits-shared/form-values.js';
import { planLabel } from '../../visits-shared/plan-text.js';
import { localInputValue, occurrenceChoiceText } from '../contact-text.js';

export interface ContactFormView {
  t: LocalizeController;
  editor: ContactEditor;
  participants: readonly CaseParticipant[];
  plans: readonly VisitationPlan[];
  /** Planned visits of the chosen plan around the contact's date. */
  choices: readonly Occurrence[];
  timeZone: string;
  errors: FieldErrors;
  saving: boolean;
  change(patch: Partial<ContactContent>, field: FieldKey): void;
  save(): void;
  cancel(): void;
}

export const contactFieldKeys: readonly FieldKey[] = [
  'occurredAt',
  'durationMinutes',
  'type',
  'participantIds',
  'location',
  'atChildResidence',
  'visitationPlanId',
  'plannedOccurrence',
  'outcome',
  'outcome.newDate',
  'notes',
];

function errorText(view: ContactFormView, key: FieldKey): string | undefined {
  const found = view.errors.for(key);
  return found ? view.t.violation(found) : undefined;
}

function partyOf(outcome: ContactOutcome): ContactParty | undefined {
  if (outcome.type === 'completed') return undefined;
  return outcome.type === 'no-show' ? outcome.who : outcome.by;
}

/** The outcome of another type, keeping who was responsible when it carries over. */
function outcomeOf(type: ContactOutcome['type'], party: ContactParty, newDate: string): ContactOutcome {
  switch (type) {
    case 'completed':
      return { type };
    case 'no-show':
      return { type, who: party };
    case 'cancelled':
      return { type, by: party };
    default:
      return { type, by: party, newDate };
  }
}

function outcomeFields(view: ContactFormView): TemplateResult {
  const { t, editor } = view;
  const outcome = editor.draft.outcome;
  const party = partyOf(outcome) ?? { party: 'visitor' };
  const newDate = outcome.type === 'rescheduled' ? outcome.newDate : (localInputValue(editor.draft.occurredAt, view.timeZone).slice(0, 10) || '');
  const set = (next: ContactOutcome, field: FieldKey) => view.change({ outcome: next }, field);
  return html`<fieldset class="group" part="outcome">
    <legend>${t.term('contact.form.outcome')}</legend>
    ${selectField({
      id: 'outcome',
      label: t.term('contact.form.outcome-type'),
      value: outcome.type,
      error: errorText(view, 'outcome'),
      options: contactOutcomeTypes.map((type) => ({ value: type, label: t.term(`contact.outcome.${type}`) })),
      onChange: (value) => set(outcomeOf(value as ContactOutcome['type'], party, newDate), 'outcome'),
    })}
    ${outcome.type === 'completed'
      ? nothing
      : html`${selectField({
          id: 'outcome.party',
          label: t.term(`contact.form.by.${outcome.type}`),
          value: party.party,
          options: contactParties.map((value) => ({ value, label: t.term(`contact.party.${value}`) })),
          onChange: (value) => set(outcomeOf(outcome.type, { ...party, party: value as ContactParty['party'] }, newDate), 'outcome'),
        })}
        ${selectField({
          id: 'outcome.person',
          label: t.term('contact.form.by-person'),
          value: party.participantId ?? '',
          options: [{ value: '', label: t.term('contact.form.by-person-none') }, ...view.participants.map((person) => ({ value: person.id, label: person.name }))],
          onChange: (value) => {
            const { participantId: _previous, ...rest } = party;
            set(outcomeOf(outcome.type, value === '' ? rest : { ...rest, participantId: value }, newDate), 'outcome');
          },
        })}`}
    ${outcome.type === 'rescheduled'
      ? inputField({
          id: 'outcome.newDate',
          type: 'date',
          label: t.term('contact.form.new-date'),
          value: outcome.newDate,
          error: errorText(view, 'outcome.newDate'),
          onChange: (value) => set({ ...outcome, newDate: value }, 'outcome.newDate'),
        })
      : nothing}
  </fieldset>`;
}

function planFields(view: ContactFormView): TemplateResult {
  const { t, editor } = view;
  const draft = editor.draft;
  const suggestion = editor.suggestion;
  return html`<fieldset class="group" part="plan-link">
    <legend>${t.term('contact.form.plan-link')}</legend>
    ${selectField({
      id: 'visitationPlanId',
      label: t.term('contact.form.plan'),
      value: draft.visitationPlanId ?? '',
      error: errorText(view, 'visitationPlanId'),
      options: [{ value: '', label: t.term('contact.no-plan') }, ...view.plans.map((plan) => ({ value: plan.id, label: planLabel(t, plan, view.participants) }))],
      onChange: (value) => view.change({ visitationPlanId: value === '' ? undefined : value }, 'visitationPlanId'),
    })}
    ${draft.visitationPlanId === undefined
      ? nothing
      : selectField({
          id: 'plannedOccurrence',
          label: t.term('contact.form.occurrence'),
          hint: suggestion ? t.term('contact.form.occurrence-suggested', { visit: occurrenceChoiceText(t, suggestion) }) : t.term('contact.form.occurrence-none-near'),
          value: draft.plannedOccurrence ?? '',
          error: errorText(view, 'plannedOccurrence'),
          options: [{ value: '', label: t.term('contact.form.occurrence-unplanned') }, ...view.choices.map((occurrence) => ({ value: occurrence.key, label: occurrenceChoiceText(t, occurrence) }))],
          onChange: (value) => view.change({ plannedOccurrence: value === '' ? undefined : value }, 'plannedOccurrence'),
        })}
  </fieldset>`;
}

/** The contact form: when, how long, what kind, who, where, which planned visit, what happened, notes. */
export function contactForm(view: ContactFormView): TemplateResult {
  const { t, editor } = view;
  const draft = editor.draft;
  const all = view.errors.all;
  return html`<form
    class="contact-form"
    part="form"
    aria-labelledby="contact-form-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      view.save();
    }}
  >
    <h3 id="contact-form-title">${editor.mode === 'create' ? t.term('contact.form.create-title') : t.term('contact.form.edit-title')}</h3>
    ${all.length > 0
      ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
          <p>${t.term('contact.form.fix-errors', { count: all.length })}</p>
          <ul>${all.map((found) => html`<li>${t.violation(found)}</li>`)}</ul>
        </div>`
      : nothing}
    ${inputField({
      id: 'occurredAt',
      type: 'datetime-local',
      label: t.term('contact.form.when', { zone: t.timeZone(view.timeZone) }),
      value: localInputValue(draft.occurredAt, view.timeZone),
      required: true,
      error: errorText(view, 'occurredAt'),
      onChange: (value) => {
        const [date = '', time = ''] = value.split('T');
        const instant = date && time ? fromZoned(date, time.slice(0, 5), view.timeZone) : undefined;
        view.change({ occurredAt: instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '' }, 'occurredAt');
      },
    })}
    ${inputField({
      id: 'durationMinutes',
      type: 'number',
      min: '0',
      label: t.term('contact.form.duration'),
      value: Number.isNaN(draft.durationMinutes) ? '' : String(draft.durationMinutes),
      error: errorText(view, 'durationMinutes'),
      onChange: (value) => view.change({ durationMinutes: numberFrom(value) }, 'durationMinutes'),
    })}
    ${selectField({
      id: 'type',
      label: t.term('contact.form.type'),
      value: draft.type,
      error: errorText(view, 'type'),
      options: contactTypes.map((type) => ({ value: type, label: t.term(`contact.type.${type}`) })),
      onChange: (value) => view.change({ type: value as ContactType }, 'type'),
    })}
    ${planFields(view)} ${outcomeFields(view)}
    ${fieldGroup({
      id: 'participantIds',
      legend: t.term('contact.form.participants'),
      error: errorText(view, 'participantIds'),
      content: view.participants.map((person) =>
        checkboxField({
          id: `contact-participant-${person.id}`,
          label: person.name,
          checked: draft.participantIds.includes(person.id),
          onChange: (checked) =>
            view.change({ participantIds: checked ? [...draft.participantIds, person.id] : draft.participantIds.filter((id) => id !== person.id) }, 'participantIds'),
        }),
      ),
    })}
    ${inputField({
      id: 'location',
      type: 'text',
      label: t.term('contact.form.location'),
      value: draft.location ?? '',
      error: errorText(view, 'location'),
      onChange: (value) => view.change({ location: optionalText(value) }, 'location'),
    })}
    ${checkboxField({
      id: 'atChildResidence',
      label: t.term('contact.form.at-residence'),
      checked: draft.atChildResidence,
      onChange: (checked) => view.change({ atChildResidence: checked }, 'atChildResidence'),
    })}
    ${textAreaField({
      id: 'notes',
      label: t.term('contact.form.notes'),
      hint: t.term('planner.form.notes-hint'),
      value: draft.notes,
      error: errorText(view, 'notes'),
      onChange: (value) => view.change({ notes: value }, 'notes'),
    })}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${view.saving}>${view.saving ? t.term('common.save-state.saving') : t.term('contact.form.save')}</button>
      <button type="button" ?disabled=${view.saving} @click=${() => view.cancel()}>${t.term('common.cancel')}</button>
    </div>
  </form>`;
}
