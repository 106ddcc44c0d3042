import { html, nothing, type TemplateResult } from 'lit';
import type { PlanItem } from '../../../model/service-plan/plan-item.js';
import { scaleLabel, scaleLevels } from '../../../model/service-plan/outcome-scale.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { field, selectField } from '../field.js';
import type { EditorView, FieldPath } from '../view.js';
import type { OutcomeScale } from '../../../model/service-plan/outcome-scale.js';

/** A level's name: the host scale's label in the reader's language, else the default scale's. */
export function outcomeLevelLabel(t: LocalizeController, scale: OutcomeScale | undefined, level: number): string {
  return scaleLabel(scale, level, t.lang) ?? t.term(`spe.outcome.level.${level}`);
}

/**
 * How well the family uses what the item is for, apart from whether it is done: a level on the
 * agency's scale and the evidence seen. Rated while the plan records progress.
 */
export function outcomeRating(view: EditorView, item: PlanItem, path: FieldPath, disabled: boolean): TemplateResult {
  const { t } = view;
  const { values, max } = scaleLevels(view.outcomeScale);
  const rating = item.outcomeRating;
  // A rating made on another scale (levels out of another maximum) stays readable.
  const options = values.map((value) => ({ value: String(value), label: outcomeLevelLabel(t, view.outcomeScale, value) }));
  return html`<div class="outcome-rating" part="outcome-rating">
    ${selectField(view, {
      key: `item.${item.id}.outcome-level`,
      label: t.term('spe.outcome.level-of', { name: item.source.name }),
      value: rating ? String(rating.level) : '',
      path: [...path, 'outcomeRating', 'level'],
      emptyLabel: t.term('spe.outcome.not-rated'),
      options,
      disabled,
      commit: (value) => ({ type: 'rate-item-outcome', itemId: item.id, level: value === '' ? null : Number(value), outOf: max, ...(rating?.evidence ? { evidence: rating.evidence } : {}) }),
    })}
    ${rating
      ? html`${rating.outOf !== max ? html`<p class="hint">${t.term('spe.outcome.other-scale', { level: rating.level, outOf: rating.outOf })}</p>` : nothing}
        ${field(view, {
          key: `item.${item.id}.outcome-evidence`,
          label: t.term('spe.outcome.evidence'),
          value: rating.evidence ?? '',
          path: [...path, 'outcomeRating', 'evidence'],
          type: 'textarea',
          hint: t.term('spe.outcome.rated-on', { date: t.date(rating.date) }),
          disabled,
          commit: (evidence) => ((rating.evidence ?? '') === evidence.trim() ? undefined : { type: 'rate-item-outcome', itemId: item.id, level: rating.level, outOf: rating.outOf, evidence }),
        })}`
      : nothing}
  </div>`;
}
