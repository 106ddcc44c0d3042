import { html, nothing, type TemplateResult } from 'lit';
import { visitationPlanHref, type CasePlanVisitation } from '../../../model/visitation/case-plan-visitation.js';
import { selectCasePlanVisitation, selectCaseRecordsDamage } from '../../../machines/service-plan/case-records.js';
import { personById } from '../labels.js';
import type { EditorData } from '../view.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import type { CaseParticipant } from '../../../model/participant.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';

/** A visitation plan's title, or who visits when it has none (never a raw id). */
export function visitationPlanName(t: LocalizeController, participants: readonly CaseParticipant[], entry: CasePlanVisitation): string {
  return entry.title ?? t.term('spe.visitation.untitled', { names: t.list(entry.visitorIds.map((id) => personById(t, participants, id))) });
}

export interface VisitationSectionOptions {
  /** The host's address template for a visitation plan (`/visits/{id}`), if any. */
  hrefTemplate: string | undefined;
  now: Date;
  /** Fires the cancelable open event; false when the host took it over (the link is then not followed). */
  open: (entry: CasePlanVisitation, href: string | undefined) => boolean;
}

/**
 * How well a visitation plan is kept, in a sentence or two (screen and print). While damaged contacts
 * exist, the visits that would be missed "cannot be judged: N damaged records" and no rate is given
 * (the model withholds them: `selectCasePlanVisitation`).
 */
export function complianceText(t: LocalizeController, entry: CasePlanVisitation): string {
  const since = entry.sinceStart;
  const date = t.date(entry.startDate);
  const overall =
    since.due === 0
      ? since.unjudged === 0
        ? t.term('spe.visitation.none-due', { date })
        : ''
      : since.rate === null
        ? t.term('spe.visitation.since-start-no-rate', { completed: since.completed, due: since.due, date })
        : t.term('spe.visitation.since-start', { completed: since.completed, due: since.due, date, rate: t.number(since.rate, { style: 'percent' }) });
  const month = entry.currentMonth;
  const current = month.due === 0 ? '' : t.term('spe.visitation.this-month', { completed: month.completed, due: month.due });
  const missed = since.missed > 0 ? t.term('spe.visitation.missed', { count: since.missed }) : '';
  const unjudged = since.unjudged > 0 ? t.term('spe.visitation.unjudged', { count: since.unjudged, damaged: t.term('spe.visitation.damaged-records', { count: entry.damagedContacts }) }) : '';
  return [overall, current, missed, unjudged].filter((part) => part !== '').join(' ');
}

/** "1 stored record is damaged and is not shown…": the case's visitation plans or contacts that could not be read. */
export function unreadableNote(t: LocalizeController, count: number): string {
  return t.term('spe.visitation.unreadable', { count });
}

/**
 * The child's visitation plans, in the case plan: status, court order or agreement, how well they are
 * kept (from the contact log), and a link to each (the host's address, and a cancelable event).
 */
export function visitationSection(view: EditorData, options: VisitationSectionOptions): TemplateResult {
  const { t, plan, participants } = view;
  const records = view.caseRecords;
  const entries = records ? selectCasePlanVisitation(records, plan.principalParticipantId, options.now) : [];
  const damage = records ? selectCaseRecordsDamage(records) : undefined;
  const name = (entry: CasePlanVisitation) => visitationPlanName(t, participants, entry);
  const link = (entry: CasePlanVisitation) => {
    const href = visitationPlanHref(options.hrefTemplate, entry.planId, plan.caseId);
    const label = t.term('spe.named-action', { action: t.term('spe.visitation.open'), name: name(entry) });
    const onClick = (event: Event) => {
      if (!options.open(entry, href)) event.preventDefault();
    };
    return href
      ? html`<a class="screen-only" href=${href} aria-label=${label} @click=${onClick}>${t.term('spe.visitation.open')}</a>`
      : html`<button type="button" class="quiet screen-only" aria-label=${label} @click=${onClick}>${t.term('spe.visitation.open')}</button>`;
  };
  return html`<section part="visitation" class="card" aria-labelledby="visitation-heading">
    <h2 id="visitation-heading">${t.term('spe.visitation.heading')}</h2>
    ${view.caseRecordsFailed
      ? html`<p class="notice">${t.term('spe.visitation.failed')}</p>`
      : !records
        ? html`<p class="hint" role="status">${t.term('spe.visitation.loading')}</p>`
        : html`${damage && damage.unreadable > 0 ? html`<p class="notice" data-visitation-unreadable>${unreadableNote(t, damage.unreadable)}</p>` : nothing}
        ${entries.length === 0
          ? damage?.noneMaySay === false
            ? nothing
            : html`<p class="hint">${t.term('spe.visitation.none')}</p>`
          : html`<ul class="visitation-plans">
              ${entries.map(
                (entry) => html`<li data-visitation-plan-id=${entry.planId}>
                  <strong>${closedText(name(entry))}</strong>
                  <span class="badge">${t.term(`spe.visitation.status.${entry.status}`)}</span>
                  <span class="badge quiet">${t.term(entry.courtOrdered ? 'spe.visitation.court-ordered' : 'spe.visitation.agreed')}</span>
                  <p>${complianceText(t, entry)}</p>
                  ${link(entry)}
                </li>`,
              )}
            </ul>`}`}
  </section>`;
}

