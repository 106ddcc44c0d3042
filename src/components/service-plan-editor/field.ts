import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import { fieldId, type EditorView, type FieldPath } from './view.js';
import { beginTyping, endTyping, typedValue, typingStart } from '../shared/directives/typed-value.js';
import { dateExample, dateText, typedDate } from '../shared/i18n/date-text.js';

export interface FieldOptions {
  /** Unique key of the field in the editor (its id and where its messages are kept). */
  key: string;
  label: string;
  value: string;
  /** The plan field it edits, so the plan's violations there show next to it. */
  path?: FieldPath;
  type?: 'text' | 'date' | 'number' | 'textarea';
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  min?: string;
  step?: string;
  /** The edit for the committed value (on change); undefined when nothing is to be sent. */
  commit?: (value: string) => PlanEdit | undefined;
  /** What the field belongs to (an item's name): said after the label, so "Status" names its item. */
  context?: string;
}

/** The label's words, with the thing it belongs to for assistive technology ("Status" of "Housing"). */
function labelText(view: EditorView, text: string, context: string | undefined): TemplateResult {
  return html`${text}${context ? html`<span class="visually-hidden"> ${view.t.term('spe.field.of-item', { name: context })}</span>` : nothing}`;
}

/** The plan path a control edits, as `data-path`, so a message about it can move focus there. */
export function pathAttribute(path: FieldPath | undefined): string | undefined {
  return path ? path.join('.') : undefined;
}

/** The inline messages of a field, linked to it by id. */
export function fieldErrors(id: string, errors: readonly string[]): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<ul class="field-errors" id="${id}-errors" part="field-error">${errors.map((error) => html`<li>${error}</li>`)}</ul>`;
}

/**
 * A labelled native input (kept in the editor's own shadow root so the label and the messages are
 * associated by id): commits on `change`, shows the refused edit's message and the plan's violations
 * at its path, and marks itself `aria-invalid`.
 */
export function field(view: EditorView, options: FieldOptions): TemplateResult {
  const id = fieldId(options.key);
  const errors = view.errorsFor(options.key, options.path);
  // A date is typed as text in the locale's format (one Tab stop), committed as an ISO date (date-text.ts).
  const isDate = options.type === 'date';
  const lang = view.t.lang;
  const commit = isDate ? (text: string) => options.commit?.(typedDate(lang, text)) : options.commit;
  const describedBy = [options.hint ? `${id}-hint` : '', isDate ? `${id}-format` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ');
  const onChange = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const edit = commit?.(target.value);
    const start = typingStart(target);
    // The value I began from: if the plan's value there changed meanwhile, the machine opens a conflict on it.
    const before = start !== undefined && start !== target.value ? commit?.(start) : undefined;
    if (edit) view.edit(edit, options.key, before);
    endTyping(target, target.getRootNode() instanceof ShadowRoot ? (target.getRootNode() as ShadowRoot).activeElement !== target : true);
  };
  const onFocus = (event: Event) => beginTyping(event.target as HTMLInputElement | HTMLTextAreaElement);
  const onBlur = (event: Event) => endTyping(event.target as HTMLInputElement | HTMLTextAreaElement, true);
  const common = {
    id,
    describedBy: describedBy || undefined,
    invalid: errors.length > 0 ? 'true' : 'false',
  };
  const control =
    options.type === 'textarea'
      ? html`<textarea
          id=${common.id}
          name=${options.key}
          .value=${typedValue(options.value)}
          ?disabled=${options.disabled}
          ?required=${options.required}
          aria-invalid=${common.invalid}
          aria-describedby=${ifDefined(common.describedBy)}
          rows="3"
          data-path=${ifDefined(pathAttribute(options.path))}
          @focus=${onFocus}
          @blur=${onBlur}
          @change=${onChange}
        ></textarea>`
      : html`<input
          id=${common.id}
          name=${options.key}
          type=${isDate ? 'text' : (options.type ?? 'text')}
          inputmode=${ifDefined(isDate ? 'numeric' : undefined)}
          autocomplete=${ifDefined(isDate ? 'off' : undefined)}
          ?data-date=${isDate}
          .value=${typedValue(isDate ? dateText(lang, options.value) : options.value)}
          ?disabled=${options.disabled}
          ?required=${options.required}
          min=${ifDefined(options.min)}
          step=${ifDefined(options.step)}
          data-path=${ifDefined(pathAttribute(options.path))}
          aria-invalid=${common.invalid}
          aria-describedby=${ifDefined(common.describedBy)}
          @focus=${onFocus}
          @blur=${onBlur}
          @change=${onChange}
        />`;
  return html`<div class="field ${errors.length > 0 ? 'invalid' : ''}">
    <label for=${id}>${labelText(view, options.label, options.context)}${options.required ? html` <span class="required">(${view.t.term('common.required')})</span>` : nothing}</label>
    ${control}
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${isDate ? html`<p class="hint" id="${id}-format">${view.t.term('spe.date.format-hint', { example: dateExample(lang) })}</p>` : nothing}
    ${fieldErrors(id, errors)}
  </div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptions {
  key: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  path?: FieldPath;
  disabled?: boolean;
  /** Adds an empty first choice with this label. */
  emptyLabel?: string;
  commit?: (value: string) => PlanEdit | undefined;
  /** What the field belongs to (an item's name), said after the label. */
  context?: string;
  /** For selects that only change screen state. */
  onSelect?: (value: string) => void;
}

