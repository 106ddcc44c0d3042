import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryEntry } from '../../../model/history.js';
import type { ContactHistory } from '../../../machines/visitation/contact-log-types.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';

export interface HistoryPanelView {
  t: LocalizeController;
  history: ContactHistory;
  /** When the contact took place, to name it. */
  subject: string;
  /** A person's or user's name from an id, where known. */
  nameOf(id: string): string;
  close(): void;
}

function entry(view: HistoryPanelView, item: HistoryEntry): TemplateResult {
  const { t } = view;
  const fields = item.changes.map((change) => change.path.split('.')[0] ?? change.path).filter((path, index, all) => all.indexOf(path) === index);
  return html`<li>
    <strong>${t.has(item.action) ? t.term(item.action) : t.term('contact.history.changed')}</strong>
    — ${t.term('contact.history.by', { who: view.nameOf(item.by), when: t.dateTime(item.at) })}
    ${fields.length > 0 && item.seq > 1 ? html`<br /><span class="hint">${t.term('contact.history.fields', { fields: t.list(fields.map((field) => (t.has(`contact.field.${field}`) ? t.term(`contact.field.${field}`) : field))) })}</span>` : nothing}
  </li>`;
}

/** Every write to one contact, oldest first: who did what and when, and which fields changed. */
export function historyPanel(view: HistoryPanelView): TemplateResult {
  const { t, history } = view;
  return html`<section class="summary-card" part="history" aria-labelledby="history-title">
    <h3 id="history-title" tabindex="-1">${t.term('contact.history.title', { subject: view.subject })}</h3>
    ${history.error
      ? html`<p class="notice error" role="alert">${t.error(history.error)}</p>`
      : history.entries === undefined
        ? html`<p role="status">${t.term('common.loading')}</p>`
        : html`<ol class="history">${history.entries.map((item) => entry(view, item))}</ol>`}
    <div class="actions"><button type="button" data-action="close-history" @click=${() => view.close()}>${t.term('common.close')}</button></div>
  </section>`;
}
