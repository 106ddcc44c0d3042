import { weekdayName } from '../../visits-shared/plan-text.js';
import { html, type TemplateResult } from 'lit';
import { recurrenceTypes, type Recurrence, type RecurrenceType } from '../../../model/visitation/plan.js';
import { checkboxField, fieldGroup, inputField, selectField } from '../../shared/parts/field.js';
import { numberFrom } from '../../visits-shared/form-values.js';
import { errorText, type PlanFormView } from './form-view.js';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** A recurrence of the new type, keeping what carries over (the interval, the weekdays). */
function switchType(current: Recurrence, type: RecurrenceType, startDate: string): Recurrence {
  const interval = 'interval' in current ? current.interval : 1;
  const times = 'times' in current ? current.times : 1;
  const startDay = Number(startDate.slice(8, 10)) || 1;
  switch (type) {
    case 'every-n-days':
      return { type, interval };
    case 'every-n-weeks':
      return { type, interval, weekdays: current.type === 'every-n-weeks' ? current.weekdays : [] };
    case 'every-n-months':
      return { type, interval, dayOfMonth: current.type === 'every-n-months' ? current.dayOfMonth : startDay };
    default:
      return { type, times };
  }
}

/** The localized name of a weekday (1 = Monday) in the element's language. */

/** How often: the kind of recurrence and what it needs (interval, weekdays, day of month, times). */
export function recurrenceFields(view: PlanFormView): TemplateResult {
  const { t, editor } = view;
  const recurrence = editor.draft.recurrence;
  const change = (next: Recurrence, field: string) => view.change({ recurrence: next }, field);
  const interval =
    'interval' in recurrence
      ? inputField({
          id: 'recurrence.interval',
          type: 'number',
          min: '1',
          label: t.term(`planner.form.interval.${recurrence.type}`),
          value: String(Number.isNaN(recurrence.interval) ? '' : recurrence.interval),
          error: errorText(view, 'recurrence.interval'),
          onChange: (value) => change({ ...recurrence, interval: numberFrom(value) }, 'recurrence.interval'),
        })
      : inputField({
          id: 'recurrence.times',
          type: 'number',
          min: '1',
          label: t.term(`planner.form.times.${recurrence.type}`),
          value: String(Number.isNaN(recurrence.times) ? '' : recurrence.times),
          error: errorText(view, 'recurrence.times'),
          onChange: (value) => change({ ...recurrence, times: numberFrom(value) }, 'recurrence.times'),
        });
  return html`<fieldset class="group" part="recurrence">
    <legend>${t.term('planner.form.frequency')}</legend>
    ${selectField({
      id: 'recurrence',
      label: t.term('planner.form.recurrence-type'),
      value: recurrence.type,
      error: errorText(view, 'recurrence'),
      options: recurrenceTypes.map((type) => ({ value: type, label: t.term(`planner.recurrence.${type}`) })),
      onChange: (value) => change(switchType(recurrence, value as RecurrenceType, editor.draft.startDate), 'recurrence'),
    })}
    ${interval}
    ${recurrence.type === 'every-n-weeks'
      ? fieldGroup({
          id: 'recurrence.weekdays',
          legend: t.term('planner.form.weekdays'),
          error: errorText(view, 'recurrence.weekdays'),
          content: html`<div class="weekdays">
            ${weekdays.map((day) =>
              checkboxField({
                id: `weekday-${day}`,
                label: weekdayName(t, day),
                checked: recurrence.weekdays.includes(day),
                onChange: (checked) =>
                  change(
                    { ...recurrence, weekdays: checked ? [...recurrence.weekdays, day].sort() : recurrence.weekdays.filter((entry) => entry !== day) },
                    'recurrence.weekdays',
                  ),
              }),
            )}
          </div>`,
        })
      : null}
    ${recurrence.type === 'every-n-months'
      ? inputField({
          id: 'recurrence.dayOfMonth',
          type: 'number',
          min: '1',
          max: '31',
          label: t.term('planner.form.day-of-month'),
          hint: t.term('planner.form.day-of-month-hint'),
          value: String(Number.isNaN(recurrence.dayOfMonth) ? '' : recurrence.dayOfMonth),
          error: errorText(view, 'recurrence.dayOfMonth'),
          onChange: (value) => change({ ...recurrence, dayOfMonth: numberFrom(value) }, 'recurrence.dayOfMonth'),
        })
      : null}
  </fieldset>`;
}