/**
 * A labelled native select. Each option's selectedness is bound live: after a keyboard change the
 * options are rebuilt (an item's status offers the next steps), and a `selected` attribute no longer
 * moves a select the user has touched, so the select showed a value other than the stored one.
 */
export function selectField(view: EditorView, options: SelectOptions): TemplateResult {
  const id = fieldId(options.key);
  const errors = view.errorsFor(options.key, options.path);
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    options.onSelect?.(value);
    const edit = options.commit?.(value);
    if (edit) view.edit(edit, options.key);
  };
  return html`<div class="field ${errors.length > 0 ? 'invalid' : ''}">
    <label for=${id}>${labelText(view, options.label, options.context)}</label>
    <select
      id=${id}
      name=${options.key}
      data-path=${ifDefined(pathAttribute(options.path))}
      ?disabled=${options.disabled}
      aria-invalid=${errors.length > 0 ? 'true' : 'false'}
      aria-describedby=${ifDefined(errors.length > 0 ? `${id}-errors` : undefined)}
      @change=${onChange}
    >
      ${options.emptyLabel !== undefined ? html`<option value="" .selected=${live(options.value === '')}>${options.emptyLabel}</option>` : nothing}
      ${options.options.map((option) => html`<option value=${option.value} .selected=${live(option.value === options.value)}>${option.label}</option>`)}
    </select>
    ${fieldErrors(id, errors)}
  </div>`;
}

/**
 * A date control of an add form: a text input in the locale's numeric format (one Tab stop), the format
 * said in its hint. `value` is an ISO date shown at first (a default, never put back over what is typed).
 * Read it with `formDate`.
 */
export function formDateInput(view: EditorView, options: { id: string; name: string; required?: boolean; value?: string }): TemplateResult {
  const lang = view.t.lang;
  return html`<input
      id=${options.id}
      name=${options.name}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      data-date
      ?required=${options.required}
      aria-describedby="${options.id}-format"
      value=${ifDefined(options.value ? dateText(lang, options.value) : undefined)}
    /><span class="hint" id="${options.id}-format">${view.t.term('spe.date.format-hint', { example: dateExample(lang) })}</span>`;
}

/** A form's date control (formDateInput) as the value to send: the ISO date typed, or the text the model will refuse. */
export function formDate(view: EditorView, form: HTMLFormElement, name: string): string {
  return typedDate(view.t.lang, formValue(form, name));
}

/** Reads a form's named control value (add forms keep their typed text until the edit is accepted). */
export function formValue(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement ? control.value : '';
}
