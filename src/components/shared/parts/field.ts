import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { beginTyping, endTyping, typedValue } from '../directives/typed-value.js';

/**
 * The ONE form field of every element: a native control rendered into the element's own shadow root
 * (a `<label for>` cannot name a control in another shadow root, and `aria-describedby` only links ids
 * within one tree), with its label, its hint and its messages at the field (`aria-invalid` while a message
 * stands, `aria-describedby` naming the hint and the messages). Text controls are bound with `typedValue`:
 * a value saved elsewhere while the user types does not replace the text, and `onChange` can ask
 * `typingStart(control)` what the text was when typing began (the editor turns that into a conflict).
 */

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const onFocus = (event: Event) => beginTyping(event.target as TextControl);
const onBlur = (event: Event) => endTyping(event.target as TextControl, true);
/** After a commit the committed text is where typing goes on from (still focused: Enter, or a commit by script). */
const committed = (control: TextControl) => endTyping(control, (control.getRootNode() as unknown as DocumentOrShadowRoot).activeElement !== control);

export interface FieldBase {
  /** The control's id (unique in the element's shadow root); its messages are `<id>-error`, its hint `<id>-hint`. */
  id: string;
  /** The control's `name`; the id when not given. */
  name?: string;
  label: string;
  /** Which item the field belongs to, said after the label to assistive technology only ("of Housing"), so "Status" names its item. */
  labelContext?: string | undefined;
  /** Shown after the label when `required` ("(required)"). */
  requiredNote?: string | undefined;
  hint?: string | undefined;
  /** The localized message(s) shown at the field; none when the value is fine. */
  error?: string | readonly string[] | undefined;
  required?: boolean;
  disabled?: boolean;
  /** The record path the control edits, as `data-path`, so a message about it can move focus there. */
  path?: string | undefined;
}

function messagesOf(base: FieldBase): readonly string[] {
  if (base.error === undefined || base.error === '') return [];
  return typeof base.error === 'string' ? [base.error] : base.error;
}

