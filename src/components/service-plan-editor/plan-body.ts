import { html, nothing, type TemplateResult } from 'lit';
import { nextPrimaryStep } from '../../model/service-plan/lifecycle.js';
import type { ApprovalPolicy } from '../../model/service-plan/rules/approvals.js';
import { exemptionsOf, parentMembershipViolations, signatories } from '../../model/service-plan/rules/approvals.js';
import type { OutcomeScale } from '../../model/service-plan/outcome-scale.js';
import type { CaseDetails } from '../../model/case-details.js';
import { distinctViolations } from '../../model/shared/violation.js';
import {
  selectBlockers,
  selectConflict,
  selectCarriedWaiting,
  selectError,
  selectMissingApprovals,
  selectNextReview,
  selectOverdue,
  selectPhase,
  selectProgress,
  selectRevisionChanges,
  selectUnsaved,
  type ServicePlanSnapshot,
} from '../../machines/service-plan/selectors.js';
import { selectCasePlanVisitation, selectCaseRecordsDamage } from '../../machines/service-plan/case-records.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { approvalsPanel } from './parts/approvals-panel.js';
import { conflictView } from './parts/conflict-view.js';
import { goalSection } from './parts/goal-section.js';
import { lifecycleActions } from './parts/lifecycle-actions.js';
import { outline, sectionPaths } from './parts/outline.js';
import { outlineSection } from './parts/outline-section.js';
import { planDocument } from './parts/plan-document.js';
import { printHeader, type PrintFacts } from './parts/print/print-header.js';
import { errorSummary, nextReviewText, statusSummary } from './parts/status-summary.js';
import { subGoalList } from './parts/sub-goal-list.js';
import { visitationSection } from './parts/visitation-plans.js';
import { versionsPanel, type SaveHistory } from './parts/versions.js';
import type { EditorView } from './view.js';

export interface PlanBodyInput {
  t: LocalizeController;
  snapshot: ServicePlanSnapshot;
  /** Undefined while the plan loads (or failed to). */
  view: EditorView | undefined;
  /** Shows the plan as a document, changing nothing: `readonly`, or nobody valid signed in. */
  locked: boolean;
  readOnly: boolean;
  /** The user tried the next step while it was blocked: every blocker is listed. */
  problemsShown: boolean;
  approvalPolicy: ApprovalPolicy | undefined;
  participantId: string | undefined;
  preparedBy: string | undefined;
  caseDetails: CaseDetails | undefined;
  outcomeScale: OutcomeScale | undefined;
  /** The page is printing: only then is the printed copy built. */
  printing: boolean;
  visitationPlanHref: string | undefined;
  now: Date;
  openVisitationPlan(id: string, caseId: string, href: string | undefined): boolean;
  mergedNote: TemplateResult | typeof nothing;
  saveHistory(view: EditorView): SaveHistory;
  retry(): void;
}

