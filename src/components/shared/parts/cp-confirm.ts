import { LitElement, css, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../styles/base.js';
import { controlStyles } from '../styles/controls.js';

/**
 * An accessible confirmation dialog on the native modal `<dialog>`: focus moves into it (to Cancel,
 * the safe choice), stays inside while open, Escape cancels, and focus returns to where it was.
 *
 * ```ts
 * if (await this.confirmRemove.ask()) this.actor.send({ type: 'REMOVE_ITEM', id });
 * ```
 *
 * @tagname cp-confirm
 * @summary A modal "are you sure?" dialog that resolves to true or false.
 * @fires cp-confirm - The user confirmed.
 * @fires cp-cancel - The user cancelled (button, Escape).
 * @slot - The question, in full sentences (what will happen, whether it can be undone).
 * @csspart dialog - The dialog box.
 * @csspart heading - The title.
 * @csspart message - The question.
 * @csspart actions - The buttons row.
 * @csspart confirm-button - The confirming button.
 * @csspart cancel-button - The cancelling button.
 * @cssprop --cp-dialog-max-width - The widest the dialog gets.
 */
export class CpConfirm extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      dialog {
        max-width: min(var(--_cp-dialog-max-width), calc(100vw - 2 * var(--_cp-space-m)));
        padding: var(--_cp-space-l);
        border: 1px solid var(--_cp-color-border-strong);
        border-radius: var(--_cp-radius-panel);
        background: var(--_cp-color-surface-raised);
        color: var(--_cp-color-text);
        box-shadow: var(--_cp-shadow-raised);
      }
      dialog::backdrop {
        background: var(--_cp-color-backdrop);
      }
      h2 {
        margin: 0 0 var(--_cp-space-s);
        font-size: var(--_cp-font-size-large);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--_cp-space-s);
        margin-top: var(--_cp-space-l);
        padding-top: var(--_cp-space-m);
        border-top: 1px solid var(--_cp-color-border);
      }
    `,
  ];

  /** The title; a localized "Please confirm" when empty. */
  @property() heading = '';
  /** The confirming button's text; a localized "Confirm" when empty. Say the action: "Remove item". */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** The action destroys or removes something: the confirm button is styled as dangerous. */
  @property({ type: Boolean }) danger = false;
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') private readonly dialog?: HTMLDialogElement;

  private readonly localize = new LocalizeController(this);
  private settle: ((confirmed: boolean) => void) | undefined;

  /** Opens the dialog; resolves true when confirmed, false when cancelled. */
  async ask(): Promise<boolean> {
    this.settle?.(false);
    const answer = new Promise<boolean>((resolve) => (this.settle = resolve));
    this.open = true;
    return answer;
  }

  /** Closes the dialog with an answer (as if the user had pressed the button). */
  close(confirmed: boolean): void {
    if (!this.open) return;
    this.open = false;
    const settle = this.settle;
    this.settle = undefined;
    settle?.(confirmed);
    this.dispatchEvent(new Event(confirmed ? 'cp-confirm' : 'cp-cancel', { bubbles: true, composed: true }));
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open && this.isConnected) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  override render() {
    const t = this.localize;
    return html`<dialog part="dialog" aria-labelledby="heading" aria-describedby="message" @cancel=${this.onCancel}>
      <h2 id="heading" part="heading">${this.heading || t.term('common.confirm.title')}</h2>
      <div id="message" part="message"><slot></slot></div>
      <div class="actions" part="actions">
        <button class="button" part="cancel-button" autofocus @click=${() => this.close(false)}>${this.cancelLabel || t.term('common.cancel')}</button>
        <button class="button ${this.danger ? 'danger' : 'primary'}" part="confirm-button" @click=${() => this.close(true)}>
          ${this.confirmLabel || t.term('common.confirm')}
        </button>
      </div>
    </dialog>`;
  }

  private onCancel(event: Event): void {
    // Escape: close through our own path so the promise settles and the event fires.
    event.preventDefault();
    this.close(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close(false);
  }
}
