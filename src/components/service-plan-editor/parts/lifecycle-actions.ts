import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { availableTransitions, planTransitions, type PlanTransition } from '../../../model/service-plan/lifecycle.js';
import { revisionReasons, type PlanStatus, type RevisionReason } from '../../../model/service-plan/plan.js';
import type { LifecycleEvent } from '../../../machines/service-plan/types.js';
import type { Violation } from '../../../model/shared/violation.js';
import { unfinishedItems } from '../../../model/service-plan/unfinished.js';
import { fieldErrors, formValue } from '../field.js';
import { violationText } from '../labels.js';
import { fieldId, type EditorView } from '../view.js';
import { abandonRevisionButton } from './abandon-revision.js';

/** The id of the list of what blocks the next step (the primary action is described by it). */
export const BLOCKERS_ID = 'next-step-blockers';

/** The one step that moves the plan forward from each status (the header's primary action). */
const primaryByStatus: Partial<Record<PlanStatus, { transition: PlanTransition; event: LifecycleEvent }>> = {
  draft: { transition: 'submit', event: { type: 'SUBMIT' } },
  submitted: { transition: 'activate', event: { type: 'ACTIVATE' } },
  'under-review': { transition: 'complete-revision', event: { type: 'COMPLETE_REVISION' } },
};

/** "2 plan items are not finished: Housing search and Parenting class." before ending a plan, or nothing. */
function unfinishedText(view: EditorView): string | undefined {
  const open = unfinishedItems(view.plan);
  if (open.length === 0) return undefined;
  return view.t.term('spe.step.unfinished', { count: open.length, names: view.t.list(open.map((entry) => entry.item.source.name)) });
}

async function takeStep(view: EditorView, transition: PlanTransition, event: LifecycleEvent, confirmKey?: string): Promise<void> {
  const { t, plan } = view;
  // Ending a plan with items still open says which and how many before anything is recorded.
  const ending = transition === 'complete' || transition === 'close';
  const unfinished = ending ? unfinishedText(view) : undefined;
  const question = [unfinished, confirmKey ? t.term(confirmKey) : unfinished ? t.term(`spe.step.${transition}-anyway`) : undefined].filter(Boolean).join(' ');
  if (question && !(await view.confirm(question, t.term(`spe.step.${transition}`)))) return;
  const from = plan.status;
  if (view.send(event).length === 0) {
    view.announce(t.term('spe.step.done', { from: t.term(`common.status.${from}`), to: t.term(`common.status.${planTransitions[transition].to}`) }));
    // Focus goes to the next step (the header's primary action), or to the title when the plan has ended.
    view.focusAfterRender(['#primary-action', '#plan-title']);
  }
}

/**
 * A step's button. A blocked step stays focusable (aria-disabled, not disabled) and is described by what
 * blocks it, so a keyboard or screen reader user learns why; pressing it shows every blocker at its field
 * and moves focus to the error summary, whose links lead to each.
 */
function stepButton(view: EditorView, transition: PlanTransition, event: LifecycleEvent, blockers: readonly Violation[], options: { primary?: boolean; confirmKey?: string } = {}): TemplateResult {
  const id = options.primary ? 'primary-action' : undefined;
  const blocked = blockers.length > 0;
  const onClick = () => {
    if (blocked) {
      view.showProblems();
      return;
    }
    void takeStep(view, transition, event, options.confirmKey);
  };
  return html`<button
    type="button"
    id=${ifDefined(id)}
    class=${options.primary ? 'primary' : ''}
    aria-disabled=${blocked ? 'true' : 'false'}
    aria-describedby=${ifDefined(blocked ? `${BLOCKERS_ID}-${transition}` : undefined)}
    data-step=${transition}
    @click=${onClick}
  >
    ${view.t.term(`spe.step.${transition}`)}
  </button>`;
}

