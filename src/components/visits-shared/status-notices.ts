import { html, nothing, type TemplateResult } from 'lit';
import type { StorageAdapter } from '../../storage/elements.js';
import type { MachineError } from '../../machines/shared/machine-error.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { exportedParts } from '../shared/parts/exported-parts.js';

export interface StatusNoticesView {
  t: LocalizeController;
  storage: StorageAdapter | undefined;
  /** Why records are only kept in memory (IndexedDB could not be opened). */
  fallbackReason: unknown;
  /** No current user was given: nothing can be recorded under a name. */
  missingUser: boolean;
  /** A sentence when the element lacks the ids it needs. */
  missingIds: string | undefined;
  /** A write failed; the change is kept until retried or given up. */
  saveFailed: MachineError | undefined;
  unreadable: number;
  retry(): void;
  dismiss(): void;
}

/** The notices above an element's content: storage not kept, inputs missing, a failed save, damaged records. */
export function statusNotices(view: StatusNoticesView): TemplateResult {
  const { t } = view;
  return html`
    <cp-sync-status part="sync-status" exportparts=${exportedParts('sync-status')} .storage=${view.storage}></cp-sync-status>
    <cp-storage-warning part="storage-warning" exportparts=${exportedParts('storage-warning')} .storage=${view.storage} .reason=${view.fallbackReason}></cp-storage-warning>
    ${view.missingIds ? html`<p class="notice info" part="notice">${view.missingIds}</p>` : nothing}
    ${view.missingUser ? html`<p class="notice info" part="notice">${t.term('visits.missing-user')}</p>` : nothing}
    ${view.unreadable > 0 ? html`<p class="notice warning" part="notice">${t.term('visits.unreadable', { count: view.unreadable })}</p>` : nothing}
    ${view.saveFailed
      ? html`<div class="notice error" part="notice" role="alert">
          <p>${t.error(view.saveFailed)}</p>
          <p>${t.term('visits.save-kept')}</p>
          <div class="actions">
            <button type="button" class="primary" data-action="retry" @click=${() => view.retry()}>${t.term('common.retry')}</button>
            <button type="button" data-action="dismiss" @click=${() => view.dismiss()}>${t.term('visits.give-up')}</button>
          </div>
        </div>`
      : nothing}
  `;
}

let zones: readonly string[] | undefined;

/** The IANA time zones the browser knows, for the time zone list (computed once). */
export function timeZoneChoices(): readonly string[] {
  if (!zones) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : ['UTC'];
  }
  return zones;
}
