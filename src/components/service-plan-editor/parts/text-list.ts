import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldErrors, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';
import { closedText } from '../../shared/i18n/bidi-isolate.js';

export interface TextListOptions {
  /** Names the list's heading, field and messages (`needs` → `needs-heading`, `needs.new`). */
  key: string;
  heading: string;
  /** The label of the field that adds an entry, and of its button. */
  newLabel: string;
  addLabel: string;
  /** Announced once an entry is added. */
  added: (text: string) => string;
  entries: readonly string[];
  disabled: boolean;
  /** Sends the edit that stores the whole list; returns whether it was accepted. */
  save: (entries: string[], fieldKey: string) => boolean;
}

/** A list of short texts the worker adds to and removes from (needs, strengths, danger signs). */
export function textList(view: EditorView, options: TextListOptions): TemplateResult {
  const { t } = view;
  const { entries, disabled } = options;
  const key = `${options.key}.new`;
  const id = fieldId(key);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = formValue(form, 'text').trim();
    if (text === '') return;
    if (options.save([...entries, text], key)) {
      form.reset();
      view.announce(options.added(text));
    }
  };
  const errors = view.errorsFor(key);
  return html`<div class="text-list">
    <h3 id="${options.key}-heading">${options.heading}</h3>
    <ul aria-labelledby="${options.key}-heading">
      ${entries.map(
        (entry, index) => html`<li>
          <bdi>${closedText(entry)}</bdi>
          ${disabled
            ? ''
            : html`<button type="button" class="quiet" aria-label=${t.term('spe.remove-named', { name: entry })} @click=${() => options.save(entries.filter((_, at) => at !== index), key)}>
                ${t.term('common.remove')}
              </button>`}
        </li>`,
      )}
    </ul>
    ${disabled
      ? ''
      : html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${id}>${options.newLabel}</label>
          <input dir="auto" id=${id} name="text" aria-invalid=${errors.length > 0 ? 'true' : 'false'} aria-describedby=${ifDefined(errors.length > 0 ? `${id}-error` : undefined)} />
          <button type="submit">${options.addLabel}</button>
          ${fieldErrors(id, errors)}
        </form>`}
  </div>`;
}
