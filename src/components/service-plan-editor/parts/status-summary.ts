import { html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { NextReview } from '../../../model/service-plan/review-schedule.js';
import type { Violation } from '../../../model/shared/violation.js';
import { label, personLabel, violationText } from '../labels.js';
import { ratioBar } from '../progress.js';
import type { EditorView } from '../view.js';

export interface StatusData {
  /** What blocks the next step (submit, activate or complete the revision), from the model. */
  blockers: Violation[];
  missingApprovals: CaseParticipant[];
  nextReview: NextReview | undefined;
  overallRatio: number | undefined;
  /** How the family uses what the items are for, on the agency's scale; undefined when no item is rated. */
  outcomeRatio: number | undefined;
  ratedItems: number;
  overdueCount: number;
}

/** Where in the plan a problem is ("Housing application: "), so a list of blockers says which item it means. */
export function whereText(view: EditorView, path: readonly (string | number)[]): string {
  if (path[0] !== 'subGoals' || typeof path[1] !== 'number') return '';
  const subGoal = view.plan.subGoals[path[1]];
  const item = path[2] === 'items' && typeof path[3] === 'number' ? subGoal?.items[path[3]] : undefined;
  const name = item?.source.name ?? subGoal?.title;
  // Readiness messages already name their sub-goal or item.
  return name === undefined || path.length <= 3 || path.at(-1) === 'responsibility' ? '' : `${label(view.t, name)} `;
}

/**
 * What blocks the next step, each a link to its field: activating it opens the item the field is in and
 * moves focus there. Messages without a place (an approval) are plain text.
 */
export function blockerLinks(view: EditorView, blockers: readonly Violation[]): TemplateResult {
  const { t } = view;
  return html`<ul class="missing">
    ${blockers.map((found) => {
      const text = `${whereText(view, found.path)}${violationText(t, found)}`;
      return html`<li>
        ${found.path.length > 0
          ? html`<a
              class="blocker-link"
              href="#"
              @click=${(event: Event) => {
                event.preventDefault();
                view.focusPath(found.path);
              }}
              >${text}</a
            >`
          : text}
      </li>`;
    })}
  </ul>`;
}

/** "What next" text for a plan under review or active: the next review date, said plainly. */
export function nextReviewText(view: EditorView, next: NextReview | undefined): string | undefined {
  if (!next) return undefined;
  const key = next.overdue ? (next.reason === 'court-hearing' ? 'spe.review.hearing-unreviewed' : 'spe.review.next-overdue') : `spe.review.next.${next.reason}`;
  return view.t.term(key, { date: view.t.date(next.date) });
}

/**
 * The status and what is still missing before the next step, always visible: the blockers of a draft,
 * "Waiting for approval from: Maria (mother)", the next review of an active plan.
 */
export function statusSummary(view: EditorView, data: StatusData): TemplateResult {
  const { t, plan } = view;
  const lines: TemplateResult[] = [];
  if (plan.status === 'draft' || plan.status === 'under-review') {
    lines.push(
      data.blockers.length === 0
        ? html`<p class="ready">${t.term(plan.status === 'draft' ? 'spe.status.ready-to-submit' : 'spe.status.ready-to-complete-revision')}</p>`
        : html`<p>${t.term('spe.status.missing-heading')}</p>
            ${blockerLinks(view, data.blockers.filter((found) => found.code !== 'plan.approval.missing'))}`,
    );
  }
  if ((plan.status === 'submitted' || plan.status === 'under-review') && data.missingApprovals.length > 0) {
    lines.push(html`<p class="waiting" part="waiting">${t.term('spe.status.waiting-for', { names: t.list(data.missingApprovals.map((person) => personLabel(t, person))) })}</p>`);
  }
  if (plan.status === 'submitted') {
    // What blocks activation besides the named approvals (a case plan that no parent or guardian has approved).
    const others = data.blockers.filter((found) => found.code !== 'plan.approval.missing');
    if (others.length > 0) lines.push(blockerLinks(view, others));
    else if (data.missingApprovals.length === 0) lines.push(html`<p class="ready">${t.term('spe.status.ready-to-activate')}</p>`);
  }
  if (plan.status === 'active') {
    const review = nextReviewText(view, data.nextReview);
    if (review) lines.push(html`<p>${review}</p>`);
    if (!view.readonly) lines.push(html`<p class="hint">${t.term('spe.status.revise-hint')}</p>`);
  }
  if (plan.status === 'completed' || plan.status === 'closed' || plan.status === 'cancelled') {
    lines.push(html`<p>${t.term('spe.status.ended-on', { date: plan.endedOn ? t.date(plan.endedOn) : '' })}</p>`);
    if (plan.closeReason) lines.push(html`<p class="pre">${t.term('spe.status.close-reason', { reason: plan.closeReason })}</p>`);
  }
  return html`<section part="status" class="status card" aria-labelledby="status-heading">
    <h2 id="status-heading">${t.term('spe.status.next-heading')}</h2>
    ${lines}
    ${ratioBar(t, t.term('spe.progress.overall'), data.overallRatio, 'overall-progress')}
    ${data.ratedItems > 0 ? ratioBar(t, t.term('spe.progress.outcomes', { count: data.ratedItems }), data.outcomeRatio, 'outcome-progress') : nothing}
    ${data.overdueCount > 0 ? html`<p class="overdue-note" part="overdue">${t.term('spe.status.overdue-count', { count: data.overdueCount })}</p>` : nothing}
  </section>`;
}

/**
 * What is wrong in the plan, at the top (the GOV.UK error summary): the plan's own problems, and once the
 * user tried a blocked step what blocks it; each a link that opens where it is and moves focus there.
 */
export function errorSummary(view: EditorView, problems: readonly Violation[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const { t } = view;
  return html`<div class="error-summary card" id="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-heading">
    <h2 id="error-summary-heading">${t.term('spe.errors.heading', { count: problems.length })}</h2>
    ${blockerLinks(view, problems)}
  </div>`;
}
