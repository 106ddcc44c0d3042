import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import type { CaseParticipant } from '../../../model/participant.js';
import type { CatalogEntry, PlanItemTemplate } from '../../../model/catalog.js';
import { unitsDelivered, type PlanItem } from '../../../model/service-plan/plan-item.js';
import type { SafetyPlan, ServicePlanContent } from '../../../model/service-plan/plan.js';
import { safetyActorName } from './safety-plan.js';
import { outcomeLevelLabel } from './outcome-rating.js';
import { scaleLevels, type OutcomeScale } from '../../../model/service-plan/outcome-scale.js';
import { itemStatusLabel, label, personById, personLabel, responsibilityLabel, statusLabel } from '../labels.js';
import { exemptionsOf } from '../../../model/service-plan/rules/approvals.js';
import { hearingsOf } from '../../../model/service-plan/review-schedule.js';
import { approvalDecisionText } from './approval-text.js';
import { itemName, itemPurpose, serviceName, unitLabel } from './print/localized-names.js';
import { casePlanDetailsDocument } from './print/case-plan-details-document.js';
import { servicesSection } from './print/services-section.js';
import { whoDoesWhatSection } from './print/who-does-what-section.js';
import { basisDocument } from './print/basis-document.js';
import { appointmentsDocument } from './print/appointments-document.js';
import { visitationDocument } from './print/visitation-document.js';
import type { CasePlanVisitation } from '../../../model/visitation/case-plan-visitation.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

export interface DocumentOptions {
  t: LocalizeController;
  plan: ServicePlanContent;
  participants: readonly CaseParticipant[];
  catalog: readonly CatalogEntry[];
  /** A distinct id prefix when two documents are on screen (the current plan and an older version). */
  idPrefix: string;
  part?: string;
  /** The agency's outcome scale (default scale when undefined). */
  outcomeScale?: OutcomeScale | undefined;
  /** People asked to sign the printed plan (a signature block follows the approvals); none: no block. */
  signatories?: readonly CaseParticipant[];
  /** The templates the items came from (their names in the reader's language, when a template carries them). */
  templates?: readonly PlanItemTemplate[];
  /** Today (a calendar date): whether the youth's own sections apply. */
  today?: string;
  /** The child's visitation plans with their compliance (a case plan prints them); undefined: not read. */
  visitation?: readonly CasePlanVisitation[] | undefined;
  /** Why `visitation` is missing where a case plan would print it: still being read, or the read failed (said on paper, never left out silently). */
  visitationMissing?: 'reading' | 'failed' | undefined;
  /** The case's visitation plans and contacts that could not be read (damaged; said on paper beside the plans). */
  visitationDamage?: { unreadable: number; noneMaySay: boolean } | undefined;
}

function signatureBlock(t: LocalizeController, idPrefix: string, signatories: readonly CaseParticipant[]): TemplateResult {
  return html`<section class="signatures" aria-labelledby="${idPrefix}-signatures">
    <h3 id="${idPrefix}-signatures">${t.term('spe.doc.signatures')}</h3>
    <table class="signature-table">
      <thead>
        <tr>
          <th scope="col">${t.term('spe.doc.signatory')}</th>
          <th scope="col">${t.term('spe.doc.signature')}</th>
          <th scope="col">${t.term('spe.doc.signed-on')}</th>
        </tr>
      </thead>
      <tbody>
        ${signatories.map((person) => html`<tr><td>${personLabel(t, person)}</td><td class="signature-line"></td><td class="signature-line"></td></tr>`)}
        <tr><td>${t.term('spe.doc.caseworker-signature')}</td><td class="signature-line"></td><td class="signature-line"></td></tr>
      </tbody>
    </table>
  </section>`;
}

function dateOrDash(t: LocalizeController, value: string | undefined): string {
  return value ? t.date(value) : '—';
}

