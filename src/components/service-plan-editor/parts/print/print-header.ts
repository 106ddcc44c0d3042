import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../../shared/i18n/localize-controller.js';
import type { CaseDetails } from '../../../../model/case-details.js';
import type { CaseParticipant } from '../../../../model/participant.js';
import type { ServicePlanContent } from '../../../../model/service-plan/plan.js';
import { caseworkerOf, planChild } from '../../../../model/service-plan/plan-people.js';
import type { PageMarginText } from '../../../shared/print/page-margins.js';
import { label } from '../../labels.js';
import { closedText } from '../../../shared/i18n/bidi-isolate.js';

/** What the printed plan says about itself: whose case, who prepared it, which version, printed when. */
export interface PrintFacts {
  plan: ServicePlanContent;
  participants: readonly CaseParticipant[];
  caseDetails: CaseDetails | undefined;
  /** The user printing (signed in). */
  preparedBy: string | undefined;
  /** The day it is printed (a calendar date, from the host's clock). */
  printedOn: string;
  /** The plan shown holds changes not yet stored (typed, being written, refused or in conflict). */
  unsaved?: boolean;
}

function kindTitle(t: LocalizeController, plan: ServicePlanContent): string {
  return t.term(plan.planKind === 'outcome' ? 'spe.title.outcome' : 'spe.title.service');
}

function caseworkerName(facts: PrintFacts): string | undefined {
  return facts.caseDetails?.caseworker ?? caseworkerOf(facts.participants)?.name;
}

/** The header a court or a parent reads first: case, child and date of birth, agency, caseworker, prepared by, version, date printed. */
export function printHeader(t: LocalizeController, facts: PrintFacts): TemplateResult {
  const { plan, caseDetails } = facts;
  const child = planChild(plan, facts.participants);
  const dash = '—';
  const rows: [string, string][] = [
    [t.term('spe.print.case-number'), caseDetails?.caseNumber ?? plan.caseId],
    [t.term('spe.print.child'), child?.name ?? dash],
    [t.term('spe.print.birth-date'), child?.birthDate ? t.date(child.birthDate) : dash],
    [t.term('spe.print.agency'), caseDetails?.agency ?? dash],
    ...(caseDetails?.court ? ([[t.term('spe.print.court'), caseDetails.court]] as [string, string][]) : []),
    [t.term('spe.print.caseworker'), caseworkerName(facts) ?? dash],
    [t.term('spe.print.prepared-by'), facts.preparedBy ?? dash],
    [t.term('spe.revision.label'), t.number(plan.revision)],
    [t.term('spe.print.printed-on'), t.date(facts.printedOn)],
  ];
  return html`<header class="print-header" part="print-header">
    <p class="print-kind">${kindTitle(t, plan)}</p>
    <dl class="print-facts">
      ${rows.map(([name, value]) => html`<div><dt>${label(t, name)}</dt><dd><bdi>${closedText(value)}</bdi></dd></div>`)}
    </dl>
    ${facts.unsaved ? html`<p class="print-unsaved" data-print-unsaved>${t.term('spe.print.unsaved')}</p>` : nothing}
  </header>`;
}

/** The running header and footer of every printed page. */
export function pageMarginText(t: LocalizeController, facts: PrintFacts): PageMarginText {
  const child = planChild(facts.plan, facts.participants);
  const caseNumber = facts.caseDetails?.caseNumber ?? facts.plan.caseId;
  return {
    topLeft: [kindTitle(t, facts.plan), t.term('spe.print.case-named', { number: caseNumber }), ...(child ? [child.name] : [])].join(' · '),
    topRight: t.term('spe.print.version-printed', { version: facts.plan.revision, date: t.date(facts.printedOn) }),
    pageOf: t.term('common.print.page-of', { page: '{page}', pages: '{pages}' }),
  };
}
