import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles } from '../styles/base.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** The tone a status is shown in when none is given. The words carry the meaning; colour only helps. */
export const toneByStatus: Readonly<Record<string, BadgeTone>> = {
  draft: 'neutral',
  submitted: 'info',
  'under-review': 'warning',
  active: 'success',
  completed: 'success',
  closed: 'neutral',
  cancelled: 'neutral',
  approved: 'success',
  declined: 'danger',
  overdue: 'danger',
  'not-started': 'neutral',
  'in-progress': 'info',
};

/**
 * A short status label. Give a `status` code (`draft`, `active`, `overdue`...: the common
 * `common.status.*` messages) and it is localized and toned; or slot your own text and set `tone`.
 *
 * @tagname cp-status-badge
 * @summary A status label such as "Draft" or "Overdue", never colour alone.
 * @slot - Your own label text (instead of `status`).
 * @csspart base - The badge.
 * @cssprop --cp-badge-radius - Corner rounding.
 */
export class CpStatusBadge extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      .badge {
        display: inline-block;
        padding: 0 var(--_cp-space-s);
        border: 1px solid currentColor;
        border-radius: var(--_cp-badge-radius);
        font-size: var(--_cp-font-size-small);
        font-weight: var(--_cp-font-weight-bold);
        white-space: nowrap;
      }
      .neutral {
        color: var(--_cp-color-text);
        background: var(--_cp-color-neutral-surface);
      }
      .info {
        color: var(--_cp-color-info);
        background: var(--_cp-color-info-surface);
      }
      .success {
        color: var(--_cp-color-success);
        background: var(--_cp-color-success-surface);
      }
      .warning {
        color: var(--_cp-color-warning);
        background: var(--_cp-color-warning-surface);
      }
      .danger {
        color: var(--_cp-color-danger);
        background: var(--_cp-color-danger-surface);
      }
    `,
  ];

  /** A status code with a `common.status.<code>` message. */
  @property() status?: string;
  /** The colour family; by default chosen from the status. */
  @property() tone?: BadgeTone;

  private readonly localize = new LocalizeController(this);

  override render() {
    const tone = this.tone ?? (this.status ? toneByStatus[this.status] : undefined) ?? 'neutral';
    const key = `common.status.${this.status ?? ''}`;
    const label = this.status && this.localize.has(key) ? this.localize.term(key) : '';
    return html`<span part="base" class="badge ${tone}"><slot>${label}</slot></span>`;
  }
}
