import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { Violation } from '../../../model/shared/violation.js';
import { suspensionText } from './suspension-text.js';
import type { PlanSummary } from '../../../machines/visitation/planner-selectors.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { inputField } from '../../shared/parts/field.js';
import { nextOccurrenceText, planLabel, scheduleText, personName } from '../../visits-shared/plan-text.js';
import { overlapText } from '../../visits-shared/compliance.js';
import { planComplianceView } from './plan-compliance.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

/** A step that needs a reason first (suspend) or may take one (end), open on one plan's card. */
export interface PendingStep {
  planId: string;
  kind: 'suspend' | 'end';
  reason: string;
  /** A suspension's first day (today in the plan's time zone unless changed) and its last day, if known. */
  from?: string;
  to?: string;
}

export interface PlanCardView {
  t: LocalizeController;
  participants: readonly CaseParticipant[];
  /** Every plan of the child, to name the other plan of an overlap. */
  labels: ReadonlyMap<string, string>;
  readOnly: boolean;
  busy: boolean;
  /** Why the last step on this plan was refused. */
  rejected: readonly Violation[];
  step: PendingStep | undefined;
  /** The plan's history panel, when it is the one open. */
  historyFor(planId: string): TemplateResult | typeof nothing;
  showHistory(planId: string): void;
  edit(planId: string): void;
  activate(planId: string): void;
  resume(planId: string): void;
  openStep(planId: string, kind: PendingStep['kind']): void;
  stepChange(patch: Partial<Pick<PendingStep, 'reason' | 'from' | 'to'>>): void;
  confirmStep(): void;
  cancelStep(): void;
}

function details(view: PlanCardView, summary: PlanSummary): TemplateResult {
  const { t } = view;
  const plan = summary.plan;
  const people = plan.participants.filter((entry) => entry.role !== 'child');
  const basis =
    plan.basis.type === 'court-ordered'
      ? t.term('planner.basis.court-ordered-detail', { reference: plan.basis.orderReference, date: t.date(plan.basis.orderDate, { dateStyle: 'medium', timeZone: 'UTC' }) })
      : t.term('planner.basis.mutually-agreed');
  const supervisor = plan.supervision.supervisorName ?? (plan.supervision.supervisorId ? personName(t, view.participants, plan.supervision.supervisorId) : undefined);
  const dates = plan.endDate
    ? t.term('planner.plan.dates', { start: t.date(plan.startDate, { dateStyle: 'medium', timeZone: 'UTC' }), end: t.date(plan.endDate, { dateStyle: 'medium', timeZone: 'UTC' }) })
    : t.term('planner.plan.dates-open', { start: t.date(plan.startDate, { dateStyle: 'medium', timeZone: 'UTC' }) });
  return html`<dl class="details">
    <div><dt>${t.term('planner.form.participants')}</dt><dd>${t.list(people.map((entry) => t.term('visits.person-with', { name: personName(t, view.participants, entry.participantId), detail: t.term(`planner.role.${entry.role}`) })))}</dd></div>
    <div><dt>${t.term('planner.form.basis')}</dt><dd>${basis}</dd></div>
    <div><dt>${t.term('planner.form.dates')}</dt><dd>${dates}</dd></div>
    <div><dt>${t.term('planner.form.frequency')}</dt><dd data-detail="schedule">${scheduleText(t, plan)}</dd></div>
    <div><dt>${t.term('planner.form.mode')}</dt><dd>${t.term(`planner.mode.${plan.mode}`)}${plan.location ? html`, <bdi>${closedText(plan.location)}</bdi>` : nothing}</dd></div>
    <div><dt>${t.term('planner.form.supervision')}</dt><dd>${t.term(`planner.supervision.${plan.supervision.level}`)}${supervisor ? html` (<bdi>${closedText(supervisor)}</bdi>)` : nothing}</dd></div>
    ${plan.suspensions.length > 0
      ? html`<div data-detail="suspensions"><dt>${t.term('planner.history.field.suspensions')}</dt><dd><ul class="suspensions">${plan.suspensions.map((period) => html`<li>${suspensionText(t, period)}</li>`)}</ul></dd></div>`
      : nothing}
    ${plan.transport ? html`<div><dt>${t.term('planner.form.transport')}</dt><dd><bdi>${closedText(plan.transport)}</bdi></dd></div>` : nothing}
    ${plan.notes ? html`<div><dt>${t.term('planner.form.notes')}</dt><dd class="notes" dir=${ifDefined(dominantDirection(plan.notes))}>${closedText(plan.notes)}</dd></div>` : nothing}
  </dl>`;
}

