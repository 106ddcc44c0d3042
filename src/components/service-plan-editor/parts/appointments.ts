import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { appointmentStatusOfContact, appointmentSummary, contactsOfItem } from '../../../model/service-plan/appointments.js';
import type { Appointment, AppointmentStatus, PlanItem } from '../../../model/service-plan/plan-item.js';
import { fieldErrors, formDate, formDateInput, formValue } from '../field.js';
import { violationText } from '../labels.js';
import { fieldId, type EditorView, type FieldPath } from '../view.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

const noted: readonly AppointmentStatus[] = ['kept', 'missed', 'cancelled'];

/**
 * A plan item's appointments (made, kept, missed, noted), what the contact log recorded for the item,
 * and the count of both in the item's progress.
 */
export function appointmentsPart(view: EditorView, item: PlanItem, path: FieldPath): TemplateResult {
  const { t, plan } = view;
  const key = `item.${item.id}.appointments`;
  const id = fieldId(key);
  const allowed = view.allows({ type: 'add-appointment', itemId: item.id, date: view.today, withWhom: 'x' });
  const logged = contactsOfItem(view.caseRecords?.contacts ?? [], plan.id, item.id);
  const summary = appointmentSummary(item, view.today, logged);
  const appointments = item.appointments ?? [];
  const name = item.source.name;
  const describe = (appointment: Appointment) =>
    t.term('spe.appointment.line', { date: t.date(appointment.date), time: appointment.time ?? '', with: appointment.withWhom }).replace(/\s+,/g, ',').trim();
  const mark = (appointment: Appointment, status: AppointmentStatus) => {
    if (view.edit({ type: 'set-appointment-status', itemId: item.id, appointmentId: appointment.id, status }, key)) {
      view.announce(t.term('spe.appointment.noted', { appointment: describe(appointment), status: t.term(`spe.appointment.status.${status}`) }));
    }
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const time = formValue(form, 'time');
    const withWhom = formValue(form, 'withWhom');
    const date = formDate(view, form, 'date');
    if (view.edit({ type: 'add-appointment', itemId: item.id, id: view.newId(), date, ...(time ? { time } : {}), withWhom }, key)) {
      form.reset();
      view.announce(t.term('spe.appointment.added', { appointment: t.term('spe.appointment.line', { date: date ? t.date(date) : '', time, with: withWhom.trim() }) }));
    }
  };
  const errors = [...view.errorsFor(key), ...view.violationsAt([...path, 'appointments'], true).map((found) => violationText(t, found))];
  return html`<div class="appointments" part="appointments" role="group" aria-labelledby="${id}-heading">
    <h5 id="${id}-heading">${t.term('spe.appointment.heading')}</h5>
    <p class="hint" part="appointment-progress">
      ${t.term('spe.appointment.summary', { kept: summary.kept, missed: summary.missed, scheduled: summary.scheduled })}
      ${summary.unnoted.length > 0 ? html`<span class="notice">${t.term('spe.appointment.unnoted', { count: summary.unnoted.length })}</span>` : nothing}
    </p>
    <details ?open=${errors.length > 0}>
    <summary>${t.term('spe.appointment.details', { count: appointments.length + logged.length })}</summary>
    ${appointments.length === 0 ? html`<p class="hint">${t.term('spe.appointment.none')}</p>` : nothing}
    <ul>
      ${appointments.map(
        (appointment) => html`<li data-appointment-id=${appointment.id}>
          <span>${describe(appointment)}</span>
          <span class="badge">${t.term(`spe.appointment.status.${appointment.status}`)}</span>
          ${appointment.note ? html`<span class="pre" dir=${ifDefined(dominantDirection(appointment.note))}>${closedText(appointment.note)}</span>` : nothing}
          ${allowed && appointment.status === 'scheduled'
            ? noted
                .filter((status) => status === 'cancelled' || appointment.date <= view.today)
                .map(
                  (status) =>
                    html`<button type="button" class="quiet" data-status=${status} aria-label=${t.term('spe.named-action', { action: t.term(`spe.appointment.mark.${status}`), name: `${describe(appointment)} (${name})` })} @click=${() => mark(appointment, status)}>
                      ${t.term(`spe.appointment.mark.${status}`)}
                    </button>`,
                )
            : nothing}
        </li>`,
      )}
    </ul>
    ${logged.length > 0
      ? html`<p class="hint">${t.term('spe.appointment.from-log', { count: logged.length })}</p>
          <ul class="from-log">
            ${logged.map((contact) => html`<li>${t.dateTime(contact.occurredAt)}: ${t.term(`spe.appointment.status.${appointmentStatusOfContact(contact)}`)}</li>`)}
          </ul>`
      : nothing}
    ${allowed
      ? html`<form data-entry-form class="inline-form" part="add-appointment" @submit=${onSubmit}>
          <label for="${id}-date">${t.term('spe.appointment.date')}</label>
          ${formDateInput(view, { id: `${id}-date`, name: 'date', required: true })}
          <label for="${id}-time">${t.term('spe.appointment.time')}</label>
          <input id="${id}-time" name="time" type="time" />
          <label for="${id}-with">${t.term('spe.appointment.with')}</label>
          <input dir="auto" id="${id}-with" name="withWhom" required />
          <button type="submit" aria-label=${t.term('spe.named-action', { action: t.term('spe.appointment.add'), name })}>${t.term('spe.appointment.add')}</button>
        </form>`
      : nothing}
    </details>
    ${fieldErrors(id, errors)}
  </div>`;
}
