import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlanEdit } from '../../model/service-plan/edits.js';
import { fieldId, type EditorView, type FieldPath } from './view.js';
import { typingStart } from '../shared/directives/typed-value.js';
import { dateExample, dateText, typedDate } from '../shared/i18n/date-text.js';
import { inputField, selectField as sharedSelectField, textAreaField, type SelectOption } from '../shared/parts/field.js';

/** The messages of a control the editor lays out itself (an add form's name), `<id>-error`. */
export { fieldErrors } from '../shared/parts/field.js';
export type { SelectOption };

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
  /** The label's message code (`label` is its text): where the field is named later (the gone-typing note), in the language shown then. */
  labelTerm?: string;
}

/** Which item a field belongs to, as said after its label to assistive technology ("of Housing"). */
function labelContext(view: EditorView, context: string | undefined): string | undefined {
  return context ? view.t.term('spe.field.of-item', { name: context }) : undefined;
}

/** The plan path a control edits, as `data-path`, so a message about it can move focus there. */
export function pathAttribute(path: FieldPath | undefined): string | undefined {
  return path ? path.join('.') : undefined;
}

/**
 * The shared field (`shared/parts/field.ts`) bound to the plan: its id from the key, its messages what
 * the last refused edit of it said and the plan's violations at its path; a committed value is sent as
 * an edit together with the edit of the value typing began from (if the plan's value there changed
 * meanwhile, the machine opens a conflict on it instead of overwriting either side).
 */
export function field(view: EditorView, options: FieldOptions): TemplateResult {
  // A date is typed as text in the locale's format (one Tab stop), committed as an ISO date (date-text.ts).
  const isDate = options.type === 'date';
  const lang = view.t.lang;
  // A date is read in the order its typing began in (a language switch mid-date), else the locale's.
  const commit = (text: string, control?: Element) => (isDate ? options.commit?.(typedDate(lang, text, control)) : options.commit?.(text));
  const formatHint = isDate ? view.t.term('spe.date.format-hint', { example: dateExample(lang) }) : undefined;
  const base = {
    id: fieldId(options.key),
    name: options.key,
    label: options.label,
    labelContext: labelContext(view, options.context),
    requiredNote: view.t.term('common.required'),
    hint: [options.hint, formatHint].filter(Boolean).join(' ') || undefined,
    error: view.errorsFor(options.key, options.path),
    required: options.required ?? false,
    disabled: options.disabled ?? false,
    path: pathAttribute(options.path),
  };
  const onChange = (value: string, control: HTMLInputElement | HTMLTextAreaElement) => {
    // "12e" in a number field reads as '': committing it would clear the stored value (issue 8q2).
    if (control.validity.badInput) return view.refuseUnreadable(options.key, options.path);
    const edit = commit(value, control);
    const start = typingStart(control);
    // The value I began from: if the plan's value there changed meanwhile, the machine opens a conflict on it.
    const before = start !== undefined && start !== value ? commit(start) : undefined;
    if (edit) view.edit(edit, options.key, before, value, { field: options.label, ...(options.labelTerm ? { fieldTerm: options.labelTerm } : {}), record: options.context });
  };
  // Text the machine refused stays as typed, in front of its message, even when the field is drawn anew.
  const refusedText = view.refusedText(options.key);
  return options.type === 'textarea'
    ? textAreaField({ ...base, value: refusedText ?? options.value, onChange })
    : isDate
      ? inputField({ ...base, type: 'text', value: refusedText ?? dateText(lang, options.value), inputmode: 'numeric', autocomplete: 'off', dateText: true, onChange })
      : inputField({ ...base, type: options.type ?? 'text', value: refusedText ?? options.value, min: options.min, step: options.step, onChange });
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

/** The shared select bound to the plan, like `field`. */
export function selectField(view: EditorView, options: SelectOptions): TemplateResult {
  return sharedSelectField({
    id: fieldId(options.key),
    name: options.key,
    label: options.label,
    labelContext: labelContext(view, options.context),
    error: view.errorsFor(options.key, options.path),
    disabled: options.disabled ?? false,
    path: pathAttribute(options.path),
    value: options.value,
    options: options.options,
    emptyLabel: options.emptyLabel,
    onChange: (value) => {
      options.onSelect?.(value);
      const edit = options.commit?.(value);
      if (edit) view.edit(edit, options.key);
    },
  });
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
  return typedDate(view.t.lang, formValue(form, name), form.elements.namedItem(name) as Element | null);
}

/** Reads a form's named control value (add forms keep their typed text until the edit is accepted). */
export function formValue(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement ? control.value : '';
}
