import { html, nothing, type TemplateResult } from 'lit';
import { hearingTypes, type HearingType } from '../../../model/service-plan/plan.js';
import { hearingsOf, unreviewedHearings } from '../../../model/service-plan/review-schedule.js';
import { field, fieldErrors, formDate, formDateInput, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';

/**
 * The court hearings on a case plan: each with its date, type and outcome (typed once the hearing has
 * taken place), a hearing that passed with no review recorded marked as such, and the form to add one.
 */
export function courtHearings(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const hearings = hearingsOf(plan.reviewSchedule);
  const missed = new Set(unreviewedHearings(plan, view.today).map((hearing) => hearing.id));
  const allowed = view.allows({ type: 'add-hearing', date: view.today, hearingType: 'review' });
  const key = 'hearing.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const date = formDate(view, form, 'date');
    const outcome = formValue(form, 'outcome');
    if (view.edit({ type: 'add-hearing', date, hearingType: formValue(form, 'hearingType') as HearingType, ...(outcome ? { outcome } : {}) }, key)) {
      form.reset();
      view.announce(t.term('spe.hearing.added', { date: t.date(date) }));
    }
  };
  const remove = async (hearingId: string, date: string) => {
    if (!(await view.confirm(t.term('spe.hearing.remove-confirm', { date: t.date(date) }), t.term('spe.hearing.remove')))) return;
    if (view.edit({ type: 'remove-hearing', hearingId }, key)) {
      view.announce(t.term('spe.hearing.removed', { date: t.date(date) }));
      view.focusAfterRender('#hearings-heading');
    }
  };
  return html`<h3 id="hearings-heading" tabindex="-1">${t.term('spe.hearing.heading')}</h3>
    ${hearings.length === 0 ? html`<p class="hint">${t.term('spe.hearing.none')}</p>` : nothing}
    <ul class="hearings" aria-labelledby="hearings-heading">
      ${hearings.map((hearing) => {
        const name = t.term('spe.hearing.named', { type: t.term(`spe.hearing-type.${hearing.type}`), date: t.date(hearing.date) });
        return html`<li class="hearing" data-hearing-id=${hearing.id}>
          <strong>${closedText(name)}</strong>
          ${missed.has(hearing.id) ? html`<span class="badge danger" part="hearing-unreviewed">${t.term('spe.hearing.unreviewed')}</span>` : nothing}
          ${hearing.date <= view.today
            ? field(view, {
                key: `hearing.${hearing.id}.outcome`,
                label: t.term('spe.hearing.outcome-of', { hearing: name }),
                value: hearing.outcome ?? '',
                type: 'textarea',
                disabled: !allowed,
                commit: (value) => ((hearing.outcome ?? '') === value.trim() ? undefined : { type: 'update-hearing', hearingId: hearing.id, outcome: value.trim() === '' ? null : value }),
              })
            : nothing}
          ${allowed
            ? html`<button type="button" class="quiet" aria-label=${t.term('spe.named-action', { action: t.term('spe.hearing.remove'), name })} @click=${() => void remove(hearing.id, hearing.date)}>
                ${t.term('spe.hearing.remove')}
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>
    ${allowed
      ? html`<form data-entry-form class="inline-form" part="add-hearing" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.date`)}>${t.term('spe.hearing.date')}</label>
          ${formDateInput(view, { id: fieldId(`${key}.date`), name: 'date', required: true })}
          <label for=${fieldId(`${key}.type`)}>${t.term('spe.hearing.type')}</label>
          <select id=${fieldId(`${key}.type`)} name="hearingType">
            ${hearingTypes.map((type) => html`<option value=${type}>${t.term(`spe.hearing-type.${type}`)}</option>`)}
          </select>
          <label for=${fieldId(`${key}.outcome`)}>${t.term('spe.hearing.outcome')}</label>
          <input dir="auto" id=${fieldId(`${key}.outcome`)} name="outcome" />
          <button type="submit">${t.term('spe.hearing.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`
      : nothing}`;
}
