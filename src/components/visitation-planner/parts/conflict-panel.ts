import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';

export interface ConflictPanelView {
  t: LocalizeController;
  /** What the record is (the plan's name, the contact's date). */
  subject: string;
  /** Lines describing my version and theirs (undefined when theirs is gone). */
  mine: readonly string[];
  theirs: readonly string[] | undefined;
  canEditMine: boolean;
  keepMine(): void;
  takeTheirs(): void;
  editMine(): void;
}

/** Both versions after a stale write, side by side; nothing is overwritten until the user chooses. */
export function conflictPanel(view: ConflictPanelView): TemplateResult {
  const { t } = view;
  return html`<section class="conflict" part="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-body">
    <h3 id="conflict-title" tabindex="-1">${t.term('visits.conflict.title')}</h3>
    <p id="conflict-body">${t.term('visits.conflict.body', { subject: view.subject })}</p>
    <div class="versions">
      <div class="version" data-version="mine">
        <h4>${t.term('visits.conflict.mine')}</h4>
        <ul>${view.mine.map((line) => html`<li>${line}</li>`)}</ul>
      </div>
      <div class="version" data-version="theirs">
        <h4>${t.term('visits.conflict.theirs')}</h4>
        ${view.theirs ? html`<ul>${view.theirs.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${t.term('visits.conflict.gone')}</p>`}
      </div>
    </div>
    <div class="actions">
      <button type="button" class="primary" data-action="keep-mine" @click=${() => view.keepMine()}>${t.term('visits.conflict.keep-mine')}</button>
      <button type="button" data-action="take-theirs" @click=${() => view.takeTheirs()}>${t.term('visits.conflict.take-theirs')}</button>
      ${view.canEditMine ? html`<button type="button" data-action="edit-mine" @click=${() => view.editMine()}>${t.term('visits.conflict.edit-mine')}</button>` : nothing}
    </div>
  </section>`;
}
