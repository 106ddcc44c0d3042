import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { onLocalDataCleared, type StorageAdapter, type Unsubscribe } from '../../../storage/elements.js';
import '../i18n/messages/storage-errors.js';
import { storageContext } from '../context.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../styles/base.js';

/**
 * Warns that work is not being kept, when the storage in use says `persistent: false` (the
 * in-memory fallback when IndexedDB is unavailable, e.g. some private browsing modes), and says so
 * (as an alert) when local data was cleared by a sign-out in this tab or another. Shows nothing
 * otherwise. Pass the element's storage (`.storage=${this.context.storage}`); without it, the
 * provider's storage is used. Pass `.reason` (`StorageChoice.reasonFor(storage)`) to say why IndexedDB
 * could not be used. Every element renders one.
 *
 * @tagname cp-storage-warning
 * @summary "Your work is not being kept" warning for non-persistent storage.
 * @csspart base - The warning box.
 * @csspart title - Its first line.
 * @csspart reason - Why IndexedDB could not be used, when known.
 */
export class CpStorageWarning extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .warning {
        padding: var(--_cp-space-s) var(--_cp-space-m);
        border: 2px solid var(--_cp-color-warning);
        border-radius: var(--_cp-radius-panel);
        background: var(--_cp-color-warning-surface);
        color: var(--_cp-color-warning);
      }
      p {
        margin: 0;
      }
      .title {
        font-weight: var(--_cp-font-weight-bold);
      }
    `,
  ];

  @property({ attribute: false }) storage?: StorageAdapter;
  /** Why records are kept only in memory (the default storage's fallback reason), said under the warning. */
  @property({ attribute: false }) reason?: unknown;

  private readonly provided = new ContextConsumer(this, { context: storageContext, subscribe: true });
  private readonly localize = new LocalizeController(this);

  /** Set when local data was cleared (clearLocalData() in any tab of the origin). */
  @state() private cleared = false;
  private stopHearingClear: Unsubscribe | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopHearingClear ??= onLocalDataCleared(() => {
      this.cleared = true;
    });
  }

  override disconnectedCallback(): void {
    this.stopHearingClear?.();
    this.stopHearingClear = undefined;
    super.disconnectedCallback();
  }

  /** True when the warning is shown. */
  get showing(): boolean {
    return this.cleared || (this.storage ?? this.provided.value)?.persistent === false;
  }

  override render() {
    if (!this.showing) return nothing;
    const t = this.localize;
    if (this.cleared) {
      return html`<div part="base" class="warning" role="alert">
        <p part="title" class="title"><span aria-hidden="true">⚠ </span>${t.term('storage.cleared')}</p>
      </div>`;
    }
    return html`<div part="base" class="warning" role="note">
      <p part="title" class="title"><span aria-hidden="true">⚠ </span>${t.term('common.storage-warning.title')}</p>
      <p>${t.term('common.storage-warning.body')}</p>
      ${this.reason ? html`<p part="reason">${t.error(this.reason)}</p>` : nothing}
    </div>`;
  }
}