function stepForm(view: PlanCardView, step: PendingStep): TemplateResult {
  const { t } = view;
  const error = view.rejected.find((found) => found.code === 'visitation.plan.suspension-reason-required');
  // Every control of the step names its plan (two plans' steps must not read alike); the visible words come first.
  const name = view.labels.get(step.planId) ?? '';
  const suspend = step.kind === 'suspend';
  return html`<form
    class="step-form"
    novalidate
    part="step-form"
    aria-label=${suspend ? t.term('planner.action.suspend-named', { name }) : t.term('planner.action.end-named', { name })}
    @submit=${(event: Event) => {
      event.preventDefault();
      view.confirmStep();
    }}
  >
    ${inputField({
      id: `step-reason-${step.planId}`,
      type: 'text',
      label: suspend ? t.term('planner.step.suspend-reason-named', { name }) : t.term('planner.step.end-reason-named', { name }),
      value: step.reason,
      required: suspend,
      error: error ? t.violation(error) : undefined,
      onChange: (value) => view.stepChange({ reason: value }),
    })}
    ${suspend ? suspensionDates(view, step) : nothing}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${view.busy} aria-label=${suspend ? t.term('planner.action.suspend-named', { name }) : t.term('planner.step.confirm-end-named', { name })}>
        ${suspend ? t.term('planner.step.confirm-suspend') : t.term('planner.step.confirm-end')}
      </button>
      <button type="button" aria-label=${t.term('planner.step.cancel-named', { name })} @click=${() => view.cancelStep()}>${t.term('common.cancel')}</button>
    </div>
  </form>`;
}

/** The days of a suspension: from (required), to (optional: until the visits are resumed). */
function suspensionDates(view: PlanCardView, step: PendingStep): TemplateResult {
  const { t } = view;
  const at = (field: 'from' | 'to') => {
    const found = view.rejected.find((entry) => entry.path[0] === 'suspensions' && entry.path[2] === field);
    return found ? t.violation(found) : undefined;
  };
  return html`${inputField({
    id: `step-from-${step.planId}`,
    type: 'date',
    label: t.term('planner.step.suspend-from'),
    value: step.from ?? '',
    required: true,
    error: at('from'),
    onChange: (value) => view.stepChange({ from: value }),
  })}
  ${inputField({
    id: `step-to-${step.planId}`,
    type: 'date',
    label: t.term('planner.step.suspend-to'),
    hint: t.term('planner.step.suspend-to-hint'),
    value: step.to ?? '',
    error: at('to'),
    onChange: (value) => view.stepChange({ to: value }),
  })}`;
}

