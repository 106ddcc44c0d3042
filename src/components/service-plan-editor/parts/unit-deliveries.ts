import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unitsDelivered, type PlanItem } from '../../../model/service-plan/plan-item.js';
import { field, fieldErrors, formDate, formDateInput, formValue } from '../field.js';
import { violationText } from '../labels.js';
import { fieldId, type EditorView, type FieldPath } from '../view.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';
import { exportedParts } from '../../shared/parts/exported-parts.js';

/** A service unit delivery item: units authorized, the unit, dated deliveries, and units delivered of authorized. */
export function unitDeliveries(view: EditorView, item: PlanItem, path: FieldPath): TemplateResult {
  const { t } = view;
  const contentDisabled = !view.allows({ type: 'update-item', itemId: item.id, changes: { unitsAuthorized: 0 } });
  const deliveryAllowed = view.allows({ type: 'add-delivery', itemId: item.id, date: view.today, units: 1 });
  const delivered = unitsDelivered(item);
  const key = `item.${item.id}.delivery`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const unitsText = formValue(form, 'units');
    const accepted = view.edit(
      { type: 'add-delivery', itemId: item.id, date: formDate(view, form, 'date'), units: unitsText === '' ? Number.NaN : Number(unitsText), note: formValue(form, 'note') },
      key,
    );
    if (accepted) {
      form.reset();
      view.announce(t.term('spe.delivery.recorded', { count: Number(unitsText), unit: item.unitType ?? '' }));
    }
  };
  const deliveryErrors = [...view.errorsFor(key), ...view.violationsAt([...path, 'deliveries']).map((found) => violationText(t, found))];
  return html`<fieldset class="deliveries" part="deliveries">
    <legend>${t.term('spe.delivery.heading')}</legend>
    <div class="row">
      ${field(view, {
        key: `item.${item.id}.unitsAuthorized`,
        label: t.term('spe.delivery.units-authorized'),
        value: item.unitsAuthorized === undefined ? '' : String(item.unitsAuthorized),
        path: [...path, 'unitsAuthorized'],
        type: 'number',
        min: '0',
        step: '1',
        disabled: contentDisabled,
        commit: (value) => ({ type: 'update-item', itemId: item.id, changes: { unitsAuthorized: value === '' ? null : Number(value) } }),
      })}
      ${field(view, {
        key: `item.${item.id}.unitType`,
        label: t.term('spe.delivery.unit-type'),
        value: item.unitType ?? '',
        path: [...path, 'unitType'],
        disabled: contentDisabled,
        commit: (value) => ({ type: 'update-item', itemId: item.id, changes: { unitType: value.trim() === '' ? null : value } }),
      })}
    </div>
    <cp-progress part="item-progress" exportparts=${exportedParts('progress')} label=${t.term('spe.delivery.delivered-of-authorized')} value=${delivered} max=${item.unitsAuthorized ?? 0}></cp-progress>
    ${item.deliveries.length > 0
      ? html`<table class="deliveries-table">
          <caption class="visually-hidden">${t.term('spe.delivery.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">${t.term('spe.delivery.date')}</th>
              <th scope="col">${t.term('spe.delivery.units')}</th>
              <th scope="col">${t.term('spe.delivery.note')}</th>
              ${deliveryAllowed ? html`<th scope="col"><span class="visually-hidden">${t.term('spe.actions')}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${item.deliveries.map(
              (delivery) => html`<tr>
                <td>${t.date(delivery.date)}</td>
                <td>${t.number(delivery.units)}</td>
                <td class="pre" dir=${ifDefined(dominantDirection(delivery.note))}>${closedText(delivery.note)}</td>
                ${deliveryAllowed
                  ? html`<td>
                      <button
                        type="button"
                        class="quiet"
                        aria-label=${t.term('spe.delivery.remove', { date: t.date(delivery.date) })}
                        @click=${() => view.edit({ type: 'remove-delivery', itemId: item.id, deliveryId: delivery.id }, key)}
                      >
                        ${t.term('common.remove')}
                      </button>
                    </td>`
                  : nothing}
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    ${deliveryAllowed
      ? html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.date`)}>${t.term('spe.delivery.date')}</label>
          ${formDateInput(view, { id: fieldId(`${key}.date`), name: 'date', required: true, value: view.today })}
          <label for=${fieldId(`${key}.units`)}>${t.term('spe.delivery.units')}</label>
          <input id=${fieldId(`${key}.units`)} name="units" type="number" min="0" step="any" required />
          <label for=${fieldId(`${key}.note`)}>${t.term('spe.delivery.note')}</label>
          <input dir="auto" id=${fieldId(`${key}.note`)} name="note" />
          <button type="submit">${t.term('spe.delivery.record')}</button>
        </form>`
      : nothing}
    ${fieldErrors(fieldId(key), deliveryErrors)}
  </fieldset>`;
}
