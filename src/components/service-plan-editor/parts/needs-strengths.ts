import { html, type TemplateResult } from 'lit';
import type { EditorView } from '../view.js';
import { textList } from './text-list.js';
import { needCoverage } from './need-links.js';

function needsOrStrengths(view: EditorView, kind: 'needs' | 'strengths'): TemplateResult {
  const { t, plan } = view;
  const edit = (entries: string[]) => (kind === 'needs' ? { type: 'set-needs' as const, needs: entries } : { type: 'set-strengths' as const, strengths: entries });
  return textList(view, {
    key: kind,
    heading: t.term(`spe.${kind}.heading`),
    newLabel: t.term(`spe.${kind}.new`),
    addLabel: t.term(`spe.${kind}.add`),
    added: (text) => t.term(`spe.${kind}.added`, { text }),
    entries: plan[kind],
    disabled: !view.allows(edit([])),
    save: (entries, fieldKey) => view.edit(edit(entries), fieldKey),
  });
}

/** Needs (what the plan answers; the catalog recommends services from them) and the family's strengths. */
export function needsStrengthsSection(view: EditorView): TemplateResult {
  return html`<section part="needs" class="card two-columns" aria-label=${view.t.term('spe.needs-strengths.heading')}>
    ${needsOrStrengths(view, 'needs')} ${needsOrStrengths(view, 'strengths')} ${needCoverage(view)}
  </section>`;
}
