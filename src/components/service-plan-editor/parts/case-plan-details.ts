import { html, nothing, type TemplateResult } from 'lit';
import type { CasePlanDetailField } from '../../../model/service-plan/plan.js';
import { youthSectionsApply } from '../../../model/service-plan/plan-people.js';
import { field } from '../field.js';
import type { EditorView } from '../view.js';

/** The sections every child's case plan states, in the order a court reads them. */
export const childDetailFields: readonly CasePlanDetailField[] = ['placement', 'placementAppropriateness', 'fosterParentServices', 'health', 'education', 'educationalStability', 'concurrentPlanSteps'];
/** The sections for a youth of 14 or more. */
export const youthDetailFields: readonly CasePlanDetailField[] = ['youthParticipation', 'transitionServices'];

/** The youth's sections are asked for from 14, and kept in view once written (a birth date corrected later loses nothing). */
export function detailFieldsFor(view: Pick<EditorView, 'plan' | 'participants' | 'today'>): readonly CasePlanDetailField[] {
  const youth = youthSectionsApply(view.plan, view.participants, view.today) || youthDetailFields.some((name) => view.plan.casePlanDetails?.[name] !== undefined);
  return youth ? [...childDetailFields, ...youthDetailFields] : childDetailFields;
}

/**
 * What 42 U.S.C. 675(1) asks a child's case plan to state beyond its goals and services: placement and
 * why it is appropriate, services to the foster parents, health and education records, educational
 * stability, the steps toward the concurrent goal, and from 14 the youth's own part and transition
 * services. Kept up to date on an active plan, like the safety plan.
 */
export function casePlanDetailsSection(view: EditorView): TemplateResult | typeof nothing {
  const { t, plan } = view;
  if (plan.planKind !== 'outcome') return nothing;
  const fields = detailFieldsFor(view);
  return html`<section part="case-plan-details" class="card" aria-labelledby="case-plan-details-heading">
    <h2 id="case-plan-details-heading">${t.term('spe.details.heading')}</h2>
    <p class="hint">${t.term('spe.details.hint')}</p>
    ${fields.map((name) =>
      field(view, {
        key: `details.${name}`,
        label: t.term(`spe.details.${name}`),
        value: plan.casePlanDetails?.[name] ?? '',
        path: ['casePlanDetails', name],
        type: 'textarea',
        disabled: !view.allows({ type: 'set-case-plan-detail', field: name, value: '' }),
        commit: (value) => ({ type: 'set-case-plan-detail', field: name, value }),
      }),
    )}
  </section>`;
}
