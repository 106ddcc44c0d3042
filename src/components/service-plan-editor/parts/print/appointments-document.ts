import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../../shared/i18n/localize-controller.js';
import type { PlanItem } from '../../../../model/service-plan/plan-item.js';
import { closedText, dominantDirection } from '../../../shared/i18n/bidi-isolate.js';

/** An item's appointments in the printed plan: when, with whom, kept or missed, and the note. */
export function appointmentsDocument(t: LocalizeController, item: PlanItem): TemplateResult | typeof nothing {
  const appointments = item.appointments ?? [];
  if (appointments.length === 0) return nothing;
  return html`<div class="doc-appointments">
    <em>${t.term('spe.appointment.heading')}</em>
    <ul>
      ${appointments.map(
        (appointment) => html`<li data-appointment-id=${appointment.id}>
          ${t.term('spe.appointment.line', { date: t.date(appointment.date), time: appointment.time ?? '', with: appointment.withWhom }).replace(/\s+,/, ',')}:
          ${t.term(`spe.appointment.status.${appointment.status}`)}${appointment.note ? html` <span class="pre" dir=${ifDefined(dominantDirection(appointment.note))}>${closedText(appointment.note)}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}
