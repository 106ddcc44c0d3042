import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { label } from '../../labels.js';
import type { DocumentOptions } from '../plan-document.js';
import { closedText, dominantDirection } from '../../../shared/i18n/bidi-isolate.js';

const facts = ['assessmentSource', 'assessmentDate', 'assessedBy'] as const;
const texts = ['assessmentSummary', 'history', 'currentSituation'] as const;

/** What the plan is built on, as the court reads it: the assessment (what, when, by whom, what it found), history, current situation. */
export function basisDocument({ t, plan }: DocumentOptions): TemplateResult | typeof nothing {
  const basis = plan.basis;
  if (!basis) return nothing;
  const written = texts.filter((name) => basis[name] !== '');
  if (written.length === 0 && facts.every((name) => basis[name] === undefined)) return nothing;
  return html`<section class="doc-section doc-basis">
    <h3>${t.term('spe.basis.heading')}</h3>
    ${facts.map((name) => {
      const value = basis[name];
      if (value === undefined) return nothing;
      return html`<p data-basis=${name}><em>${label(t, t.term(`spe.basis.${name}`))}</em> ${name === 'assessmentDate' ? t.date(value) : value}</p>`;
    })}
    ${written.map((name) => html`<section class="doc-detail" data-basis=${name}><h4>${t.term(`spe.basis.${name}`)}</h4><p class="pre" dir=${ifDefined(dominantDirection(basis[name]))}>${closedText(basis[name])}</p></section>`)}
  </section>`;
}