function actions(view: PlanCardView, summary: PlanSummary): TemplateResult {
  const { t } = view;
  const id = summary.plan.id;
  const label = view.labels.get(id) ?? '';
  const historyButton = html`<button type="button" data-action="history" aria-label=${t.term('planner.action.history-named', { name: label })} @click=${() => view.showHistory(id)}>
    ${t.term('planner.action.history')}
  </button>`;
  if (view.readOnly) return html`<div class="actions" part="plan-actions">${historyButton}</div>`;
  const can = (step: string) => summary.transitions.includes(step as PlanSummary['transitions'][number]);
  return html`<div class="actions" part="plan-actions">
    ${summary.editable ? html`<button type="button" data-action="edit" aria-label=${t.term('planner.action.edit-named', { name: label })} ?disabled=${view.busy} @click=${() => view.edit(id)}>${t.term('common.edit')}</button>` : nothing}
    ${can('activate') ? html`<button type="button" class="primary" data-action="activate" aria-label=${t.term('planner.action.activate-named', { name: label })} ?disabled=${view.busy} @click=${() => view.activate(id)}>${t.term('planner.action.activate')}</button>` : nothing}
    ${can('suspend') ? html`<button type="button" data-action="suspend" aria-label=${t.term('planner.action.suspend-named', { name: label })} ?disabled=${view.busy} @click=${() => view.openStep(id, 'suspend')}>${t.term('planner.action.suspend')}</button>` : nothing}
    ${can('resume') ? html`<button type="button" data-action="resume" aria-label=${t.term('planner.action.resume-named', { name: label })} ?disabled=${view.busy} @click=${() => view.resume(id)}>${t.term('planner.action.resume')}</button>` : nothing}
    ${can('end') ? html`<button type="button" data-action="end" aria-label=${t.term('planner.action.end-named', { name: label })} ?disabled=${view.busy} @click=${() => view.openStep(id, 'end')}>${t.term('planner.action.end')}</button>` : nothing}
    ${historyButton}
  </div>`;
}

/** One visitation plan: what was agreed, the next visits, clashes, compliance and the steps allowed. */
export function planCard(view: PlanCardView, summary: PlanSummary): TemplateResult {
  const { t } = view;
  const plan = summary.plan;
  const label = view.labels.get(plan.id) ?? planLabel(t, plan, view.participants);
  const refusals = view.rejected.filter((found) => found.code !== 'visitation.plan.suspension-reason-required');
  return html`<article class="plan" part="plan" data-plan-id=${plan.id} data-status=${plan.status} aria-labelledby="plan-${plan.id}-title">
    <header>
      <h3 id="plan-${plan.id}-title" tabindex="-1">${label}</h3>
      <span class="badge status-${plan.status}" part="status-badge">${t.term(`planner.status.${plan.status}`)}</span>
    </header>
    ${details(view, summary)}
    ${summary.overlaps.map((overlap) => {
      const other = overlap.planIds[0] === plan.id ? overlap.planIds[1] : overlap.planIds[0];
      return html`<p class="notice warning" part="overlap-warning">
        ${overlapText(t, { count: overlap.clashes, other: view.labels.get(other) ?? '', date: overlap.first[0].date, time: overlap.first[0].time })}
      </p>`;
    })}
    ${summary.contactsOutside.length > 0
      ? html`<p class="notice warning" part="outside-warning">${t.term('planner.contacts-outside', { count: summary.contactsOutside.length })}</p>`
      : nothing}
    ${plan.status === 'active' || plan.status === 'draft' || plan.status === 'suspended'
      ? html`<section class="next" part="next-visits" aria-labelledby="plan-${plan.id}-next plan-${plan.id}-title">
          <h4 id="plan-${plan.id}-next">${t.term('planner.next.title')}</h4>
          ${summary.next.length === 0
            ? html`<p>${t.term('planner.next.none')}</p>`
            : html`<ul>${summary.next.map((occurrence) => html`<li>${nextOccurrenceText(t, occurrence)}</li>`)}</ul>`}
        </section>`
      : nothing}
    ${plan.status === 'draft' ? nothing : planComplianceView(t, summary.compliance, `plan-${plan.id}-title`)}
    ${refusals.length > 0 ? html`<div class="notice error" part="step-error" role="alert">${refusals.map((found) => html`<p>${t.violation(found)}</p>`)}</div>` : nothing}
    ${view.step?.planId === plan.id ? stepForm(view, view.step) : actions(view, summary)}
    ${view.historyFor(plan.id)}
  </article>`;
}
