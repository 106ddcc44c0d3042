import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { exemptionFor, exemptionsOf, latestDecisions, requiredApprovers } from '../../../model/service-plan/rules/approvals.js';
import { acceptsDecisions, acceptsExemptions, defaultApprovalMethod } from '../../../model/service-plan/lifecycle.js';
import { approvalExemptionReasons, approvalMethods, type ApprovalExemptionReason, type ApprovalMethod } from '../../../model/service-plan/plan.js';
import type { ApprovalPolicy } from '../../../model/service-plan/rules/approvals.js';
import { fieldErrors, formValue } from '../field.js';
import { approvalDecisionText } from './approval-text.js';
import { personById, personLabel, violationText } from '../labels.js';
import { fieldId, type EditorView } from '../view.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

/** The ways a decision can be recorded by this user for this person: electronically only by the person themselves. */
function methodsFor(participantId: string, signedInParticipantId: string | undefined): ApprovalMethod[] {
  return approvalMethods.filter((method) => method !== 'electronic' || participantId === signedInParticipantId);
}

function decisionForms(view: EditorView, policy: ApprovalPolicy | undefined, signedInParticipantId: string | undefined): TemplateResult {
  const { t, plan, participants } = view;
  const approvers = requiredApprovers(plan, participants, policy, view.today);
  const latest = latestDecisions(plan.approvals);
  const canDecide = !view.readonly && acceptsDecisions(plan.status);
  const key = 'approvals';
  const approve = (event: Event, participantId: string) => {
    const form = (event.target as HTMLElement).closest('form');
    const method = (form ? formValue(form, 'method') : '') as ApprovalMethod;
    const witness = form ? formValue(form, 'witness') : '';
    const refused = view.send({ type: 'APPROVE', participantId, ...(method ? { method } : {}), ...(witness ? { witness } : {}) });
    if (refused.length === 0) {
      view.announce(t.term('spe.approval.recorded', { name: personById(t, participants, participantId) }));
      view.focusAfterRender(`[data-participant-id="${participantId}"] .approver-name`);
    }
  };
  const decline = (event: Event, participantId: string) => {
    const form = (event.target as HTMLElement).closest('form');
    const comment = form ? formValue(form, 'comment') : '';
    if (view.send({ type: 'DECLINE', participantId, comment }).length === 0) view.announce(t.term('spe.approval.declined', { name: personById(t, participants, participantId) }));
  };
  return html`<ul class="approvers">
    ${approvers.map((approver) => {
      const decision = latest.get(approver.id);
      const id = fieldId(`approval.${approver.id}`);
      const methods = methodsFor(approver.id, signedInParticipantId);
      return html`<li class="approver" data-participant-id=${approver.id}>
        <span class="approver-name" tabindex="-1">${personLabel(t, approver)}</span>
        <span class="badge ${decision?.decision === 'approved' ? 'success' : decision?.decision === 'declined' ? 'danger' : 'quiet'}">
          ${decision ? approvalDecisionText(t, decision) : t.term('spe.approval.pending')}
        </span>
        ${decision?.comment ? html`<p class="pre" dir=${ifDefined(dominantDirection(decision.comment))}>${closedText(decision.comment)}</p>` : nothing}
        ${canDecide && decision?.decision !== 'approved'
          ? html`<form data-entry-form class="inline-form" @submit=${(event: Event) => event.preventDefault()}>
              <label for="${id}-method">${t.term('spe.approval.method')}</label>
              <select id="${id}-method" name="method" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.method'), name: approver.name })}>
                ${methods.map((method) => html`<option value=${method} ?selected=${method === defaultApprovalMethod(approver.id, signedInParticipantId)}>${t.term(`spe.approval.method.${method}`)}</option>`)}
              </select>
              <label for="${id}-witness">${t.term('spe.approval.witness')}</label>
              <input dir="auto" id="${id}-witness" name="witness" autocomplete="off" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.witness'), name: approver.name })} />
              <button type="button" class="primary" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.approve'), name: approver.name })} @click=${(event: Event) => approve(event, approver.id)}>${t.term('spe.approval.approve')}</button>
              <label for="${id}-comment">${t.term('spe.approval.comment')}</label>
              <input dir="auto" id="${id}-comment" name="comment" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.comment'), name: approver.name })} />
              <button type="button" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.decline'), name: approver.name })} @click=${(event: Event) => decline(event, approver.id)}>${t.term('spe.approval.decline')}</button>
            </form>`
          : nothing}
      </li>`;
    })}
  </ul>
  ${fieldErrors(fieldId(key), view.refusal.filter((found) => found.path[0] === 'approvals').map((found) => violationText(t, found)))}`;
}

