import { html, nothing, type TemplateResult } from 'lit';
import { complianceText, unreadableNote, visitationPlanName } from '../visitation-plans.js';
import type { DocumentOptions } from '../plan-document.js';
import { closedText } from '../../../shared/i18n/bidi-isolate.js';

/** The child's visitation plans in the printed case plan: status, court order or agreement, how well they are kept. */
export function visitationDocument({ t, plan, participants, visitation, visitationMissing, visitationDamage }: DocumentOptions): TemplateResult | typeof nothing {
  if (plan.planKind !== 'outcome') return nothing;
  if (visitation === undefined) {
    // A copy printed before the records arrived (or when they could not be read) says so: a court reads the absence of a section as "none".
    if (visitationMissing === undefined) return nothing;
    return html`<section class="doc-section doc-visitation" data-visitation-missing=${visitationMissing}>
      <h3>${t.term('spe.visitation.heading')}</h3>
      <p>${t.term(visitationMissing === 'failed' ? 'spe.visitation.failed' : 'spe.visitation.print-not-read')}</p>
    </section>`;
  }
  return html`<section class="doc-section doc-visitation">
    <h3>${t.term('spe.visitation.heading')}</h3>
    ${visitationDamage && visitationDamage.unreadable > 0 ? html`<p data-visitation-unreadable>${unreadableNote(t, visitationDamage.unreadable)}</p>` : nothing}
    ${visitation.length === 0
      ? visitationDamage?.noneMaySay === false
        ? nothing
        : html`<p>${t.term('spe.visitation.none')}</p>`
      : html`<ul>
          ${visitation.map(
            (entry) => html`<li data-visitation-plan-id=${entry.planId}>
              <strong>${closedText(visitationPlanName(t, participants, entry))}</strong>
              (${t.term(`spe.visitation.status.${entry.status}`)}, ${t.term(entry.courtOrdered ? 'spe.visitation.court-ordered' : 'spe.visitation.agreed')}):
              ${complianceText(t, entry)}
            </li>`,
          )}
        </ul>`}
  </section>`;
}
