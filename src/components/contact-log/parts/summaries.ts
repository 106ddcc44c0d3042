import { html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { PlanCompliance } from '../../../model/visitation/compliance.js';
import type { CaseworkerStandard } from '../../../model/visitation/caseworker-standard.js';
import type { VisitationPlan } from '../../../model/visitation/plan.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { monthName, rateText, standardSharesView } from '../../visits-shared/compliance.js';
import { personName, planLabel } from '../../visits-shared/plan-text.js';
import type { ContactFilter } from '../../../model/visitation/contact-query.js';
import type { SummaryFilterPart } from '../../../model/visitation/summary-filter.js';

export interface SummariesView {
  t: LocalizeController;
  plans: readonly VisitationPlan[];
  /** The compliance tables, already narrowed to the log's filter. */
  compliance: readonly PlanCompliance[];
  /** The parts of the filter the tables follow (empty: the whole log). */
  applied: readonly SummaryFilterPart[];
  filter: ContactFilter;
  /** The caseworker standard, already narrowed to the filter's period. */
  standard: CaseworkerStandard | undefined;
  participants: readonly CaseParticipant[];
}

function planTable(view: SummariesView, compliance: PlanCompliance): TemplateResult {
  const { t } = view;
  const plan = view.plans.find((candidate) => candidate.id === compliance.planId);
  if (!plan || plan.status === 'draft') return html``;
  const label = planLabel(t, plan, view.participants);
  const captionId = `summary-${plan.id}`;
  // Visits neither due nor missed have columns of their own when any month holds some, as the planner's figures have
  // rows: within the grace period with nothing recorded yet, and (while damaged contacts exist) those that cannot be judged.
  const awaiting = compliance.months.some((month) => month.awaitingRecord > 0);
  const unjudged = compliance.months.some((month) => month.unjudged > 0);
  return html`<div class="table-scroll" data-summary-plan=${plan.id}>
    <table aria-labelledby=${captionId}>
      <caption id=${captionId}>${label}</caption>
      <thead>
        <tr>
          <th scope="col">${t.term('contact.summary.month')}</th>
          <th scope="col">${t.term('planner.compliance.planned')}</th>
          <th scope="col">${t.term('planner.compliance.completed')}</th>
          <th scope="col">${t.term('planner.compliance.cancelled')}</th>
          <th scope="col">${t.term('planner.compliance.missed')}</th>
          ${awaiting ? html`<th scope="col">${t.term('planner.compliance.awaiting-record')}</th>` : nothing}
          ${unjudged ? html`<th scope="col">${t.term('planner.compliance.cannot-judge')}</th>` : nothing}
          <th scope="col">${t.term('planner.compliance.rate')}</th>
        </tr>
      </thead>
      <tbody>
        ${[...compliance.months].reverse().map(
          (month) => html`<tr data-month=${month.month}>
            <th scope="row">${monthName(t, month.month)}</th>
            <td data-figure="planned">${t.number(month.planned)}</td>
            <td data-figure="completed">${t.number(month.completed)}</td>
            <td data-figure="cancelled">${t.number(month.cancelled)}</td>
            <td data-figure="missed">${t.number(month.missed)}</td>
            ${awaiting ? html`<td data-figure="awaiting-record">${t.number(month.awaitingRecord)}</td>` : nothing}
            ${unjudged ? html`<td data-figure="unjudged">${t.number(month.unjudged)}</td>` : nothing}
            <td data-figure="rate">${rateText(t, month)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function standardView(t: LocalizeController, standard: CaseworkerStandard): TemplateResult {
  return html`<section class="summary-card" part="caseworker-standard" aria-labelledby="standard-title">
    <h4 id="standard-title">${t.term('contact.standard.title')}</h4>
    <p class="hint">${t.term('contact.standard.rule')}</p>
    <p data-standard="totals">${[
      t.term('contact.standard.totals', { met: standard.monthsMet, notMet: standard.monthsNotMet }),
      ...(standard.monthsCannotJudge > 0 ? [t.term('contact.standard.totals-unjudged', { count: standard.monthsCannotJudge })] : []),
    ].join(' ')}</p>
    ${standardSharesView(t, standard)}
    ${standard.months.length === 0
      ? nothing
      : html`<ul class="standard-months">
          ${[...standard.months].reverse().map(
            (month) => html`<li data-month=${month.month} data-status=${month.status}>
              ${monthName(t, month.month)}: ${month.status === 'cannot-judge' ? t.term('visits.cannot-judge', { count: standard.damagedContacts }) : t.term(`contact.standard.${month.status}`)} —
              ${t.term('contact.standard.visits', { count: month.visits, inResidence: month.inResidence })}
            </li>`,
          )}
        </ul>`}
  </section>`;
}

/** Each filter the summaries follow, as "Label: value", in the filters' own words. */
function filterParts(view: SummariesView): string[] {
  const { t, filter } = view;
  const labelled = (label: string, value: string) => t.term('merge.labelled', { label: t.term(label), value });
  const day = (date: string) => t.date(date, { dateStyle: 'medium', timeZone: 'UTC' });
  const parts: string[] = [];
  if (filter.visitationPlanId !== undefined) {
    const plan = filter.visitationPlanId === null ? undefined : view.plans.find((candidate) => candidate.id === filter.visitationPlanId);
    parts.push(labelled('contact.filter.plan', plan ? planLabel(t, plan, view.participants) : t.term('contact.no-plan')));
  }
  if (filter.participantId !== undefined) parts.push(labelled('contact.filter.participant', personName(t, view.participants, filter.participantId)));
  if (filter.types?.length) parts.push(labelled('contact.filter.type', t.list(filter.types.map((type) => t.term(`contact.type.${type}`)))));
  if (filter.outcomes?.length) parts.push(labelled('contact.filter.outcome', t.list(filter.outcomes.map((type) => t.term(`contact.outcome.${type}`)))));
  if (filter.from !== undefined) parts.push(labelled('contact.filter.from', day(filter.from)));
  if (filter.to !== undefined) parts.push(labelled('contact.filter.to', day(filter.to)));
  if (filter.text?.trim()) parts.push(labelled('contact.filter.text', filter.text.trim()));
  return parts;
}

/** Which filters the tables follow, and how (said where the tables begin, so no figure is read out of its scope). */
function filterNote(view: SummariesView): TemplateResult | typeof nothing {
  const { t } = view;
  if (view.applied.length === 0) return nothing;
  return html`<div class="hint" data-summary-filter>
    <p>${t.term('contact.summary.filtered', { filters: filterParts(view).join(' · ') })}</p>
    ${view.applied.includes('contact') ? html`<p>${t.term('contact.summary.filtered-contacts')}</p>` : nothing}
    ${view.standard ? html`<p>${t.term('contact.summary.standard-scope')}</p>` : nothing}
  </div>`;
}

/** Why some figures "cannot be judged" (said once, before the tables): contacts that could not be read. */
function unjudgedNote(view: SummariesView): TemplateResult | typeof nothing {
  const damaged = view.standard?.damagedContacts ?? view.compliance[0]?.damagedContacts ?? 0;
  return damaged > 0 ? html`<p class="hint" data-summary-unjudged>${view.t.term('contact.summary.unjudged', { count: damaged })}</p>` : nothing;
}

/** Compliance per visitation plan and month, and the caseworker monthly visit standard, for the log's filters. */
export function summaries(view: SummariesView): TemplateResult {
  const { t } = view;
  return html`<section class="summaries" part="summaries" aria-labelledby="summaries-title">
    <h3 id="summaries-title">${t.term('contact.summary.title')}</h3>
    ${filterNote(view)} ${unjudgedNote(view)}
    ${view.compliance.length === 0 ? html`<p>${t.term('contact.summary.no-plans')}</p>` : view.compliance.map((compliance) => planTable(view, compliance))}
    ${view.standard ? standardView(t, view.standard) : nothing}
  </section>`;
}