/** Who does not approve and why (whereabouts unknown, rights terminated, declined to take part), and the form to record it. */
function exemptions(view: EditorView): TemplateResult {
  const { t, plan, participants } = view;
  const recorded = exemptionsOf(plan);
  const canRecord = !view.readonly && acceptsExemptions(plan.status);
  const candidates = participants.filter((participant) => plan.participantIds.includes(participant.id) && !exemptionFor(plan, participant.id));
  const nobodyAllowed = plan.planKind === 'outcome' && !recorded.some((exemption) => exemption.participantId === undefined);
  const key = 'approval-exemption';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const who = formValue(form, 'participantId');
    const note = formValue(form, 'note');
    const refused = view.send({ type: 'EXEMPT', ...(who ? { participantId: who } : {}), reason: formValue(form, 'reason') as ApprovalExemptionReason, ...(note ? { note } : {}) });
    if (refused.length === 0) {
      form.reset();
      view.announce(t.term('spe.approval.exemption.recorded', { name: who ? personById(t, participants, who) : t.term('spe.approval.exemption.nobody') }));
      view.focusAfterRender('#exemptions-heading');
    }
  };
  const remove = (exemptionId: string) => {
    if (view.send({ type: 'REMOVE_EXEMPTION', exemptionId }).length === 0) {
      view.announce(t.term('spe.approval.exemption.removed'));
      view.focusAfterRender('#exemptions-heading');
    }
  };
  if (recorded.length === 0 && !canRecord) return html``;
  return html`<h3 id="exemptions-heading" tabindex="-1">${t.term('spe.approval.exemption.heading')}</h3>
    ${recorded.length === 0 ? html`<p class="hint">${t.term('spe.approval.exemption.none')}</p>` : nothing}
    <ul aria-labelledby="exemptions-heading">
      ${recorded.map((exemption) => {
        const name = exemption.participantId ? personById(t, participants, exemption.participantId) : t.term('spe.approval.exemption.nobody');
        return html`<li data-exemption-id=${exemption.id}>
          <strong>${closedText(name)}</strong> · ${t.term(`spe.approval.exemption.reason.${exemption.reason}`)} · ${t.date(exemption.date)} ·
          ${t.term('spe.approval.recorded-by', { name: exemption.recordedBy.name })}
          ${exemption.note ? html`<p class="pre" dir=${ifDefined(dominantDirection(exemption.note))}>${closedText(exemption.note)}</p>` : nothing}
          ${canRecord
            ? html`<button type="button" class="quiet" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.exemption.remove'), name })} @click=${() => remove(exemption.id)}>
                ${t.term('spe.approval.exemption.remove')}
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>
    ${canRecord && (candidates.length > 0 || nobodyAllowed)
      ? html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.who`)}>${t.term('spe.approval.exemption.who')}</label>
          <select id=${fieldId(`${key}.who`)} name="participantId">
            ${candidates.map((member) => html`<option value=${member.id}>${personLabel(t, member)}</option>`)}
            ${nobodyAllowed ? html`<option value="">${t.term('spe.approval.exemption.nobody')}</option>` : nothing}
          </select>
          <label for=${fieldId(`${key}.reason`)}>${t.term('spe.approval.exemption.reason')}</label>
          <select id=${fieldId(`${key}.reason`)} name="reason">
            ${approvalExemptionReasons.map((reason) => html`<option value=${reason}>${t.term(`spe.approval.exemption.reason.${reason}`)}</option>`)}
          </select>
          <label for=${fieldId(`${key}.note`)}>${t.term('spe.approval.exemption.note')}</label>
          <textarea dir="auto" id=${fieldId(`${key}.note`)} name="note" rows="2"></textarea>
          <button type="submit">${t.term('spe.approval.exemption.add')}</button>
        </form>`
      : nothing}
    ${fieldErrors(fieldId(key), view.refusal.filter((found) => found.path[0] === 'approvalExemptions').map((found) => violationText(t, found)))}`;
}

function revisionRequests(view: EditorView): TemplateResult {
  const { t, plan, participants } = view;
  const allowed = view.allows({ type: 'request-revision', participantId: 'x', text: 'x' });
  const members = participants.filter((participant) => plan.participantIds.includes(participant.id));
  const key = 'revision-request.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (view.edit({ type: 'request-revision', participantId: formValue(form, 'participantId'), text: formValue(form, 'text') }, key)) {
      form.reset();
      view.announce(t.term('spe.revision-request.recorded'));
    }
  };
  return html`<h3 id="requests-heading">${t.term('spe.revision-request.heading')}</h3>
    ${plan.revisionRequests.length === 0 ? html`<p class="hint">${t.term('spe.revision-request.none')}</p>` : nothing}
    <ul aria-labelledby="requests-heading">
      ${plan.revisionRequests.map(
        (request) => html`<li>
          <strong>${closedText(personById(t, participants, request.participantId))}</strong> · ${t.date(request.date)} ·
          <span class="badge ${request.status === 'open' ? 'warning' : 'quiet'}">${t.term(`spe.revision-request.${request.status}`)}</span>
          <p class="pre" dir=${ifDefined(dominantDirection(request.text))}>${closedText(request.text)}</p>
          ${request.status === 'open' && allowed
            ? html`<button type="button" class="quiet" @click=${() => view.edit({ type: 'address-revision-request', requestId: request.id }, key)}>${t.term('spe.revision-request.mark-addressed')}</button>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${allowed && members.length > 0
      ? html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.who`)}>${t.term('spe.revision-request.who')}</label>
          <select id=${fieldId(`${key}.who`)} name="participantId">
            ${members.map((member) => html`<option value=${member.id}>${personLabel(t, member)}</option>`)}
          </select>
          <label for=${fieldId(`${key}.text`)}>${t.term('spe.revision-request.text')}</label>
          <textarea dir="auto" id=${fieldId(`${key}.text`)} name="text" rows="2"></textarea>
          <button type="submit">${t.term('spe.revision-request.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`
      : nothing}`;
}

/**
 * Who must approve, each person's decision (how it was given, who recorded it; approve, or decline with a
 * comment), the exemptions recorded for those who do not approve, and the family's revision requests.
 * `signedInParticipantId` is the case participant using the page, if any: only they can approve electronically.
 */
export function approvalsPanel(view: EditorView, policy: ApprovalPolicy | undefined, signedInParticipantId: string | undefined): TemplateResult {
  const { t } = view;
  return html`<section part="approvals" class="card" aria-labelledby="approvals-heading">
    <h2 id="approvals-heading">${t.term('spe.approval.heading')}</h2>
    ${decisionForms(view, policy, signedInParticipantId)} ${exemptions(view)} ${revisionRequests(view)}
  </section>`;
}
