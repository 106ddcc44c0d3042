import { html, nothing, type TemplateResult } from 'lit';
import { noRateReason, type ComplianceCounts } from '../../model/visitation/compliance-counts.js';
import type { CaseworkerStandard } from '../../model/visitation/caseworker-standard.js';
import { CHILD_MONTHS_TARGET_PERCENT, childMonthsVisitedShare, residenceVisitsShare, type StandardShare } from '../../model/visitation/caseworker-shares.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';

/** A compliance rate as a percentage, or why there is none: nothing planned, not yet due, not yet recorded. */
export function rateText(t: LocalizeController, counts: ComplianceCounts): string {
  const reason = noRateReason(counts);
  if (reason === 'cannot-judge') return t.term('planner.compliance.cannot-judge');
  if (reason === 'nothing-planned') return t.term('planner.compliance.nothing-planned');
  if (reason === 'awaiting-record') return t.term('planner.compliance.awaiting-record');
  return counts.rate === null ? t.term('planner.compliance.no-rate') : t.number(counts.rate, { style: 'percent', maximumFractionDigits: 0 });
}

/** `2026-03` as "March 2026" in the element's language. */
export function monthName(t: LocalizeController, month: string): string {
  return t.date(`${month}-01`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The time of a visit as the plan states it (a wall-clock `16:00` in its time zone), through Intl in the
 * element's language: "4:00 PM" in English, "16:00" in French. The contact log shows its times with the
 * same options, so the planner and the log on one page read alike.
 */
export const timeOptions: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

export function timeOfDayText(t: LocalizeController, time: string): string {
  return t.dateTime(`1970-01-01T${time}:00.000Z`, { ...timeOptions, timeZone: 'UTC' });
}

/** A clash with another plan, named, with the first clash's date and time in the element's language (plan card and form alike). */
export function overlapText(t: LocalizeController, clash: { other: string; date: string; time: string; count: number }): string {
  return t.term('planner.overlap', { count: clash.count, other: clash.other, date: t.date(clash.date, { dateStyle: 'medium', timeZone: 'UTC' }), time: timeOfDayText(t, clash.time) });
}

/** A planned visit as "Tue, Mar 10, 2026, 4:00 PM" (the plan's wall-clock time, in the element's language). */
export function occurrenceText(t: LocalizeController, date: string, time: string): string {
  return `${t.date(date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}, ${timeOfDayText(t, time)}`;
}

/** One share of the caseworker standard: "19 of 20 (95%) · target 95% or more · met" in the element's language. */
function shareLine(t: LocalizeController, kind: 'child-months' | 'residence', share: StandardShare): TemplateResult {
  const percent = (value: number) => t.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const figures =
    share.share === null
      ? t.term('visits.standard.not-judged')
      : t.term('visits.standard.share-of', { count: t.number(share.count), total: t.number(share.of), share: percent(share.share) });
  const target = kind === 'child-months' ? t.term('visits.standard.months-target', { target: percent(CHILD_MONTHS_TARGET_PERCENT / 100) }) : t.term('visits.standard.residence-target');
  // A share with figures but no verdict: damaged contacts could still bring it to its target.
  const verdict = share.meets === null ? (share.share === null ? '' : t.term('planner.compliance.cannot-judge')) : t.term(share.meets ? 'visits.standard.meets' : 'visits.standard.below');
  return html`<div data-share=${kind} data-meets=${share.meets === null ? 'none' : String(share.meets)}>
    <dt>${t.term(`visits.standard.${kind}`)}</dt>
    <dd>${figures} · ${target}${verdict ? html` · <strong>${verdict}</strong>` : nothing}</dd>
  </div>`;
}

/**
 * The caseworker standard as shares, shown with its per-month counts: the child-months with a caseworker
 * visit against 95 %, and the visits in the child's residence against "most" (more than half); a verdict
 * damaged contacts could change is not given.
 */
export function standardSharesView(t: LocalizeController, standard: Pick<CaseworkerStandard, 'months' | 'damagedContacts'>): TemplateResult {
  return html`<dl class="figures standard-shares">
    ${shareLine(t, 'child-months', childMonthsVisitedShare(standard.months))} ${shareLine(t, 'residence', residenceVisitsShare(standard.months, standard.damagedContacts))}
  </dl>`;
}