function documentRow(t: LocalizeController, item: PlanItem, participants: readonly CaseParticipant[], catalog: readonly CatalogEntry[], templates: readonly PlanItemTemplate[], scale: OutcomeScale | undefined): TemplateResult {
  const service = item.linkedService ? catalog.find((entry) => entry.id === item.linkedService?.serviceId) : undefined;
  const purpose = itemPurpose(t, item, templates);
  const authorized = item.unitsAuthorized ?? 0;
  return html`<tr>
    <td>
      <strong>${closedText(itemName(t, item, templates))}</strong>
      ${purpose ? html`<div class="pre" dir=${ifDefined(dominantDirection(purpose))}>${closedText(purpose)}</div>` : nothing}
      ${service ? html`<div>${t.term('spe.doc.service', { service: serviceName(t, service) })}</div>` : nothing}
      ${item.clientInstructions ? html`<div class="pre"><em>${label(t, t.term('spe.item.clientInstructions'))}</em> <bdi>${closedText(item.clientInstructions)}</bdi></div>` : nothing}
      ${item.workerSteps ? html`<div class="pre"><em>${label(t, t.term('spe.item.workerSteps'))}</em> <bdi>${closedText(item.workerSteps)}</bdi></div>` : nothing}
      ${item.kind === 'unit-delivery'
        ? html`<div>${t.term('spe.doc.units', { delivered: unitsDelivered(item), authorized, unit: unitLabel(t, item, templates, authorized) })}</div>`
        : nothing}
      ${item.cost ? html`<div>${label(t, t.term('spe.item.cost'))} ${t.money(item.cost.amount, item.cost.currency)}</div>` : nothing}
      ${item.expectedOutcome ? html`<div class="pre"><em>${label(t, t.term('spe.item.expectedOutcome'))}</em> <bdi>${closedText(item.expectedOutcome)}</bdi></div>` : nothing}
      ${item.actualOutcome ? html`<div class="pre"><em>${label(t, t.term('spe.item.actualOutcome'))}</em> <bdi>${closedText(item.actualOutcome)}</bdi></div>` : nothing}
      ${appointmentsDocument(t, item)}
      ${item.addressesNeeds?.length ? html`<div data-links="needs"><em>${label(t, t.term('spe.links.needs-short'))}</em> ${t.list(item.addressesNeeds)}</div>` : nothing}
      ${item.buildsOnStrengths?.length ? html`<div data-links="strengths"><em>${label(t, t.term('spe.links.strengths-short'))}</em> ${t.list(item.buildsOnStrengths)}</div>` : nothing}
    </td>
    <td>${responsibilityLabel(t, participants, item.responsibility)}</td>
    <td>
      ${dateOrDash(t, item.expectedStart)} – ${dateOrDash(t, item.expectedEnd)}
      ${item.actualStart || item.actualEnd ? html`<div>${label(t, t.term('spe.doc.actual'))} ${dateOrDash(t, item.actualStart)} – ${dateOrDash(t, item.actualEnd)}</div>` : nothing}
    </td>
    <td>
      ${itemStatusLabel(t, item.status)}
      ${item.outcomeRating
        ? html`<div>${label(t, t.term('spe.doc.outcome'))} ${item.outcomeRating.outOf === scaleLevels(scale).max ? outcomeLevelLabel(t, scale, item.outcomeRating.level) : t.term('spe.outcome.other-scale', { level: item.outcomeRating.level, outOf: item.outcomeRating.outOf })}</div>
            ${item.outcomeRating.evidence ? html`<div class="pre" dir=${ifDefined(dominantDirection(item.outcomeRating.evidence))}>${closedText(item.outcomeRating.evidence)}</div>` : nothing}`
        : nothing}
    </td>
  </tr>`;
}

