import { html, nothing, type TemplateResult } from 'lit';
import { latestDecisions, requiredApprovers } from '../../../model/service-plan/rules/approvals.js';
import type { ApprovalPolicy } from '../../../model/service-plan/rules/approvals.js';
import { fieldErrors, formValue } from '../field.js';
import { personById, personLabel, violationText } from '../labels.js';
import { fieldId, type EditorView } from '../view.js';

function decisionForms(view: EditorView, policy: ApprovalPolicy | undefined): TemplateResult {
  const { t, plan, participants } = view;
  const approvers = requiredApprovers(plan, participants, policy, view.today);
  const latest = latestDecisions(plan.approvals);
  const canDecide = !view.readonly && (plan.status === 'submitted' || plan.status === 'under-review');
  const key = 'approvals';
  const approve = (participantId: string) => {
    if (view.send({ type: 'APPROVE', participantId }).length === 0) view.announce(t.term('spe.approval.recorded', { name: personById(t, participants, participantId) }));
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
      return html`<li class="approver" data-participant-id=${approver.id}>
        <span class="approver-name">${personLabel(t, approver)}</span>
        <span class="badge ${decision?.decision === 'approved' ? 'success' : decision?.decision === 'declined' ? 'danger' : 'quiet'}">
          ${decision ? `${t.term(`common.status.${decision.decision}`)} · ${t.date(decision.date)}` : t.term('spe.approval.pending')}
        </span>
        ${decision?.comment ? html`<p class="pre">${decision.comment}</p>` : nothing}
        ${canDecide && decision?.decision !== 'approved'
          ? html`<form class="inline-form" @submit=${(event: Event) => event.preventDefault()}>
              <button type="button" class="primary" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.approve'), name: approver.name })} @click=${() => approve(approver.id)}>${t.term('spe.approval.approve')}</button>
              <label for="${id}-comment">${t.term('spe.approval.comment')}</label>
              <input id="${id}-comment" name="comment" />
              <button type="button" aria-label=${t.term('spe.named-action', { action: t.term('spe.approval.decline'), name: approver.name })} @click=${(event: Event) => decline(event, approver.id)}>${t.term('spe.approval.decline')}</button>
            </form>`
          : nothing}
      </li>`;
    })}
  </ul>
  ${fieldErrors(fieldId(key), view.refusal.filter((found) => found.path[0] === 'approvals').map((found) => violationText(t, found)))}`;
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
          <strong>${personById(t, participants, request.participantId)}</strong> · ${t.date(request.date)} ·
          <span class="badge ${request.status === 'open' ? 'warning' : 'quiet'}">${t.term(`spe.revision-request.${request.status}`)}</span>
          <p class="pre">${request.text}</p>
          ${request.status === 'open' && allowed
            ? html`<button type="button" class="quiet" @click=${() => view.edit({ type: 'address-revision-request', requestId: request.id }, key)}>${t.term('spe.revision-request.mark-addressed')}</button>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${allowed && members.length > 0
      ? html`<form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.who`)}>${t.term('spe.revision-request.who')}</label>
          <select id=${fieldId(`${key}.who`)} name="participantId">
            ${members.map((member) => html`<option value=${member.id}>${personLabel(t, member)}</option>`)}
          </select>
          <label for=${fieldId(`${key}.text`)}>${t.term('spe.revision-request.text')}</label>
          <textarea id=${fieldId(`${key}.text`)} name="text" rows="2"></textarea>
          <button type="submit">${t.term('spe.revision-request.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`
      : nothing}`;
}

/** Who must approve, each person's decision (approve, or decline with a comment), and the family's revision requests. */
export function approvalsPanel(view: EditorView, policy: ApprovalPolicy | undefined): TemplateResult {
  const { t } = view;
  return html`<section part="approvals" class="card" aria-labelledby="approvals-heading">
    <h2 id="approvals-heading">${t.term('spe.approval.heading')}</h2>
    ${decisionForms(view, policy)} ${revisionRequests(view)}
  </section>`;
}
