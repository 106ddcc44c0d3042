import { html, nothing, type TemplateResult } from 'lit';
import type { ComplianceCounts } from '../../../model/visitation/compliance-counts.js';
import type { PlanCompliance } from '../../../model/visitation/compliance.js';
import type { OccurrenceStatus } from '../../../model/visitation/occurrence-status.js';
import type { PeriodStatus } from '../../../model/visitation/period-status.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import { monthName, occurrenceText, rateText } from '../../visits-shared/compliance.js';

// A visitation plan's compliance, shown on its card in the planner (the contact log sums up by month instead).

/** The figures of one period as a description list: planned, completed, cancelled, missed, rate. */
function complianceFigures(t: LocalizeController, counts: ComplianceCounts, label: string): TemplateResult {
  return html`<dl class="figures" aria-label=${label}>
    <div><dt>${t.term('planner.compliance.planned')}</dt><dd data-figure="planned">${t.number(counts.planned)}</dd></div>
    <div><dt>${t.term('planner.compliance.completed')}</dt><dd data-figure="completed">${t.number(counts.completed)}</dd></div>
    <div><dt>${t.term('planner.compliance.cancelled')}</dt><dd data-figure="cancelled">${t.number(counts.cancelled)}</dd></div>
    <div><dt>${t.term('planner.compliance.missed')}</dt><dd data-figure="missed">${t.number(counts.missed)}</dd></div>
    ${counts.awaitingRecord > 0
      ? html`<div><dt>${t.term('planner.compliance.awaiting-record')}</dt><dd data-figure="awaiting-record">${t.number(counts.awaitingRecord)}</dd></div>`
      : nothing}
    ${counts.unjudged > 0
      ? html`<div><dt>${t.term('planner.compliance.cannot-judge')}</dt><dd data-figure="unjudged">${t.number(counts.unjudged)}</dd></div>`
      : nothing}
    <div><dt>${t.term('planner.compliance.rate')}</dt><dd data-figure="rate">${rateText(t, counts)}</dd></div>
  </dl>`;
}

function missedVisit(t: LocalizeController, status: OccurrenceStatus): TemplateResult {
  return html`<li>${occurrenceText(t, status.occurrence.date, status.occurrence.time)}: ${t.term(`planner.occurrence-state.${status.state}`)}</li>`;
}

/** A visit or period that would be missed or not met, while damaged contacts exist: "cannot be judged: 1 damaged record". */
function unjudgedVisit(t: LocalizeController, status: OccurrenceStatus, damaged: number): TemplateResult {
  return html`<li>${occurrenceText(t, status.occurrence.date, status.occurrence.time)}: ${t.term('visits.cannot-judge', { count: damaged })}</li>`;
}

function unmetPeriod(t: LocalizeController, period: PeriodStatus, damaged = 0): TemplateResult {
  const when =
    period.expectation.unit === 'month'
      ? monthName(t, period.expectation.key)
      : t.term('planner.week-of', { date: t.date(period.expectation.periodStart, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) });
  const figures = t.term('planner.compliance.period-short', { when, completed: period.counts.completed, expected: period.expectation.expected });
  return html`<li>${figures}${period.state === 'cannot-judge' ? ` — ${t.term('visits.cannot-judge', { count: damaged })}` : nothing}</li>`;
}

/**
 * One plan's compliance: this month, since the start, and the visits missed (or periods not met).
 * `titleId` is the id of the plan's heading, so each plan's section has its own name ("Compliance, Weekly visit").
 */
export function planComplianceView(t: LocalizeController, compliance: PlanCompliance, titleId: string): TemplateResult {
  const headingId = `${titleId}-compliance`;
  const missed = compliance.kind === 'dated' ? compliance.missed : [];
  const awaiting = compliance.occurrences.filter((status) => status.state === 'awaiting-record');
  const unmet = compliance.kind === 'period' ? compliance.unmetPeriods : [];
  return html`<section class="compliance" part="compliance" aria-labelledby="${headingId} ${titleId}">
    <h4 id=${headingId}>${t.term('planner.compliance.title')}</h4>
    <div class="compliance-periods">
      <div data-period="current">
        <h5>${t.term('planner.compliance.this-month', { month: monthName(t, compliance.currentMonth) })}</h5>
        ${complianceFigures(t, compliance.current, t.term('planner.compliance.this-month', { month: monthName(t, compliance.currentMonth) }))}
      </div>
      <div data-period="since-start">
        <h5>${t.term('planner.compliance.since-start')}</h5>
        ${complianceFigures(t, compliance.sinceStart, t.term('planner.compliance.since-start'))}
      </div>
    </div>
    ${missed.length > 0
      ? html`<h5>${t.term('planner.compliance.missed-list', { count: missed.length })}</h5>
          <ul class="missed" part="missed">${missed.map((status) => missedVisit(t, status))}</ul>`
      : nothing}
    ${awaiting.length > 0
      ? html`<h5>${t.term('planner.compliance.awaiting-list', { count: awaiting.length })}</h5>
          <ul class="awaiting" part="awaiting-record">${awaiting.map((status) => missedVisit(t, status))}</ul>`
      : nothing}
    ${unmet.length > 0
      ? html`<h5>${t.term('planner.compliance.unmet-list', { count: unmet.length })}</h5>
          <ul class="missed" part="missed">${unmet.map((period) => unmetPeriod(t, period))}</ul>`
      : nothing}
    ${compliance.unjudged.length > 0
      ? html`<h5>${t.term('planner.compliance.unjudged-list', { count: compliance.unjudged.length })}</h5>
          <ul class="unjudged" part="unjudged">${compliance.unjudged.map((status) => unjudgedVisit(t, status, compliance.damagedContacts))}</ul>`
      : nothing}
    ${compliance.unjudgedPeriods.length > 0
      ? html`<h5>${t.term('planner.compliance.unjudged-periods', { count: compliance.unjudgedPeriods.length })}</h5>
          <ul class="unjudged" part="unjudged">${compliance.unjudgedPeriods.map((period) => unmetPeriod(t, period, compliance.damagedContacts))}</ul>`
      : nothing}
  </section>`;
}
