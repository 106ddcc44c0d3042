import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { youthSectionsApply } from '../../../../model/service-plan/plan-people.js';
import { childDetailFields, youthDetailFields } from '../case-plan-details.js';
import type { DocumentOptions } from '../plan-document.js';
import { closedText, dominantDirection } from '../../../shared/i18n/bidi-isolate.js';

/**
 * The sections 42 U.S.C. 675(1) asks for, as the court reads them: each heading with what was written, or
 * "not recorded" so a gap shows instead of hiding. The youth's sections from 14 (or once written).
 */
export function casePlanDetailsDocument({ t, plan, participants, today }: DocumentOptions): TemplateResult | typeof nothing {
  if (plan.planKind !== 'outcome') return nothing;
  const details = plan.casePlanDetails ?? {};
  const youth = (today !== undefined && youthSectionsApply(plan, participants, today)) || youthDetailFields.some((name) => details[name] !== undefined);
  const fields = youth ? [...childDetailFields, ...youthDetailFields] : childDetailFields;
  return html`<section class="doc-section doc-details">
    <h3>${t.term('spe.details.heading')}</h3>
    ${fields.map((name) => {
      const written = details[name];
      return html`<section class="doc-detail" data-detail=${name}>
        <h4>${t.term(`spe.details.${name}`)}</h4>
        ${written ? html`<p class="pre" dir=${ifDefined(dominantDirection(written))}>${closedText(written)}</p>` : html`<p class="not-recorded">${t.term('spe.doc.not-recorded')}</p>`}
      </section>`;
    })}
  </section>`;
}
