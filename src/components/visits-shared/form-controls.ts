import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { beginTyping, endTyping, typedValue } from '../shared/directives/typed-value.js';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const onFocus = (event: Event) => beginTyping(event.target as TextControl);
const onBlur = (event: Event) => endTyping(event.target as TextControl, true);
/** After a commit the committed text is where typing goes on from (still focused: Enter, or a commit by script). */
const committed = (control: TextControl) => endTyping(control, (control.getRootNode() as unknown as DocumentOrShadowRoot).activeElement !== control);

/**
 * Form controls shared by the visitation planner and the contact log. Each is a native control in the
 * element's own shadow root, so its `<label for>` works for every assistive technology, with the inline
 * message next to it linked by `aria-describedby` and `aria-invalid` set while it stands. Text controls
 * are bound with `typedValue`: a value saved elsewhere (another tab, another element) while the user
 * types does not replace the text; the form keeps the version it was opened at, so the save meets the
 * other change and a change to the same field becomes a conflict on it.
 */
export interface ControlBase {
  id: string;
  label: string;
  /** The localized message shown next to the field; none when the value is fine. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  disabled?: boolean;
}

function describedBy(base: ControlBase): string | undefined {
  const ids = [base.hint ? `${base.id}-hint` : '', base.error ? `${base.id}-error` : ''].filter((id) => id !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function extras(base: ControlBase): TemplateResult {
  return html`${base.hint ? html`<p class="hint" id="${base.id}-hint">${base.hint}</p>` : nothing}${base.error
    ? html`<p class="field-error" part="field-error" id="${base.id}-error">${base.error}</p>`
    : nothing}`;
}

export interface InputControl extends ControlBase {
  type: 'text' | 'date' | 'time' | 'number' | 'datetime-local';
  value: string;
  min?: string;
  max?: string;
  list?: string;
  onChange: (value: string, input: HTMLInputElement) => void;
}

export function inputField(options: InputControl): TemplateResult {
  return html`<div class="field" data-field=${options.id}>
    <label for=${options.id}>${options.label}</label>
    <input
      id=${options.id}
      name=${options.id}
      type=${options.type}
      .value=${typedValue(options.value)}
      min=${ifDefined(options.min)}
      max=${ifDefined(options.max)}
      list=${ifDefined(options.list)}
      ?required=${options.required ?? false}
      ?disabled=${options.disabled ?? false}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @focus=${onFocus}
      @blur=${onBlur}
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        options.onChange(input.value, input);
        committed(input);
      }}
    />
    ${extras(options)}
  </div>`;
}

export interface TextAreaControl extends ControlBase {
  value: string;
  onChange: (value: string) => void;
}

export function textAreaField(options: TextAreaControl): TemplateResult {
  return html`<div class="field" data-field=${options.id}>
    <label for=${options.id}>${options.label}</label>
    <textarea
      id=${options.id}
      name=${options.id}
      rows="3"
      .value=${typedValue(options.value)}
      ?disabled=${options.disabled ?? false}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @focus=${onFocus}
      @blur=${onBlur}
      @change=${(event: Event) => {
        const textarea = event.target as HTMLTextAreaElement;
        options.onChange(textarea.value);
        committed(textarea);
      }}
    ></textarea>
    ${extras(options)}
  </div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectControl extends ControlBase {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}

export function selectField(options: SelectControl): TemplateResult {
  return html`<div class="field" data-field=${options.id}>
    <label for=${options.id}>${options.label}</label>
    <select
      id=${options.id}
      name=${options.id}
      ?disabled=${options.disabled ?? false}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === options.value}>${option.label}</option>`)}
    </select>
    ${extras(options)}
  </div>`;
}

export interface CheckboxControl extends ControlBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function checkboxField(options: CheckboxControl): TemplateResult {
  return html`<div class="field checkbox" data-field=${options.id}>
    <input
      id=${options.id}
      name=${options.id}
      type="checkbox"
      .checked=${live(options.checked)}
      ?disabled=${options.disabled ?? false}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options))}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${options.id}>${options.label}</label>
    ${extras(options)}
  </div>`;
}

/** A group of related controls (weekdays, participants) named by its legend, with one message for the group. */
export function fieldGroup(options: { id: string; legend: string; error?: string | undefined; content: TemplateResult | TemplateResult[] }): TemplateResult {
  return html`<fieldset class="group" id=${options.id} aria-describedby=${ifDefined(options.error ? `${options.id}-error` : undefined)}>
    <legend>${options.legend}</legend>
    ${options.content}
    ${options.error ? html`<p class="field-error" part="field-error" id="${options.id}-error">${options.error}</p>` : nothing}
  </fieldset>`;
}

/** The number a number input holds, or NaN when it is empty or not a number (the schema then says why). */
export function numberFrom(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

/** An optional text: empty becomes undefined, so an optional field is left out rather than stored blank. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}
