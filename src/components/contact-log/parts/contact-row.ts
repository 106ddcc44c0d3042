import { css, html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { Contact } from '../../../model/visitation/contact.js';
import type { VisitationPlan } from '../../../model/visitation/plan.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { personName } from '../../visits-shared/plan-text.js';
import { contactPlanText, contactWhen, outcomeText } from '../contact-text.js';

export interface ContactRowView {
  t: LocalizeController;
  participants: readonly CaseParticipant[];
  plans: readonly VisitationPlan[];
  timeZone: string;
  readOnly: boolean;
  busy: boolean;
  edit(id: string): void;
  archive(id: string): void;
  history(id: string): void;
}

/** Row layout inside the fixed-height virtual list: two lines of text, then the row's buttons. */
export const contactRowStyles = css`
  .row {
    display: grid;
    grid-template-rows: auto auto 1fr;
    gap: 2px;
  }
  .row-line {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .row-detail {
    color: var(--_cp-color-text-muted);
    font-size: var(--_cp-font-size-small);
  }
  .row .actions {
    align-self: end;
    flex-wrap: nowrap;
  }
  .row .actions button {
    min-height: 2.5rem;
    padding-block: 0;
  }
`;

/** One contact in the list: when, type, outcome; the plan, people, length and notes (as plain text); its buttons. */
export function contactRow(view: ContactRowView, contact: Contact, tabbable: boolean): TemplateResult {
  const { t } = view;
  const when = contactWhen(t, contact, view.timeZone);
  const people = t.list(contact.participantIds.map((id) => personName(t, view.participants, id)));
  const tabindex = tabbable ? '0' : '-1';
  return html`<p class="row-line row-title">
      <strong>${when}</strong> · ${t.term(`contact.type.${contact.type}`)} ·
      <span class="badge outcome-${contact.outcome.type}" data-outcome=${contact.outcome.type}>${outcomeText(t, contact.outcome, view.participants)}</span>
      ${contact.archived ? html` <span class="badge">${t.term('contact.badge.archived')}</span>` : nothing}
    </p>
    <p class="row-line row-detail">
      ${contactPlanText(t, contact, view.plans, view.participants)} · ${people} · ${t.term('contact.minutes', { count: contact.durationMinutes })}${contact.notes
        ? html` · <span class="notes" data-notes>${contact.notes}</span>`
        : nothing}
    </p>
    <div class="actions">
      ${view.readOnly || contact.archived
        ? nothing
        : html`<button type="button" tabindex=${tabindex} data-action="edit" aria-label=${t.term('contact.action.edit-named', { when })} ?disabled=${view.busy} @click=${() => view.edit(contact.id)}>
              ${t.term('common.edit')}
            </button>
            <button type="button" tabindex=${tabindex} data-action="archive" aria-label=${t.term('contact.action.archive-named', { when })} ?disabled=${view.busy} @click=${() => view.archive(contact.id)}>
              ${t.term('contact.action.archive')}
            </button>`}
      <button type="button" tabindex=${tabindex} data-action="history" aria-label=${t.term('contact.action.history-named', { when })} @click=${() => view.history(contact.id)}>
        ${t.term('contact.action.history')}
      </button>
    </div>`;
}
