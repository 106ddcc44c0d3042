import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import type { Approval } from '../../../model/service-plan/plan.js';

/** A recorded decision as the panel and the printed plan show it: decision, date, how it was given, witness, who recorded it. */
export function approvalDecisionText(t: LocalizeController, decision: Approval): TemplateResult {
  return html`${t.term(`common.status.${decision.decision}`)} · ${t.date(decision.date)}${decision.method ? html` · ${t.term(`spe.approval.method.${decision.method}`)}` : nothing}${decision.witness
    ? html` · ${t.term('spe.approval.witnessed-by', { name: decision.witness })}`
    : nothing}${decision.recordedBy ? html` · ${t.term('spe.approval.recorded-by', { name: decision.recordedBy.name })}` : nothing}`;
}
