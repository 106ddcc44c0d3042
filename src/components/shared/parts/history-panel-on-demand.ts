import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { OnDemandModule } from '../controllers/on-demand-module.js';
import type { HistoryPanelView } from './history-panel.js';
// Up front, not with the panel: the message that its code could not be fetched, and the words
// elements show around it ("History of every save"), must be here without it.
import '../i18n/messages/history.js';

/** The history panel's code: loaded the first time a page opens a record's history (issue 18). */
export const historyPanelModule = new OnDemandModule('history panel', () => import('./history-panel.js'));

/**
 * The shared history panel (`history-panel.ts`), which an element shows only when a person opens a
 * record's history. Until its code has arrived: the panel's heading (same id, so the focus given to it
 * stays) with "Loading…"; if the download fails, a message saying so with "Try again", never a panel
 * that waits forever. Close works in every state.
 */
export function historyPanel(host: ReactiveControllerHost, view: HistoryPanelView): TemplateResult {
  const loaded = historyPanelModule.get(host);
  if (loaded) return loaded.historyPanel(view);
  const { t } = view;
  const level = String(Math.min(Math.max(view.headingLevel, 2), 6));
  return html`<section class="history" part="history" aria-labelledby=${view.headingId} aria-busy=${historyPanelModule.failed ? nothing : 'true'}>
    <div role="heading" aria-level=${level} class="history-heading" id=${view.headingId} tabindex="-1">${view.heading}</div>
    ${historyPanelModule.failed
      ? html`<p class="notice error" role="alert">${t.term('history.load-failed')}</p>
          <div class="actions"><button type="button" data-action="retry-history" @click=${() => historyPanelModule.retry(host)}>${t.term('common.retry')}</button></div>`
      : html`<p role="status">${t.term('common.loading')}</p>`}
    <div class="actions"><button type="button" data-action="close-history" @click=${() => view.close()}>${t.term('common.close')}</button></div>
  </section>`;
}