/** The safety plan as the family keeps it: danger signs, who does what, who stands by them. */
function safetySection(t: LocalizeController, safety: SafetyPlan, participants: readonly CaseParticipant[]): TemplateResult {
  return html`<section class="doc-safety">
    <h3>${t.term('spe.safety.heading')}</h3>
    ${safety.dangerSigns.length > 0 ? html`<h4>${t.term('spe.safety.signs.heading')}</h4><ul>${safety.dangerSigns.map((sign) => html`<li>${sign}</li>`)}</ul>` : nothing}
    ${safety.actions.length > 0
      ? html`<h4>${t.term('spe.safety.actions.heading')}</h4>
          <ul>${safety.actions.map((entry) => html`<li>${label(t, safetyActorName(t, participants, entry))} <span class="pre" dir=${ifDefined(dominantDirection(entry.action))}>${closedText(entry.action)}</span></li>`)}</ul>`
      : nothing}
    ${safety.supports.length > 0
      ? html`<h4>${t.term('spe.safety.supports.heading')}</h4>
          <ul>
            ${safety.supports.map(
              (entry) => html`<li>
                <bdi>${closedText(entry.name)}</bdi> (${t.term(`spe.safety.support-kind.${entry.kind}`)})${entry.contact ? html` · <bdi>${closedText(entry.contact)}</bdi>` : nothing}${entry.helpsWith ? html` — <span class="pre" dir=${ifDefined(dominantDirection(entry.helpsWith))}>${closedText(entry.helpsWith)}</span>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
  </section>`;
}

/** The review schedule, the court hearings with their outcomes and the recorded reviews, as the court reads them. */
function reviewsSection(t: LocalizeController, plan: ServicePlanContent): TemplateResult {
  const hearings = hearingsOf(plan.reviewSchedule);
  return html`<section class="doc-reviews">
    <h3>${t.term('spe.review.heading')}</h3>
    <p><strong>${label(t, t.term('spe.review.interval'))}</strong> ${t.number(plan.reviewSchedule.intervalMonths)}</p>
    ${plan.reviewSchedule.nextReviewDate ? html`<p><strong>${label(t, t.term('spe.review.next-date'))}</strong> ${t.date(plan.reviewSchedule.nextReviewDate)}</p>` : nothing}
    ${hearings.length > 0
      ? html`<h4>${t.term('spe.hearing.heading')}</h4>
          <ul>
            ${hearings.map(
              (hearing) => html`<li>
                ${t.term('spe.hearing.named', { type: t.term(`spe.hearing-type.${hearing.type}`), date: t.date(hearing.date) })}${hearing.outcome ? html` — <span class="pre" dir=${ifDefined(dominantDirection(hearing.outcome))}>${closedText(hearing.outcome)}</span>` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    <h4>${t.term('spe.review.recorded-heading')}</h4>
    ${plan.reviews.length === 0
      ? html`<p>${t.term('spe.review.none')}</p>`
      : html`<ul>
          ${plan.reviews.map((review) => html`<li>${t.date(review.date)} · ${t.term(`spe.review-type.${review.type}`)}${review.summary ? html` — <span class="pre" dir=${ifDefined(dominantDirection(review.summary))}>${closedText(review.summary)}</span>` : nothing}</li>`)}
        </ul>`}
  </section>`;
}

/** One section of the document: nothing when the plan has nothing to say there. */
export type DocumentSection = (options: DocumentOptions) => TemplateResult | typeof nothing;

function introSection({ t, plan, idPrefix }: DocumentOptions): TemplateResult {
  const kindTitle = t.term(plan.planKind === 'outcome' ? 'spe.title.outcome' : 'spe.title.service');
  return html`<h2 id="${idPrefix}-title">${t.term('spe.named-action', { action: kindTitle, name: plan.goal.title || t.term('spe.goal.untitled') })}</h2>
    <p>
      <strong>${label(t, t.term('spe.status.heading'))}</strong> ${statusLabel(t, plan.status)} ·
      <strong>${label(t, t.term('spe.revision.label'))}</strong> ${t.number(plan.revision)}
      ${plan.activatedOn ? html` · <strong>${label(t, t.term('spe.doc.active-since'))}</strong> ${t.date(plan.activatedOn)}` : nothing}
    </p>
    ${plan.goal.description ? html`<p class="pre" dir=${ifDefined(dominantDirection(plan.goal.description))}>${closedText(plan.goal.description)}</p>` : nothing}`;
}

function peopleSection({ t, plan, participants }: DocumentOptions): TemplateResult {
  const members = plan.participantIds.map((id) => personById(t, participants, id));
  return html`<section class="doc-section">
    <h3>${t.term('spe.people.heading')}</h3>
    <p><strong>${label(t, t.term('spe.people.principal'))}</strong> ${personById(t, participants, plan.principalParticipantId)}</p>
    <p><strong>${label(t, t.term('spe.people.members'))}</strong> ${members.length > 0 ? t.list(members) : t.term('spe.none')}</p>
    ${plan.permanency
      ? html`<p>
          <strong>${label(t, t.term('spe.permanency.primary'))}</strong> ${t.term(`spe.permanency.${plan.permanency.primary}`)}
          ${plan.permanency.concurrent ? html` · <strong>${label(t, t.term('spe.permanency.concurrent'))}</strong> ${t.term(`spe.permanency.${plan.permanency.concurrent}`)}` : nothing}
        </p>`
      : nothing}
  </section>`;
}

function needsStrengthsSection({ t, plan }: DocumentOptions): TemplateResult {
  return html`${plan.needs.length > 0 ? html`<section class="doc-section"><h3>${t.term('spe.needs.heading')}</h3><ul>${plan.needs.map((need) => html`<li>${need}</li>`)}</ul></section>` : nothing}
  ${plan.strengths.length > 0 ? html`<section class="doc-section"><h3>${t.term('spe.strengths.heading')}</h3><ul>${plan.strengths.map((strength) => html`<li>${strength}</li>`)}</ul></section>` : nothing}`;
}

function subGoalsSection(options: DocumentOptions): TemplateResult {
  const { t, plan, participants, catalog } = options;
  return html`<h3>${t.term('spe.subgoal.heading')}</h3>
    ${plan.subGoals.length === 0 ? html`<p>${t.term('spe.subgoal.none')}</p>` : nothing}
    ${plan.subGoals.map((subGoal, index) => {
      const group = plan.planGroups.find((candidate) => candidate.id === subGoal.planGroupId);
      return html`<section class="doc-sub-goal">
        <h4>${t.term('spe.subgoal.numbered', { number: index + 1, title: subGoal.title })}</h4>
        ${group ? html`<p><strong>${label(t, t.term('spe.doc.group'))}</strong> <bdi>${closedText(group.name)}</bdi></p>` : nothing}
        ${subGoal.description ? html`<p class="pre" dir=${ifDefined(dominantDirection(subGoal.description))}>${closedText(subGoal.description)}</p>` : nothing}
        <table class="doc-table">
          <caption class="visually-hidden">${t.term('spe.item.list', { title: subGoal.title })}</caption>
          <thead>
            <tr>
              <th scope="col">${t.term('spe.doc.what')}</th>
              <th scope="col">${t.term('spe.doc.who')}</th>
              <th scope="col">${t.term('spe.doc.when')}</th>
              <th scope="col">${t.term('spe.item.status')}</th>
            </tr>
          </thead>
          <tbody>
            ${subGoal.items.map((item) =>
              // One row per item, rebuilt only when the item or the language changed (1 000 rows per edit otherwise).
              guard([item, t.locale, t.lang, participants, catalog, options.templates, options.outcomeScale], () => documentRow(t, item, participants, catalog, options.templates ?? [], options.outcomeScale)),
            )}
          </tbody>
        </table>
      </section>`;
    })}`;
}

function milestonesSection({ t, plan }: DocumentOptions): TemplateResult | typeof nothing {
  if (plan.milestones.length === 0) return nothing;
  return html`<section class="doc-section">
    <h3>${t.term('spe.milestone.heading')}</h3>
    <ul>
      ${plan.milestones.map(
        (milestone) => html`<li>
          <bdi>${closedText(milestone.title)}</bdi> — ${label(t, t.term('spe.milestone.due'))} ${t.date(milestone.dueDate)}${milestone.achievedDate ? html` · ${t.term('spe.milestone.achieved-on', { date: t.date(milestone.achievedDate) })}` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

function approvalsSection({ t, plan, participants }: DocumentOptions): TemplateResult | typeof nothing {
  if (plan.approvals.length === 0) return nothing;
  return html`<section class="doc-section">
    <h3>${t.term('spe.approval.heading')}</h3>
    <ul>
      ${plan.approvals.map(
        (approval) => html`<li>${label(t, personById(t, participants, approval.participantId))} ${approvalDecisionText(t, approval)}${approval.comment ? html` — <span class="pre" dir=${ifDefined(dominantDirection(approval.comment))}>${closedText(approval.comment)}</span>` : nothing}</li>`,
      )}
    </ul>
  </section>`;
}

/** The family's requests to change the plan, with whether each was addressed: their voice on the record. */
function revisionRequestsSection({ t, plan, participants }: DocumentOptions): TemplateResult | typeof nothing {
  if (plan.revisionRequests.length === 0) return nothing;
  return html`<section class="doc-section">
    <h3>${t.term('spe.revision-request.heading')}</h3>
    <ul>
      ${plan.revisionRequests.map(
        (request) => html`<li>
          ${label(t, personById(t, participants, request.participantId))} ${t.date(request.date)} · ${t.term(`spe.revision-request.${request.status}`)} — <span class="pre" dir=${ifDefined(dominantDirection(request.text))}>${closedText(request.text)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function exemptionsSection({ t, plan, participants }: DocumentOptions): TemplateResult | typeof nothing {
  const exemptions = exemptionsOf(plan);
  if (exemptions.length === 0) return nothing;
  return html`<section class="doc-section">
    <h3>${t.term('spe.approval.exemption.heading')}</h3>
    <ul>
      ${exemptions.map(
        (exemption) => html`<li>
          ${label(t, exemption.participantId ? personById(t, participants, exemption.participantId) : t.term('spe.approval.exemption.nobody'))}
          ${t.term(`spe.approval.exemption.reason.${exemption.reason}`)} · ${t.date(exemption.date)} · ${t.term('spe.approval.recorded-by', { name: exemption.recordedBy.name })}${exemption.note
            ? html` — <span class="pre" dir=${ifDefined(dominantDirection(exemption.note))}>${closedText(exemption.note)}</span>`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The document, section by section, in the order a court and a family read it. A new part of the plan
 * (visitation plans, an assessment, appointments) is one more section function in this list.
 */
export const documentSections: readonly DocumentSection[] = [
  introSection,
  peopleSection,
  basisDocument,
  casePlanDetailsDocument,
  needsStrengthsSection,
  subGoalsSection,
  whoDoesWhatSection,
  servicesSection,
  milestonesSection,
  ({ t, plan, participants }) => (plan.safetyPlan ? safetySection(t, plan.safetyPlan, participants) : nothing),
  visitationDocument,
  ({ t, plan }) => reviewsSection(t, plan),
  approvalsSection,
  exemptionsSection,
  revisionRequestsSection,
  ({ t, idPrefix, signatories }) => (signatories ? signatureBlock(t, idPrefix, signatories) : nothing),
];

/**
 * The plan as a document a family and a court can read: goal, people, services, who does what by
 * when, milestones, approvals. Used for the read-only view, for older versions and for printing.
 */
export function planDocument(options: DocumentOptions): TemplateResult {
  return html`<article class="document" part=${options.part ?? 'document'} aria-labelledby="${options.idPrefix}-title">
    ${documentSections.map((section) => section(options))}
  </article>`;
}
