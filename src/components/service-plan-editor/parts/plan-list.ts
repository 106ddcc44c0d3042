import { html, nothing, type TemplateResult } from 'lit';
import type { ServicePlan } from '../../../model/service-plan/plan.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { toneByStatus } from '../../shared/parts/cp-status-badge.js';
import { statusLabel } from '../labels.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';
import { exportedParts } from '../../shared/parts/exported-parts.js';

export interface PlanListData {
  t: LocalizeController;
  /** The case's plans, or undefined while they are read. */
  plans: readonly ServicePlan[] | undefined;
  /** Why they could not be read (a localized sentence). */
  error: string | undefined;
  /** Why no plan can be started here (nobody valid signed in: a plan names who wrote it); undefined: it can. */
  cannotCreate: string | undefined;
  open(planId: string): void;
  create(): void;
  retry(): void;
}

/**
 * The case's plans, newest change first (kind, status, version, dates), each opened by its goal, and
 * "New plan". Shown by an editor without `plan-id`: nothing is written until the user starts a plan.
 */
export function planList(data: PlanListData): TemplateResult {
  const { t } = data;
  const plans = [...(data.plans ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const newPlan =
    data.cannotCreate === undefined
      ? html`<button type="button" class="primary" id="new-plan" @click=${() => data.create()}>${t.term('spe.plans.new')}</button>`
      : html`<p class="hint" role="status">${data.cannotCreate}</p>`;
  if (data.error) {
    return html`<div class="banner" role="alert">
      <p>${data.error}</p>
      <button type="button" @click=${() => data.retry()}>${t.term('common.retry')}</button>
    </div>`;
  }
  if (!data.plans) return html`<p role="status">${t.term('spe.loading')}</p>`;
  return html`<section class="plan-list card" part="plan-list" aria-labelledby="plan-list-heading">
    <h2 id="plan-list-heading">${t.term('spe.plans.heading')}</h2>
    ${plans.length === 0
      ? html`<p>${t.term('spe.plans.none')}</p>`
      : html`<table class="plans">
          <thead>
            <tr>
              <th scope="col">${t.term('spe.plans.col.plan')}</th>
              <th scope="col">${t.term('spe.plans.col.kind')}</th>
              <th scope="col">${t.term('spe.plans.col.status')}</th>
              <th scope="col">${t.term('spe.plans.col.version')}</th>
              <th scope="col">${t.term('spe.plans.col.dates')}</th>
            </tr>
          </thead>
          <tbody>
            ${plans.map(
              (plan) => html`<tr data-plan-id=${plan.id}>
                <th scope="row">
                  <button type="button" class="link-button" @click=${() => data.open(plan.id)}><bdi>${closedText(plan.goal.title || t.term('spe.goal.untitled'))}</bdi></button>
                </th>
                <td>${t.term(plan.planKind === 'outcome' ? 'spe.title.outcome' : 'spe.title.service')}</td>
                <td><cp-status-badge exportparts=${exportedParts('status-badge')} tone=${toneByStatus[plan.status] ?? 'neutral'}>${statusLabel(t, plan.status)}</cp-status-badge></td>
                <td>${t.term('spe.revision.number', { number: plan.revision })}</td>
                <td>
                  ${t.term('spe.plans.dates', { created: t.date(plan.createdAt.slice(0, 10)), updated: t.date(plan.updatedAt.slice(0, 10)) })}
                  ${plan.activatedOn ? html`<br />${t.term('spe.plans.active-since', { date: t.date(plan.activatedOn) })}` : nothing}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>`}
    ${newPlan}
  </section>`;
}
