import { html, nothing, type TemplateResult } from 'lit';
import { availableTransitions, planTransitions, type PlanTransition } from '../../../model/service-plan/lifecycle.js';
import { revisionReasons, type RevisionReason } from '../../../model/service-plan/plan.js';
import type { LifecycleEvent } from '../../../machines/service-plan/types.js';
import type { Violation } from '../../../model/shared/violation.js';
import { fieldErrors, formValue } from '../field.js';
import { violationText } from '../labels.js';
import { fieldId, type EditorView } from '../view.js';

/** The buttons for the steps the plan's status allows; a step the rules block is disabled, its blockers listed in the status panel. */
export function lifecycleActions(view: EditorView, blockers: (transition: PlanTransition) => Violation[]): TemplateResult {
  const { t, plan } = view;
  if (view.readonly) return html``;
  const available = availableTransitions(plan.status);
  if (available.length === 0) return html``;
  const key = 'lifecycle';
  const step = async (transition: PlanTransition, event: LifecycleEvent, confirmKey?: string) => {
    if (confirmKey && !(await view.confirm(t.term(confirmKey), t.term(`spe.step.${transition}`)))) return;
    const from = plan.status;
    if (view.send(event).length === 0) view.announce(t.term('spe.step.done', { from: t.term(`common.status.${from}`), to: t.term(`common.status.${planTransitions[transition].to}`) }));
  };
  const simple = (transition: PlanTransition, event: LifecycleEvent, primary = false, confirmKey?: string) =>
    html`<button
      type="button"
      class=${primary ? 'primary' : ''}
      ?disabled=${blockers(transition).length > 0}
      data-step=${transition}
      @click=${() => step(transition, event, confirmKey)}
    >
      ${t.term(`spe.step.${transition}`)}
    </button>`;
  const onRevise = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void step('start-revision', { type: 'START_REVISION', reason: formValue(form, 'reason') as RevisionReason });
  };
  const onClose = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void step('close', { type: 'CLOSE', reason: formValue(form, 'reason') });
  };
  return html`<section part="actions" class="card actions" aria-labelledby="actions-heading">
    <h2 id="actions-heading">${t.term('spe.step.heading')}</h2>
    <div class="button-row">
      ${available.includes('submit') ? simple('submit', { type: 'SUBMIT' }, true) : nothing}
      ${available.includes('activate') ? simple('activate', { type: 'ACTIVATE' }, true) : nothing}
      ${available.includes('complete-revision') ? simple('complete-revision', { type: 'COMPLETE_REVISION' }, true) : nothing}
      ${available.includes('withdraw') ? simple('withdraw', { type: 'WITHDRAW' }) : nothing}
      ${available.includes('complete') ? simple('complete', { type: 'COMPLETE' }, false, 'spe.step.complete-confirm') : nothing}
      ${available.includes('cancel') ? simple('cancel', { type: 'CANCEL' }, false, 'spe.step.cancel-confirm') : nothing}
    </div>
    ${available.includes('start-revision')
      ? html`<form class="inline-form" @submit=${onRevise}>
          <label for=${fieldId('revise.reason')}>${t.term('spe.revision.reason')}</label>
          <select id=${fieldId('revise.reason')} name="reason">
            ${revisionReasons.map((reason) => html`<option value=${reason}>${t.term(`spe.revision-reason.${reason}`)}</option>`)}
          </select>
          <button type="submit" data-step="start-revision">${t.term('spe.step.start-revision')}</button>
        </form>`
      : nothing}
    ${available.includes('close')
      ? html`<form class="inline-form" @submit=${onClose}>
          <label for=${fieldId('close.reason')}>${t.term('spe.close.reason')}</label>
          <input id=${fieldId('close.reason')} name="reason" />
          <button type="submit" data-step="close">${t.term('spe.step.close')}</button>
        </form>`
      : nothing}
    ${fieldErrors(fieldId(key), view.refusal.filter((found) => found.path[0] !== 'approvals').map((found) => violationText(t, found)))}
  </section>`;
}
