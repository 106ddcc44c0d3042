import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hasSyncStatus, type StorageAdapter, type SyncState } from '../../../storage/elements.js';
import { storageContext } from '../context.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import '../i18n/messages/sync.js';
import { baseStyles } from '../styles/base.js';

/**
 * Where this browser stands with the agency's server, when the storage in use syncs (a
 * SyncStorageAdapter): all sent, sending, offline with N changes kept here, conflicts to review,
 * changes refused, records kept here because their case is out of the caseworker's caseload. Shows nothing for storage that does not sync. The sentence is a polite live region.
 * Pass the element's storage (`.storage=${...}`); without it, the provider's storage is used.
 *
 * @tagname cp-sync-status
 * @summary The sync indicator: online, syncing, offline, N pending, conflicts, errors.
 * @csspart base - The indicator.
 * @csspart message - The sentence.
 * @cssstate connection - Reflected as the `connection` attribute: online, syncing, offline or error.
 */
export class CpSyncStatus extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        font-size: var(--_cp-font-size-small);
      }
      .status {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cp-space-xs) var(--_cp-space-m);
        margin: 0;
        color: var(--_cp-color-text-muted);
      }
      .status p {
        margin: 0;
      }
      .offline,
      .attention {
        color: var(--_cp-color-warning);
        font-weight: var(--_cp-font-weight-bold);
      }
      .error {
        color: var(--_cp-color-danger);
        font-weight: var(--_cp-font-weight-bold);
      }
    `,
  ];

  @property({ attribute: false }) storage?: StorageAdapter;
  /** The connection state, reflected for styling (`cp-sync-status[connection='offline']`). */
  @property({ reflect: true }) connection?: SyncState['connection'];
  @state() private syncState?: SyncState;

  private readonly provided = new ContextConsumer(this, { context: storageContext, subscribe: true });
  private readonly localize = new LocalizeController(this);
  private unsubscribe: (() => void) | undefined;
  private watched: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watched = undefined;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.watched = undefined;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const source = this.storage ?? this.provided.value;
    if (source === this.watched) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.watched = source;
    if (hasSyncStatus(source)) {
      this.syncState = source.syncState;
      this.unsubscribe = source.onSyncState((next) => {
        this.syncState = next;
        this.connection = next.connection;
      });
    } else this.syncState = undefined;
    this.connection = this.syncState?.connection;
  }

  override render() {
    const status = this.syncState;
    if (!status) return nothing;
    const t = this.localize;
    return html`<div part="base" class="status ${status.connection}" role="status">
      <p part="message">${this.sentence(status)}</p>
      ${status.conflicts > 0 ? html`<p class="attention">${t.term('sync.conflicts', { count: status.conflicts })}</p>` : nothing}
      ${status.rejected > 0 ? html`<p class="error">${t.term('sync.rejected', { count: status.rejected })}</p>` : nothing}
      ${(status.outOfScope ?? 0) > 0 ? html`<p class="attention">${t.term('sync.out-of-scope', { count: status.outOfScope })}</p>` : nothing}
    </div>`;
  }

  private sentence(status: SyncState): string {
    const t = this.localize;
    switch (status.connection) {
      case 'offline':
        return t.term('sync.offline', { count: status.pending });
      case 'syncing':
        return t.term('sync.syncing');
      case 'error':
        if (status.error === 'sync.unauthorized') return t.term('sync.unauthorized');
        return status.error === 'sync.rejected' ? t.term('sync.pending', { count: status.pending }) : t.term('sync.error');
      default:
        return status.pending > 0 ? t.term('sync.pending', { count: status.pending }) : t.term('sync.online');
    }
  }
}
