import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { field } from '../field.js';
import type { EditorView } from '../view.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

/** The plan's one goal: its title (required before submitting) and a description. */
export function goalSection(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const disabled = !view.allows({ type: 'set-goal' });
  const followed = plan.status !== 'draft' && plan.status !== 'under-review';
  if (disabled && followed && view.violationsAt(['goal'], true).length === 0) {
    // Not to be changed in this status (an active plan): the goal reads as text, the top of the outline.
    return html`<section part="goal" class="card goal-text" aria-labelledby="goal-heading">
      <h2 id="goal-heading">${t.term('spe.goal.heading')}</h2>
      <p class="goal-title"><bdi>${closedText(plan.goal.title || t.term('spe.goal.untitled'))}</bdi></p>
      ${plan.goal.description ? html`<p class="pre" dir=${ifDefined(dominantDirection(plan.goal.description))}>${closedText(plan.goal.description)}</p>` : nothing}
    </section>`;
  }
  return html`<section part="goal" class="card" aria-labelledby="goal-heading">
    <h2 id="goal-heading">${t.term('spe.goal.heading')}</h2>
    ${field(view, {
      key: 'goal.title',
      label: t.term('spe.goal.title'),
      value: plan.goal.title,
      path: ['goal', 'title'],
      required: true,
      disabled,
      commit: (title) => ({ type: 'set-goal', title }),
    })}
    ${field(view, {
      key: 'goal.description',
      label: t.term('spe.goal.description'),
      value: plan.goal.description,
      path: ['goal', 'description'],
      type: 'textarea',
      disabled,
      commit: (description) => ({ type: 'set-goal', description }),
    })}
  </section>`;
}
