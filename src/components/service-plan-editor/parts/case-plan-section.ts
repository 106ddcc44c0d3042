import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { permanencyGoals, reviewTypes, type PermanencyGoal, type ReviewType } from '../../../model/service-plan/plan.js';
import { field, fieldErrors, formDate, formDateInput, formValue, selectField } from '../field.js';
import { fieldId, type EditorView } from '../view.js';
import { courtHearings } from './court-hearings.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

function permanencyFields(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const disabled = !view.allows({ type: 'set-permanency' });
  const options = permanencyGoals.map((goal) => ({ value: goal, label: t.term(`spe.permanency.${goal}`) }));
  return html`<div class="row">
    ${selectField(view, {
      key: 'permanency.primary',
      label: t.term('spe.permanency.primary'),
      value: plan.permanency?.primary ?? '',
      path: ['permanency', 'primary'],
      emptyLabel: t.term('spe.choose'),
      options,
      disabled,
      commit: (value) => ({ type: 'set-permanency', primary: value === '' ? null : (value as PermanencyGoal) }),
    })}
    ${selectField(view, {
      key: 'permanency.concurrent',
      label: t.term('spe.permanency.concurrent'),
      value: plan.permanency?.concurrent ?? '',
      path: ['permanency', 'concurrent'],
      emptyLabel: t.term('spe.none'),
      options,
      disabled: disabled || plan.permanency === undefined,
      commit: (value) => ({ type: 'set-permanency', concurrent: value === '' ? null : (value as PermanencyGoal) }),
    })}
  </div>`;
}

function reviewSchedule(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const disabled = !view.allows({ type: 'set-review-schedule' });
  return html`<div class="row">
    ${field(view, {
      key: 'review.interval',
      label: t.term('spe.review.interval'),
      value: String(plan.reviewSchedule.intervalMonths),
      path: ['reviewSchedule', 'intervalMonths'],
      type: 'number',
      min: '1',
      step: '1',
      disabled,
      commit: (value) => (value === '' ? undefined : { type: 'set-review-schedule', intervalMonths: Number(value) }),
    })}
    ${field(view, {
      key: 'review.next',
      label: t.term('spe.review.next-date'),
      value: plan.reviewSchedule.nextReviewDate ?? '',
      path: ['reviewSchedule', 'nextReviewDate'],
      type: 'date',
      disabled,
      commit: (value) => ({ type: 'set-review-schedule', nextReviewDate: value === '' ? null : value }),
    })}
  </div>`;
}

function recordedReviews(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const allowed = view.allows({ type: 'record-review', date: view.today, reviewType: 'team-meeting' });
  const key = 'review.new';
  const errors = view.errorsFor(key);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const accepted = view.edit(
      { type: 'record-review', date: formDate(view, form, 'date'), reviewType: formValue(form, 'reviewType') as ReviewType, summary: formValue(form, 'summary') },
      key,
    );
    if (accepted) {
      form.reset();
      view.announce(t.term('spe.review.recorded'));
    }
  };
  return html`<h3 id="reviews-heading">${t.term('spe.review.recorded-heading')}</h3>
    ${plan.reviews.length === 0
      ? html`<p class="hint">${t.term('spe.review.none')}</p>`
      : html`<ul aria-labelledby="reviews-heading">
          ${plan.reviews.map((review) => html`<li><strong>${t.date(review.date)}</strong> · ${t.term(`spe.review-type.${review.type}`)}${review.summary ? html` — <span class="pre" dir=${ifDefined(dominantDirection(review.summary))}>${closedText(review.summary)}</span>` : nothing}</li>`)}
        </ul>`}
    ${allowed
      ? html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId('review.new.date')}>${t.term('spe.review.date')}</label>
          ${formDateInput(view, { id: fieldId('review.new.date'), name: 'date', required: true, value: view.today })}
          <label for=${fieldId('review.new.type')}>${t.term('spe.review.type')}</label>
          <select id=${fieldId('review.new.type')} name="reviewType">
            ${reviewTypes.map((type) => html`<option value=${type}>${t.term(`spe.review-type.${type}`)}</option>`)}
          </select>
          <label for=${fieldId('review.new.summary')}>${t.term('spe.review.summary')}</label>
          <input dir="auto" id=${fieldId('review.new.summary')} name="summary" />
          <button type="submit">${t.term('spe.review.record')}</button>
          ${fieldErrors(fieldId(key), errors)}
        </form>`
      : nothing}`;
}

/** For child-welfare case plans: permanency goals (primary and concurrent), the review schedule, court hearings and recorded reviews. */
export function casePlanSection(view: EditorView, nextReviewText: string | undefined): TemplateResult {
  const { t } = view;
  return html`<section part="case-plan" class="card" aria-labelledby="case-plan-heading">
    <h2 id="case-plan-heading">${t.term(view.plan.planKind === 'outcome' ? 'spe.case-plan.heading' : 'spe.review.heading')}</h2>
    ${view.plan.planKind === 'outcome' ? permanencyFields(view) : nothing}
    ${view.plan.planKind === 'outcome' ? html`<h3>${t.term('spe.review.heading')}</h3>` : nothing}
    ${nextReviewText ? html`<p class="next-review">${nextReviewText}</p>` : nothing} ${reviewSchedule(view)}
    ${view.plan.planKind === 'outcome' ? courtHearings(view) : nothing} ${recordedReviews(view)}
  </section>`;
}