/** Why a step is blocked, said where its button's aria-describedby points (visually hidden: the status panel lists them as links). */
function blockedReason(view: EditorView, transition: PlanTransition, blockers: readonly Violation[]): TemplateResult | typeof nothing {
  if (blockers.length === 0) return nothing;
  const { t } = view;
  return html`<span class="visually-hidden" id="${BLOCKERS_ID}-${transition}">${t.term('spe.step.blocked', { count: blockers.length })} ${blockers.map((found) => violationText(t, found)).join(' ')}</span>`;
}

/**
 * The header's primary action for the plan's status: Submit, Activate, Complete the revision; for an
 * active plan, "Start a revision…", which takes focus to the revision's reason (a reason is recorded).
 */
export function primaryAction(view: EditorView, blockers: (transition: PlanTransition) => Violation[]): TemplateResult | typeof nothing {
  const { t, plan } = view;
  if (view.readonly) return nothing;
  const primary = primaryByStatus[plan.status];
  if (primary) {
    const found = blockers(primary.transition);
    return html`${stepButton(view, primary.transition, primary.event, found, { primary: true })}${blockedReason(view, primary.transition, found)}`;
  }
  if (plan.status === 'active') {
    return html`<button type="button" id="primary-action" class="primary" data-next-step="start-revision" @click=${() => view.focusPath(['revision', 'reason'])}>${t.term('spe.step.start-revision-next')}</button>`;
  }
  return nothing;
}

/** The other steps the plan's status allows (the primary one is in the header); a blocked step says why. */
export function lifecycleActions(view: EditorView, blockers: (transition: PlanTransition) => Violation[]): TemplateResult {
  const { t, plan } = view;
  if (view.readonly) return html``;
  const available = availableTransitions(plan.status);
  if (available.length === 0) return html``;
  const key = 'lifecycle';
  const primary = primaryByStatus[plan.status]?.transition;
  const simple = (transition: PlanTransition, event: LifecycleEvent, confirmKey?: string) =>
    available.includes(transition) && transition !== primary
      ? html`${stepButton(view, transition, event, blockers(transition), confirmKey ? { confirmKey } : {})}${blockedReason(view, transition, blockers(transition))}`
      : nothing;
  const onRevise = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void takeStep(view, 'start-revision', { type: 'START_REVISION', reason: formValue(form, 'reason') as RevisionReason });
  };
  const onClose = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void takeStep(view, 'close', { type: 'CLOSE', reason: formValue(form, 'reason') });
  };
  return html`<section part="actions" class="card actions" aria-labelledby="actions-heading">
    <h2 id="actions-heading">${t.term('spe.step.heading')}</h2>
    <div class="button-row">
      ${simple('withdraw', { type: 'WITHDRAW' })} ${simple('complete', { type: 'COMPLETE' }, 'spe.step.complete-confirm')}
      ${simple('cancel', { type: 'CANCEL' }, 'spe.step.cancel-confirm')} ${abandonRevisionButton(view)}
    </div>
    ${available.includes('start-revision')
      ? html`<form data-entry-form class="inline-form" @submit=${onRevise}>
          <label for=${fieldId('revise.reason')}>${t.term('spe.revision.reason')}</label>
          <select id=${fieldId('revise.reason')} name="reason" data-path="revision.reason">
            ${revisionReasons.map((reason) => html`<option value=${reason}>${t.term(`spe.revision-reason.${reason}`)}</option>`)}
          </select>
          <button type="submit" data-step="start-revision">${t.term('spe.step.start-revision')}</button>
        </form>`
      : nothing}
    ${available.includes('close')
      ? html`<form data-entry-form class="inline-form" @submit=${onClose}>
          <label for=${fieldId('close.reason')}>${t.term('spe.close.reason')}</label>
          <input dir="auto" id=${fieldId('close.reason')} name="reason" data-path="close.reason" />
          <button type="submit" data-step="close">${t.term('spe.step.close')}</button>
        </form>`
      : nothing}
    ${fieldErrors(fieldId(key), view.refusal.filter((found) => found.path[0] !== 'approvals').map((found) => violationText(t, found)))}
  </section>`;
}