function describedBy(base: FieldBase, messages: readonly string[]): string | undefined {
  const ids = [base.hint ? `${base.id}-hint` : '', messages.length > 0 ? `${base.id}-error` : ''].filter((id) => id !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The messages at a control (or a group), found by `<id>-error` for its `aria-describedby`. */
export function fieldErrors(id: string, messages: readonly string[]): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<ul class="field-errors" part="field-error" id="${id}-error">${messages.map((message) => html`<li>${message}</li>`)}</ul>`;
}

function label(base: FieldBase): TemplateResult {
  return html`<label for=${base.id}
    >${base.label}${base.labelContext ? html`<span class="visually-hidden"> ${base.labelContext}</span>` : nothing}${base.required && base.requiredNote
      ? html` <span class="required">(${base.requiredNote})</span>`
      : nothing}</label
  >`;
}

/**
 * What every control of a field carries, set in one place for the four kinds of control: its id and name,
 * `data-path`, `required` and `disabled`, `aria-invalid` while a message stands and `aria-describedby`
 * naming its hint and messages.
 */
class FieldControlDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('fieldControl() must be used on a control element');
  }

  render(_base: FieldBase): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [base]: [FieldBase]): typeof nothing {
    const messages = messagesOf(base);
    const attributes: Record<string, string | undefined> = {
      id: base.id,
      name: base.name ?? base.id,
      'data-path': base.path,
      required: base.required ? '' : undefined,
      disabled: base.disabled ? '' : undefined,
      'aria-invalid': messages.length > 0 ? 'true' : 'false',
      'aria-describedby': describedBy(base, messages),
    };
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) part.element.removeAttribute(name);
      else if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
    }
    return nothing;
  }
}

const fieldControl = directive(FieldControlDirective);

/** A text control's `change`: the committed value, then the committed text is where typing goes on from. */
function onCommit<T extends TextControl>(onChange: (value: string, control: T) => void): (event: Event) => void {
  return (event) => {
    const control = event.target as T;
    onChange(control.value, control);
    committed(control);
  };
}

function frame(base: FieldBase, control: TemplateResult, kind = ''): TemplateResult {
  const messages = messagesOf(base);
  return html`<div class="field ${kind} ${messages.length > 0 ? 'invalid' : ''}" data-field=${base.id}>
    ${kind === 'checkbox' ? html`${control}${label(base)}` : html`${label(base)}${control}`}
    ${base.hint ? html`<p class="hint" id="${base.id}-hint">${base.hint}</p>` : nothing}
    ${fieldErrors(base.id, messages)}
  </div>`;
}

export interface InputFieldOptions extends FieldBase {
  type?: 'text' | 'date' | 'time' | 'number' | 'datetime-local' | 'email' | 'tel';
  value: string;
  min?: string | undefined;
  max?: string | undefined;
  step?: string | undefined;
  list?: string | undefined;
  inputmode?: 'numeric' | 'decimal' | 'text' | undefined;
  autocomplete?: string | undefined;
  /** A date typed as text in the locale's format (marked `data-date`): one Tab stop instead of a native date's four. */
  dateText?: boolean;
  /** The committed value (on `change`). */
  onChange: (value: string, control: HTMLInputElement) => void;
}

export function inputField(options: InputFieldOptions): TemplateResult {
  return frame(
    options,
    html`<input
      ${fieldControl(options)}
      type=${options.type ?? 'text'}
      dir=${(options.type ?? 'text') === 'text' && !options.dateText ? 'auto' : nothing}
      .value=${typedValue(options.value)}
      min=${ifDefined(options.min)}
      max=${ifDefined(options.max)}
      step=${ifDefined(options.step)}
      list=${ifDefined(options.list)}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${ifDefined(options.autocomplete)}
      ?data-date=${options.dateText ?? false}
      @focus=${onFocus}
      @blur=${onBlur}
      @change=${onCommit(options.onChange)}
    />`,
  );
}

export interface TextAreaFieldOptions extends FieldBase {
  value: string;
  onChange: (value: string, control: HTMLTextAreaElement) => void;
}

export function textAreaField(options: TextAreaFieldOptions): TemplateResult {
  return frame(
    options,
    html`<textarea
      ${fieldControl(options)}
      rows="3"
      dir="auto"
      .value=${typedValue(options.value)}
      @focus=${onFocus}
      @blur=${onBlur}
      @change=${onCommit(options.onChange)}
    ></textarea>`,
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: readonly SelectOption[];
  /** Adds an empty first choice with this label. */
  emptyLabel?: string | undefined;
  onChange: (value: string) => void;
}

/**
 * A labelled native select. Each option's selectedness is bound live: after a keyboard change the
 * options may be rebuilt (an item's status offers the next steps), and a `selected` attribute no longer
 * moves a select the user has touched, so it would show a value other than the stored one.
 */
export function selectField(options: SelectFieldOptions): TemplateResult {
  return frame(
    options,
    html`<select
      ${fieldControl(options)}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.emptyLabel !== undefined ? html`<option value="" .selected=${live(options.value === '')}>${options.emptyLabel}</option>` : nothing}
      ${options.options.map((option) => html`<option value=${option.value} .selected=${live(option.value === options.value)}>${option.label}</option>`)}
    </select>`,
  );
}

export interface CheckboxFieldOptions extends FieldBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function checkboxField(options: CheckboxFieldOptions): TemplateResult {
  return frame(
    options,
    html`<input
      ${fieldControl(options)}
      type="checkbox"
      .checked=${live(options.checked)}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
    />`,
    'checkbox',
  );
}

/** A group of related controls (weekdays, participants) named by its legend, with the group's messages. */
export function fieldGroup(options: { id: string; legend: string; error?: string | undefined; content: TemplateResult | TemplateResult[] }): TemplateResult {
  const messages = options.error ? [options.error] : [];
  return html`<fieldset class="group" id=${options.id} aria-describedby=${ifDefined(messages.length > 0 ? `${options.id}-error` : undefined)}>
    <legend>${options.legend}</legend>
    ${options.content}
    ${fieldErrors(options.id, messages)}
  </fieldset>`;
}
