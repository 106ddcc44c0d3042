import { html, type TemplateResult } from 'lit';
import type { PlanEdit } from '../../../model/service-plan/edits.js';
import { field } from '../field.js';
import type { EditorView } from '../view.js';

type BasisText = 'assessmentSource' | 'assessedBy' | 'assessmentSummary' | 'history' | 'currentSituation';

/**
 * What the plan is built on: the assessment (instrument or report, date, by whom, what it found), the
 * family's history and their current situation. Part of the plan's content: on an active plan it
 * changes with a revision, like the goal.
 */
export function planBasisSection(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const basis = plan.basis;
  const disabled = !view.allows({ type: 'set-basis', history: '' });
  const text = (name: BasisText, type: 'text' | 'textarea') =>
    field(view, {
      key: `basis.${name}`,
      label: t.term(`spe.basis.${name}`),
      value: basis?.[name] ?? '',
      path: ['basis', name],
      type,
      disabled,
      commit: (value): PlanEdit => ({ type: 'set-basis', [name]: type === 'text' && value.trim() === '' ? null : value }),
    });
  return html`<section part="basis" class="card" aria-labelledby="basis-heading">
    <h2 id="basis-heading">${t.term('spe.basis.heading')}</h2>
    <div class="row">
      ${text('assessmentSource', 'text')}
      ${field(view, {
        key: 'basis.assessmentDate',
        label: t.term('spe.basis.assessmentDate'),
        value: basis?.assessmentDate ?? '',
        path: ['basis', 'assessmentDate'],
        type: 'date',
        disabled,
        commit: (value) => ({ type: 'set-basis', assessmentDate: value === '' ? null : value }),
      })}
      ${text('assessedBy', 'text')}
    </div>
    ${text('assessmentSummary', 'textarea')} ${text('history', 'textarea')} ${text('currentSituation', 'textarea')}
  </section>`;
}
