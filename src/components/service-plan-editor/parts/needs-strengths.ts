import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldErrors, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';

function textList(view: EditorView, kind: 'needs' | 'strengths'): TemplateResult {
  const { t, plan } = view;
  const entries = plan[kind];
  const disabled = !view.allows(kind === 'needs' ? { type: 'set-needs', needs: [] } : { type: 'set-strengths', strengths: [] });
  const key = `${kind}.new`;
  const id = fieldId(key);
  const save = (next: string[]) => view.edit(kind === 'needs' ? { type: 'set-needs', needs: next } : { type: 'set-strengths', strengths: next }, key);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = formValue(form, 'text').trim();
    if (text === '') return;
    if (save([...entries, text])) {
      form.reset();
      view.announce(t.term(`spe.${kind}.added`, { text }));
    }
  };
  const errors = view.errorsFor(key);
  return html`<div class="text-list">
    <h3 id="${kind}-heading">${t.term(`spe.${kind}.heading`)}</h3>
    <ul aria-labelledby="${kind}-heading">
      ${entries.map(
        (entry, index) => html`<li>
          <span>${entry}</span>
          ${disabled
            ? ''
            : html`<button type="button" class="quiet" aria-label=${t.term('spe.remove-named', { name: entry })} @click=${() => save(entries.filter((_, at) => at !== index))}>
                ${t.term('common.remove')}
              </button>`}
        </li>`,
      )}
    </ul>
    ${disabled
      ? ''
      : html`<form class="inline-form" @submit=${onSubmit}>
          <label for=${id}>${t.term(`spe.${kind}.new`)}</label>
          <input id=${id} name="text" aria-invalid=${errors.length > 0 ? 'true' : 'false'} aria-describedby=${ifDefined(errors.length > 0 ? `${id}-errors` : undefined)} />
          <button type="submit">${t.term(`spe.${kind}.add`)}</button>
          ${fieldErrors(id, errors)}
        </form>`}
  </div>`;
}

/** Needs (what the plan answers; the catalog recommends services from them) and the family's strengths. */
export function needsStrengthsSection(view: EditorView): TemplateResult {
  return html`<section part="needs" class="card two-columns" aria-label=${view.t.term('spe.needs-strengths.heading')}>
    ${textList(view, 'needs')} ${textList(view, 'strengths')}
  </section>`;
}
