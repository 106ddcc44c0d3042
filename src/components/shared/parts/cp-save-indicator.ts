import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../styles/base.js';
import { controlStyles } from '../styles/controls.js';

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict';

/**
 * Where the user's work stands: unsaved changes, saving, saved (at what time), failed with a retry
 * button, or in conflict with someone else's save. The state sentence is a polite live region, so
 * screen-reader users hear "Saving…", "All changes saved" as sighted users see them.
 *
 * @tagname cp-save-indicator
 * @summary Shows and announces the save state, with retry on failure.
 * @fires cp-retry - The user asked to try the failed save again.
 * @slot actions - Buttons for the conflict state (e.g. "Review changes"), supplied by the element.
 * @csspart base - The wrapper.
 * @csspart message - The state sentence.
 * @csspart detail - Why a save failed.
 * @csspart retry-button - The retry button.
 */
export class CpSaveIndicator extends LitElement {
  static override styles = [
    baseStyles,
    controlStyles,
    css`
      :host {
        display: block;
      }
      .indicator {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_cp-space-s);
        font-size: var(--_cp-font-size-small);
      }
      .message {
        color: var(--_cp-color-text-muted);
      }
      .failed .message,
      .conflict .message,
      .detail {
        color: var(--_cp-color-danger);
        font-weight: var(--_cp-font-weight-bold);
      }
      .saved .message {
        color: var(--_cp-color-success);
      }
      .detail {
        flex-basis: 100%;
        margin: 0;
      }
    `,
  ];

  @property({ reflect: true }) state: SaveState = 'idle';
  /** When the last save happened (an instant), shown with the saved state. */
  @property({ attribute: 'saved-at' }) savedAt?: string;
  /** Why the save failed: a StorageError or anything with a localizable `code`. */
  @property({ attribute: false }) error?: unknown;

  private readonly localize = new LocalizeController(this);

  override render() {
    const t = this.localize;
    return html`<div part="base" class="indicator ${this.state}">
      <span part="message" class="message" role="status">${this.message()}</span>
      ${this.state === 'failed'
        ? html`${this.error !== undefined ? html`<p part="detail" class="detail">${t.error(this.error)}</p>` : nothing}
            <button class="button" part="retry-button" @click=${this.retry}>${t.term('common.retry')}</button>`
        : nothing}
      ${this.state === 'conflict' ? html`<slot name="actions"></slot>` : nothing}
    </div>`;
  }

  private message(): string {
    const t = this.localize;
    switch (this.state) {
      case 'dirty':
        return t.term('common.save-state.dirty');
      case 'saving':
        return t.term('common.save-state.saving');
      case 'saved':
        return this.savedAt ? t.term('common.save-state.saved-at', { time: t.dateTime(this.savedAt, { timeStyle: 'short' }) }) : t.term('common.save-state.saved');
      case 'failed':
        return t.term('common.save-state.failed');
      case 'conflict':
        return t.term('common.save-state.conflict');
      default:
        return '';
    }
  }

  private retry(): void {
    this.dispatchEvent(new Event('cp-retry', { bubbles: true, composed: true }));
  }
}
