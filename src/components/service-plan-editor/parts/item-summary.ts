import { itemCount } from '../../../model/service-plan/progress.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanItem } from '../../../model/service-plan/plan-item.js';
import { itemStatusLabel, personById } from '../labels.js';
import '../large-plan-messages.js';
import { ratioBar } from '../progress.js';
import { fieldId, type EditorView } from '../view.js';

/** A plan with more items than this shows each item as a one-line summary, its details on demand. */
export const COMPACT_ITEMS_FROM = 40;

export function itemCountOf(view: EditorView): number {
  return itemCount(view.plan);
}

/** The button that opens or closes an item's details in a large plan (focus stays on it). */
export function detailsToggle(view: EditorView, item: PlanItem, open: boolean): TemplateResult {
  const { t } = view;
  const toggle = () => {
    const expanded = new Set(view.ui.expandedItems);
    if (open) expanded.delete(item.id);
    else expanded.add(item.id);
    view.setUi({ expandedItems: expanded });
    view.focusAfterRender(`#${fieldId(`item.${item.id}.details`)}`);
  };
  return html`<button
    type="button"
    class="quiet details-toggle"
    id=${fieldId(`item.${item.id}.details`)}
    aria-expanded=${open ? 'true' : 'false'}
    aria-label=${t.term(open ? 'spe.item.hide-details-named' : 'spe.item.show-details-named', { name: item.source.name })}
    @click=${toggle}
  >
    ${t.term(open ? 'spe.item.hide-details' : 'spe.item.show-details')}
  </button>`;
}

/** One item of a large plan as a summary: name, status, dates, who is responsible, progress. */
export function itemSummary(view: EditorView, item: PlanItem, where: { overdue: boolean; ratio: number | undefined }): TemplateResult {
  const { t, participants } = view;
  const headingId = fieldId(`item.${item.id}.heading`);
  const dateOrDash = (value: string | undefined) => (value ? t.date(value) : '—');
  const responsible = item.responsibility;
  const who =
    responsible?.type === 'participant'
      ? personById(t, participants, responsible.participantId)
      : responsible?.type === 'org-user'
        ? responsible.name
        : responsible?.type === 'caseworker'
          ? t.term('spe.responsibility.caseworker')
          : undefined;
  return html`<article part="item" class="item compact ${where.overdue ? 'overdue' : ''}" aria-labelledby=${headingId} data-item-id=${item.id}>
    <header class="item-header">
      <h4 id=${headingId} tabindex="-1">${item.source.name}</h4>
      <span class="badge">${itemStatusLabel(t, item.status)}</span>
      ${where.overdue ? html`<span class="badge danger" part="overdue">${t.term('common.status.overdue')}</span>` : nothing}
      ${detailsToggle(view, item, false)}
    </header>
    <p class="item-facts">
      <span>${t.term('spe.item.summary-dates', { start: dateOrDash(item.expectedStart), end: dateOrDash(item.expectedEnd) })}</span>
      ${who ? html`<span>${t.term('spe.item.summary-responsible', { name: who })}</span>` : nothing}
    </p>
    ${item.kind === 'basic' ? ratioBar(t, t.term('spe.item.progress'), where.ratio, 'item-progress') : nothing}
  </article>`;
}