/** The open plan under the toolbar: loading or why it failed, else its sections, what blocks it, its versions, and the printed document. */
export function planBody(input: PlanBodyInput): TemplateResult {
  const { t, snapshot, view, locked } = input;
  const phase = selectPhase(snapshot);
  if (phase === 'loading') return html`<p role="status">${t.term('spe.loading')}</p>`;
  if (phase === 'load-failed') {
    const error = selectError(snapshot);
    return html`<div class="banner" role="alert">
      <p><strong>${t.term('spe.load-failed')}</strong> ${error ? t.error(error) : nothing}</p>
      ${selectCarriedWaiting(snapshot) ? html`<p>${t.term('storage.switched-edits-waiting')}</p>` : nothing}
      <button type="button" @click=${() => input.retry()}>${t.term('common.retry')}</button>
    </div>`;
  }
  if (!view) return html``;
  const { plan } = view;
  const progress = selectProgress(snapshot);
  const overdue = selectOverdue(snapshot);
  const next = selectNextReview(snapshot);
  const nextStep = nextPrimaryStep(plan.status);
  const conflict = selectConflict(snapshot);
  // A revision abandoned keeps its snapshot (rewritten when revising again): only earlier revisions are listed.
  const revisions = snapshot.context.revisions.filter((kept) => kept.revision < plan.revision);
  // While the plan waits for the family's decisions, those come first; otherwise the plan itself does.
  const waitingOnPeople = plan.status === 'submitted';
  const visitation =
    plan.planKind === 'outcome'
      ? () => visitationSection(view, { hrefTemplate: input.visitationPlanHref, now: input.now, open: (entry, href) => input.openVisitationPlan(entry.planId, plan.caseId, href) })
      : undefined;
  const approvals =
    plan.status !== 'draft' || plan.revisionRequests.length > 0 || plan.approvals.length > 0 || exemptionsOf(plan).length > 0 || parentMembershipViolations(plan, view.participants).length > 0
      ? approvalsPanel(view, input.approvalPolicy, input.participantId)
      : nothing;
  const actions = lifecycleActions(view, (transition) => selectBlockers(snapshot, transition));
  const facts: PrintFacts = { plan, participants: view.participants, caseDetails: input.caseDetails, preparedBy: input.preparedBy, printedOn: view.today, unsaved: selectUnsaved(snapshot) };
  // The printed copy of the plan is built only while printing (PrintMediaController), not kept hidden on screen.
  const printed = input.printing
    ? html`<div class="print-only">
    ${printHeader(t, facts)}
    ${planDocument({
      t,
      plan,
      participants: view.participants,
      catalog: view.catalog,
      templates: view.templates,
      today: view.today,
      idPrefix: 'print',
      outcomeScale: input.outcomeScale,
      signatories: signatories(plan, view.participants, input.approvalPolicy, view.today),
      visitation: view.caseRecords ? selectCasePlanVisitation(view.caseRecords, plan.principalParticipantId, input.now) : undefined,
      visitationMissing: view.caseRecords ? undefined : view.caseRecordsFailed ? 'failed' : 'reading',
      visitationDamage: view.caseRecords ? selectCaseRecordsDamage(view.caseRecords) : undefined,
    })}
  </div>`
    : nothing;
  const problems = [...snapshot.context.violations, ...(input.problemsShown ? selectBlockers(snapshot, nextStep).filter((found) => found.code !== 'plan.approval.missing') : [])];
  return html`
    ${conflict ? conflictView(view, conflict) : nothing} ${input.mergedNote}
    ${locked ? nothing : errorSummary(view, distinctViolations(problems))}
    ${statusSummary(view, {
      blockers: selectBlockers(snapshot, nextStep),
      missingApprovals: selectMissingApprovals(snapshot),
      nextReview: next,
      overallRatio: progress?.overall.ratio,
      outcomeRatio: progress?.overall.outcomeRatio,
      ratedItems: progress?.overall.ratedItems ?? 0,
      overdueCount: overdue.items.length + overdue.milestones.length,
    })}
    ${locked
      ? html`<p class="hint" role=${input.readOnly ? nothing : 'status'}>${t.term(input.readOnly ? 'spe.readonly.notice' : 'spe.readonly.no-user')}</p>
          <div class="screen-only">${planDocument({ t, plan, participants: view.participants, catalog: view.catalog, templates: view.templates, today: view.today, idPrefix: 'readonly' })}</div>
          ${printed}`
      : html`<div class="screen-only sections">
            ${waitingOnPeople ? html`${approvals} ${actions}` : nothing}
            ${goalSection(view)} ${subGoalList(view, { progress, overdue: overdue.items })}
            <div class="outline-list">
              ${outline(view, { overdueMilestones: overdue.milestones, nextReviewText: nextReviewText(view, next), visitation, approvals: waitingOnPeople ? nothing : approvals })}
              ${!waitingOnPeople && plan.status === 'active'
                ? outlineSection(view, { key: 'steps', label: t.term('spe.step.heading'), summary: t.term('spe.outline.steps'), paths: sectionPaths['steps']!, render: () => actions })
                : nothing}
            </div>
            ${waitingOnPeople || plan.status === 'active' ? nothing : actions}
          </div>
          ${printed}`}
    ${versionsPanel(view, revisions, (revision) => selectRevisionChanges(snapshot, revision, revision + 1), input.saveHistory(view))}
  `;
}
