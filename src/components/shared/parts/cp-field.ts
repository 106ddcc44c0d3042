import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Violation } from '../../../model/shared/violation.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../styles/base.js';
import { controlStyles } from '../styles/controls.js';

export type FieldType = 'text' | 'textarea' | 'date' | 'time' | 'datetime-local' | 'number' | 'email' | 'tel' | 'select';

export interface FieldOption {
  value: string;
  /** Already localized (or a name from the data). */
  label: string;
}

type FieldControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A labelled form field: label, native control, hint and inline error in ONE shadow root, so the
 * label's `for`, `aria-describedby` (hint and error) and `aria-invalid` all work. (Across shadow roots
 * they would not: a label in one tree cannot name an input in another.) Errors are given as model
 * Violations (`violations`, localized here) or as a ready message (`error`), or slotted.
 *
 * @tagname cp-field
 * @summary A labelled input, textarea or select with hint and localized inline error.
 * @fires input - While the user types (native, composed); read `value` from the field.
 * @fires change - When the user commits a value (leaves the field, picks an option).
 * @slot error - Extra error content, shown with the localized violations.
 * @slot hint - Hint content richer than the `hint` text.
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart control - The native input, textarea or select.
 * @csspart error - The inline error.
 * @cssprop --cp-field-gap - Space between label, hint, control and error.
 * @cssprop --cp-field-label-color - Label colour.
 * @cssprop --cp-field-error-color - Error text and invalid border colour.
 */
export class CpField extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    baseStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
      .field {
        display: grid;
        gap: var(--_cp-field-gap);
      }
      label {
        color: var(--_cp-field-label-color);
        font-weight: var(--_cp-font-weight-bold);
      }
      .marker,
      .hint {
        color: var(--_cp-color-text-muted);
        font-size: var(--_cp-font-size-small);
        font-weight: normal;
      }
      .error {
        color: var(--_cp-field-error-color);
        font-size: var(--_cp-font-size-small);
        font-weight: var(--_cp-font-weight-bold);
      }
      .error p {
        margin: 0;
      }
    `,
  ];

  /** The visible label (required for accessibility). */
  @property() label = '';
  @property() type: FieldType = 'text';
  @property() value = '';
  @property() name?: string;
  /** Help shown under the label and read with the control. */
  @property() hint?: string;
  /** A ready, localized error message. */
  @property() error?: string;
  /** Model Violations about this field, shown localized. */
  @property({ attribute: false }) violations: readonly Violation[] = [];
  /** For `type="select"`. */
  @property({ attribute: false }) options: readonly FieldOption[] = [];
  /** The text of the empty choice of an optional select. */
  @property({ attribute: 'empty-label' }) emptyLabel = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;
  @property() autocomplete?: string;
  @property() min?: string;
  @property() max?: string;
  @property() step?: string;
  @property({ type: Number }) maxlength?: number;
  @property({ type: Number }) rows = 4;
  /** A lang for the entered text when it differs from the interface (a note written in Spanish). */
  @property({ attribute: 'input-lang' }) inputLang?: string;

  @query('.control') private readonly control?: FieldControl;

  private readonly localize = new LocalizeController(this);
  private hasSlottedError = false;

  /** True when there is something wrong to show. */
  get invalid(): boolean {
    return this.violations.length > 0 || Boolean(this.error) || this.hasSlottedError;
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override render() {
    const invalid = this.invalid;
    const describedBy = [this.hint ? 'hint' : '', 'hint-slot', invalid ? 'error' : ''].filter(Boolean).join(' ');
    return html`<div part="base" class="field">
      <label part="label" for="control"
        >${this.label}${this.required ? html` <span class="marker">(${this.localize.term('common.required')})</span>` : nothing}</label
      >
      ${this.hint ? html`<div id="hint" part="hint" class="hint">${this.hint}</div>` : nothing}
      <div id="hint-slot" class="hint"><slot name="hint"></slot></div>
      ${this.renderControl(describedBy, invalid)}
      <div id="error" part="error" class="error" ?hidden=${!invalid}>
        ${this.violations.map((found) => html`<p>${this.localize.violation(found)}</p>`)}
        ${this.error ? html`<p>${this.error}</p>` : nothing}
        <slot name="error" @slotchange=${this.onErrorSlotChange}></slot>
      </div>
    </div>`;
  }

  private renderControl(describedBy: string, invalid: boolean) {
    const common = {
      describedBy,
      invalid: invalid ? 'true' : 'false',
    };
    if (this.type === 'textarea') {
      return html`<textarea id="control" part="control" class="control" name=${ifDefined(this.name)} rows=${this.rows}
        .value=${live(this.value)} ?required=${this.required} ?disabled=${this.disabled} ?readonly=${this.readOnly}
        maxlength=${ifDefined(this.maxlength)} lang=${ifDefined(this.inputLang)} aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid} @input=${this.onInput} @change=${this.onChange}></textarea>`;
    }
    if (this.type === 'select') {
      const showEmpty = !this.required || this.value === '';
      return html`<select id="control" part="control" class="control" name=${ifDefined(this.name)} ?required=${this.required}
        ?disabled=${this.disabled || this.readOnly} aria-describedby=${common.describedBy} aria-invalid=${common.invalid}
        @input=${this.onInput} @change=${this.onChange}>
        ${showEmpty ? html`<option value="" ?selected=${this.value === ''}>${this.emptyLabel}</option>` : nothing}
        ${this.options.map((option) => html`<option value=${option.value} ?selected=${option.value === this.value}>${option.label}</option>`)}
      </select>`;
    }
    return html`<input id="control" part="control" class="control" type=${this.type} name=${ifDefined(this.name)}
      .value=${live(this.value)} ?required=${this.required} ?disabled=${this.disabled} ?readonly=${this.readOnly}
      autocomplete=${ifDefined(this.autocomplete)} min=${ifDefined(this.min)} max=${ifDefined(this.max)} step=${ifDefined(this.step)}
      maxlength=${ifDefined(this.maxlength)} lang=${ifDefined(this.inputLang)} aria-describedby=${common.describedBy}
      aria-invalid=${common.invalid} @input=${this.onInput} @change=${this.onChange} />`;
  }

  private onInput(event: Event): void {
    // Runs before listeners outside the shadow root, so they read the new `value`.
    this.value = (event.target as FieldControl).value;
  }

  private onChange(event: Event): void {
    this.value = (event.target as FieldControl).value;
    // A native `change` does not leave the shadow root: pass it on from the field itself.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onErrorSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const has = slot.assignedNodes({ flatten: true }).some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    if (has !== this.hasSlottedError) {
      this.hasSlottedError = has;
      this.requestUpdate();
    }
  }
}
