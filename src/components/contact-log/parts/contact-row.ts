import { ifDefined } from 'lit/directives/if-defined.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { Contact } from '../../../model/visitation/contact.js';
import type { VisitationPlan } from '../../../model/visitation/plan.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { personName } from '../../visits-shared/plan-text.js';
import { contactPlanText, contactSubject, contactWhen, outcomeText } from '../contact-text.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

export interface ContactRowView {
  t: LocalizeController;
  participants: readonly CaseParticipant[];
  plans: readonly VisitationPlan[];
  timeZone: string;
  readOnly: boolean;
  busy: boolean;
  /** The contact open in the form or the history (its row says so: `aria-current`). */
  openId: string | undefined;
  /** The row's own button: opens the contact (the form where it can be changed, else its history). */
  open(id: string): void;
  edit(id: string): void;
  archive(id: string): void;
  history(id: string): void;
}

/**
 * Row layout: the contact's button (when, type, who, outcome), the plan, length and notes, then the
 * row's buttons. Rows are as tall as their text: every line wraps, nothing is cut at any text size.
 */
export const contactRowStyles = css`
  .row {
    display: grid;
    gap: 2px;
  }
  .row-line {
    overflow-wrap: anywhere;
  }
  .row-open {
    display: block;
    inline-size: 100%;
    min-height: var(--_cp-target-size);
    padding: var(--_cp-space-xs) 0;
    text-align: start;
    color: inherit;
    background: none;
    border: none;
    border-radius: var(--_cp-radius-control);
  }
  .row-open:hover .row-when {
    text-decoration: underline;
  }
  .row-detail {
    color: var(--_cp-color-text-muted);
    font-size: var(--_cp-font-size-small);
  }
  .notes {
    white-space: pre-wrap;
  }
  .row .actions button {
    min-height: var(--_cp-target-size);
    padding-block: 0;
  }
`;

/** One contact in the list: its button (when, type, who, outcome); the plan, length and notes (as plain text); its buttons. */
export function contactRow(view: ContactRowView, contact: Contact, tabbable: boolean): TemplateResult {
  const { t } = view;
  const when = contactWhen(t, contact, view.timeZone);
  const subject = contactSubject(t, contact, view.participants, view.timeZone);
  const tabindex = tabbable ? '0' : '-1';
  return html`<button type="button" class="row-line row-open" data-action="open" tabindex=${tabindex} aria-current=${contact.id === view.openId ? 'true' : nothing} @click=${() => view.open(contact.id)}>
      <strong class="row-when">${when}</strong> · ${t.term(`contact.type.${contact.type}`)}${contact.participantIds.length > 0
        ? html` · ${t.list(contact.participantIds.map((id) => personName(t, view.participants, id)))}`
        : nothing}
      · <span class="badge outcome-${contact.outcome.type}" data-outcome=${contact.outcome.type}>${outcomeText(t, contact.outcome, view.participants)}</span>
      ${contact.archived ? html` <span class="badge">${t.term('contact.badge.archived')}</span>` : nothing}
    </button>
    <p class="row-line row-detail">
      ${contactPlanText(t, contact, view.plans, view.participants)} · ${t.term('contact.minutes', { count: contact.durationMinutes })}${contact.notes
        ? html` · <span class="notes" dir=${ifDefined(dominantDirection(contact.notes))} data-notes>${closedText(contact.notes)}</span>`
        : nothing}
    </p>
    <div class="actions">
      ${view.readOnly || contact.archived
        ? nothing
        : html`<button type="button" tabindex=${tabindex} data-action="edit" aria-label=${t.term('contact.action.edit-named', { when: subject })} ?disabled=${view.busy} @click=${() => view.edit(contact.id)}>
              ${t.term('common.edit')}
            </button>
            <button type="button" tabindex=${tabindex} data-action="archive" aria-label=${t.term('contact.action.archive-named', { when: subject })} ?disabled=${view.busy} @click=${() => view.archive(contact.id)}>
              ${t.term('contact.action.archive')}
            </button>`}
      <button type="button" tabindex=${tabindex} data-action="history" aria-label=${t.term('contact.action.history-named', { when: subject })} @click=${() => view.history(contact.id)}>
        ${t.term('contact.action.history')}
      </button>
    </div>`;
}
