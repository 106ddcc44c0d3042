import { html, nothing, type TemplateResult } from 'lit';
import type { PlanChange } from '../../../model/service-plan/diff.js';
import type { ServicePlanRevision } from '../../../model/service-plan/plan.js';
import { changeText } from '../labels.js';
import type { EditorView } from '../view.js';
import { planDocument } from './plan-document.js';

/** The history of every save, from the shared history panel: a button that opens it, and the panel when open. */
export interface SaveHistory {
  open: boolean;
  show(): void;
  panel: TemplateResult | typeof nothing;
}

/**
 * Earlier versions of the plan, kept readable: pick one to read it as it stood and to see what changed
 * from it to the next version. Below them, the history of every save (who, when, what changed, and the
 * versions set aside in conflicts).
 */
export function versionsPanel(view: EditorView, revisions: readonly ServicePlanRevision[], changesFrom: (revision: number) => PlanChange[] | undefined, history: SaveHistory): TemplateResult {
  const { t, plan, participants, catalog, ui } = view;
  const saves = html`${history.open
    ? history.panel
    : html`<div class="actions"><button type="button" data-action="history" aria-expanded="false" @click=${() => history.show()}>${t.term('history.open')}</button></div>`}`;
  if (revisions.length === 0) return html`<section part="versions" class="card" aria-label=${t.term('history.open')}>${saves}</section>`;
  const shown = revisions.find((revision) => revision.revision === ui.shownRevision);
  const changes = shown ? changesFrom(shown.revision) : undefined;
  return html`<section part="versions" class="card" aria-labelledby="versions-heading">
    <h2 id="versions-heading">${t.term('spe.versions.heading')}</h2>
    <ul class="versions">
      ${revisions.map(
        (revision) => html`<li>
          <button type="button" class="link" aria-pressed=${ui.shownRevision === revision.revision ? 'true' : 'false'} @click=${() => view.setUi({ shownRevision: ui.shownRevision === revision.revision ? undefined : revision.revision })}>
            ${t.term('spe.versions.entry', { number: revision.revision, date: t.date(revision.supersededAt), reason: t.term(`spe.revision-reason.${revision.reason}`) })}
          </button>
        </li>`,
      )}
      <li>${t.term('spe.versions.current', { number: plan.revision })}</li>
    </ul>
    ${shown
      ? html`<div class="version-view" part="version-view">
          <h3>${t.term('spe.versions.changes', { from: shown.revision, to: shown.revision + 1 })}</h3>
          ${changes && changes.length > 0
            ? html`<ul class="changes" part="changes">${changes.map((change) => html`<li>${changeText(t, change)}</li>`)}</ul>`
            : html`<p>${t.term('spe.versions.no-changes')}</p>`}
          ${planDocument({ t, plan: shown.plan, participants, catalog, idPrefix: `revision-${shown.revision}`, part: 'version-document' })}
        </div>`
      : nothing}
    ${saves}
  </section>`;
}
