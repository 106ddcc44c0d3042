import { html, type TemplateResult } from 'lit';
import { field } from '../field.js';
import type { EditorView } from '../view.js';

/** The plan's one goal: its title (required before submitting) and a description. */
export function goalSection(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const disabled = !view.allows({ type: 'set-goal' });
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
