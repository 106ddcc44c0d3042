import { html, nothing, type TemplateResult } from 'lit';
import { visitModes, type VisitMode } from '../../../model/visitation/plan.js';
import { inputField, selectField, textAreaField } from '../../shared/parts/field.js';
import { numberFrom, optionalText } from '../../visits-shared/form-values.js';
import { errorText, fieldLabel, type PlanFormView } from './form-view.js';
import { basisFields, participantFields, supervisionFields } from './people-fields.js';
import { recurrenceFields } from './recurrence-fields.js';
import { overlapText } from '../../visits-shared/compliance.js';
import type { Violation } from '../../../model/shared/violation.js';

/** Everything wrong after a refused save, each entry naming its field and a link that moves focus to it (GOV.UK error summary). */
function errorSummary(view: PlanFormView): TemplateResult | typeof nothing {
  const all = view.errors.all;
  if (all.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
    <p>${view.t.term('planner.form.fix-errors', { count: all.length })}</p>
    <ul>
      ${all.map((found) => {
        const owner = view.errors.owner(found);
        if (!owner) return html`<li>${view.t.violation(found)}</li>`;
        const text = view.t.term('planner.form.error-at-field', { field: fieldLabel(view, owner), message: view.t.violation(found) });
        return html`<li><a href="#${owner}" data-field-link=${owner} @click=${(event: Event) => focusField(event, owner)}>${text}</a></li>`;
      })}
    </ul>
  </div>`;
}

function focusField(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
  const target = root.getElementById(id);
  const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
  control?.focus();
}

/** A clash with another plan, naming it, its date and time in the element's language; other warnings as the model words them. */
function clashText(view: PlanFormView, found: Violation): string {
  const { otherPlanId, date, time, count } = found.params ?? {};
  if (found.code !== 'visitation.plan.overlaps' || typeof otherPlanId !== 'string' || typeof date !== 'string' || typeof time !== 'string') return view.t.violation(found);
  return overlapText(view.t, { other: view.planName(otherPlanId), date, time, count: typeof count === 'number' ? count : 1 });
}

function warnings(view: PlanFormView): TemplateResult | typeof nothing {
  if (view.editor.warnings.length === 0) return nothing;
  return html`<div class="notice warning" part="overlap-warning">
    ${view.editor.warnings.map((found) => html`<p>${clashText(view, found)}</p>`)}
  </div>`;
}

/**
 * The visitation plan form: people, basis, dates, frequency, time, duration, mode, place, supervision,
 * transport and notes. Every message comes from the machine's Violations, next to its field.
 */
export function planForm(view: PlanFormView): TemplateResult {
  const { t, editor } = view;
  const draft = editor.draft;
  const heading = editor.mode === 'create' ? t.term('planner.form.create-title') : t.term('planner.form.edit-title');
  return html`<form
    class="plan-form"
    part="form"
    aria-labelledby="plan-form-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      view.save();
    }}
  >
    <h3 id="plan-form-title">${heading}</h3>
    ${view.outdated ? html`<p class="notice warning">${t.term('planner.form.outdated')}</p>` : nothing}
    ${errorSummary(view)}
    ${inputField({
      id: 'title',
      type: 'text',
      label: t.term('planner.form.title'),
      hint: t.term('planner.form.title-hint'),
      value: draft.title ?? '',
      error: errorText(view, 'title'),
      onChange: (value) => view.change({ title: optionalText(value) }, 'title'),
    })}
    ${participantFields(view)} ${basisFields(view)}
    <fieldset class="group" part="dates">
      <legend>${t.term('planner.form.dates')}</legend>
      ${inputField({
        id: 'startDate',
        type: 'date',
        label: t.term('planner.form.start-date'),
        value: draft.startDate,
        required: true,
        error: errorText(view, 'startDate'),
        onChange: (value) => view.change({ startDate: value }, 'startDate'),
      })}
      ${inputField({
        id: 'endDate',
        type: 'date',
        label: t.term('planner.form.end-date'),
        hint: t.term('planner.form.end-date-hint'),
        value: draft.endDate ?? '',
        error: errorText(view, 'endDate'),
        onChange: (value) => view.change({ endDate: optionalText(value) }, 'endDate'),
      })}
    </fieldset>
    ${recurrenceFields(view)}
    <fieldset class="group" part="time">
      <legend>${t.term('planner.form.when')}</legend>
      ${inputField({
        id: 'timeOfDay',
        type: 'time',
        label: t.term('planner.form.time'),
        value: draft.timeOfDay,
        error: errorText(view, 'timeOfDay'),
        onChange: (value) => view.change({ timeOfDay: value }, 'timeOfDay'),
      })}
      ${inputField({
        id: 'durationMinutes',
        type: 'number',
        min: '5',
        label: t.term('planner.form.duration'),
        value: Number.isNaN(draft.durationMinutes) ? '' : String(draft.durationMinutes),
        error: errorText(view, 'durationMinutes'),
        onChange: (value) => view.change({ durationMinutes: numberFrom(value) }, 'durationMinutes'),
      })}
      ${inputField({
        id: 'timeZone',
        type: 'text',
        list: 'time-zones',
        label: t.term('planner.form.time-zone'),
        value: draft.timeZone,
        error: errorText(view, 'timeZone'),
        onChange: (value) => view.change({ timeZone: value.trim() }, 'timeZone'),
      })}
      <datalist id="time-zones">${view.timeZones.map((zone) => html`<option value=${zone}></option>`)}</datalist>
    </fieldset>
    <fieldset class="group" part="place">
      <legend>${t.term('planner.form.how-where')}</legend>
      ${selectField({
        id: 'mode',
        label: t.term('planner.form.mode'),
        value: draft.mode,
        error: errorText(view, 'mode'),
        options: visitModes.map((mode) => ({ value: mode, label: t.term(`planner.mode.${mode}`) })),
        onChange: (value) => view.change({ mode: value as VisitMode }, 'mode'),
      })}
      ${inputField({
        id: 'location',
        type: 'text',
        label: t.term('planner.form.location'),
        value: draft.location ?? '',
        error: errorText(view, 'location'),
        onChange: (value) => view.change({ location: optionalText(value) }, 'location'),
      })}
      ${inputField({
        id: 'transport',
        type: 'text',
        label: t.term('planner.form.transport'),
        value: draft.transport ?? '',
        error: errorText(view, 'transport'),
        onChange: (value) => view.change({ transport: optionalText(value) }, 'transport'),
      })}
    </fieldset>
    ${supervisionFields(view)}
    ${textAreaField({
      id: 'notes',
      label: t.term('planner.form.notes'),
      hint: t.term('planner.form.notes-hint'),
      value: draft.notes,
      error: errorText(view, 'notes'),
      onChange: (value) => view.change({ notes: value }, 'notes'),
    })}
    ${warnings(view)}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${view.saving}>${view.saving ? t.term('common.save-state.saving') : t.term('planner.form.save')}</button>
      <button type="button" ?disabled=${view.saving} @click=${() => view.cancel()}>${t.term('common.cancel')}</button>
    </div>
  </form>`;
}
