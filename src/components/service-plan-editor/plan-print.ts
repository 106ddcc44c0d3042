import type { ReactiveControllerHost } from 'lit';
import type { CaseDetails } from '../../model/case-details.js';
import { findParticipant, type CaseParticipant } from '../../model/participant.js';
import type { ServicePlanContent } from '../../model/service-plan/plan.js';
import { PrintMediaController } from '../shared/controllers/print-media-controller.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { PageMarginsController } from '../shared/print/page-margins.js';
import { pageMarginText } from './parts/print/print-header.js';

/** The editor as printing sees it: its language (switched for a participant's print) and its updates. */
type PrintHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

/** What the printed pages' margins say, read when they are written. */
export interface PlanPrintFacts {
  t: LocalizeController;
  /** The open plan (undefined while none is shown: nothing to print in the margins). */
  plan(): ServicePlanContent | undefined;
  participants(): readonly CaseParticipant[];
  caseDetails(): CaseDetails | undefined;
  /** The day it is printed (the plan's today, from the host's clock). */
  printedOn(): string | undefined;
}

/**
 * The editor on paper: whether the page is printing (the printed copy is built only then), the printed
 * pages' margins (header and "page X of Y", made only when written: after the paint that follows a change
 * of language, plan, case details or day, or at once for printing, never in a render), and printing in
 * another language than the screen's.
 */
export class PlanPrint {
  private readonly media: PrintMediaController;

  constructor(
    private readonly host: PrintHost,
    facts: PlanPrintFacts,
  ) {
    this.media = new PrintMediaController(host);
    new PageMarginsController(host, {
      inputs: () => {
        const plan = facts.plan();
        return [facts.t.lang, plan?.planKind, plan?.caseId, plan?.revision, plan?.principalParticipantId, plan?.participantIds, facts.participants(), facts.caseDetails(), facts.printedOn()];
      },
      text: () => {
        const plan = facts.plan();
        const printedOn = facts.printedOn();
        if (!plan || printedOn === undefined) return undefined;
        return pageMarginText(facts.t, { plan, participants: facts.participants(), caseDetails: facts.caseDetails(), preparedBy: undefined, printedOn });
      },
    });
  }

  /** Whether the page is printing: the printed copy of the plan exists only then (issue 18). */
  get printing(): boolean {
    return this.media.printing;
  }

  /** The browser's print dialog, with the host rendered for print first; `locale`: in that language, the screen's back after. */
  async print(options: { locale?: string } = {}): Promise<void> {
    const screenLocale = this.host.locale;
    const switched = options.locale !== undefined && options.locale !== screenLocale;
    if (switched) {
      this.host.locale = options.locale;
      await this.host.updateComplete;
    }
    try {
      await this.media.print();
    } finally {
      if (switched) this.host.locale = screenLocale;
    }
  }

  /** Prints for one participant, in their preferred language (the screen's when they have none). */
  async printFor(participants: readonly CaseParticipant[], participantId: string): Promise<void> {
    const person = findParticipant(participants, participantId);
    await this.print(person?.preferredLanguage ? { locale: person.preferredLanguage } : {});
  }
}
