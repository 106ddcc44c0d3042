import { html, nothing, type TemplateResult } from 'lit';
import type { PlanItem } from '../../../model/service-plan/plan-item.js';
import { itemStatusLabel, personById } from '../labels.js';
import '../large-plan-messages.js';
import { ratioBar } from '../progress.js';
import { fieldId, type EditorView } from '../view.js';

/** Where an item sits and what the plan's progress says of it. */
export interface ItemLine {
  overdue: boolean;
  ratio: number | undefined;
}

/** Who is responsible for an item, in words (undefined: nobody yet). */
function responsibleName(view: EditorView, item: PlanItem): string | undefined {
  const responsible = item.responsibility;
  if (responsible?.type === 'participant') return personById(view.t, view.participants, responsible.participantId);
  if (responsible?.type === 'org-user') return responsible.name;
  if (responsible?.type === 'caseworker') return view.t.term('spe.responsibility.caseworker');
  return undefined;
}

/**
 * An item's one summary line, the same closed or open (WAI-ARIA disclosure): its name is the button that
 * opens its details in place (aria-expanded, focus stays on it), then who, when, status and progress.
 */
export function itemSummaryLine(view: EditorView, item: PlanItem, where: ItemLine, open: boolean): TemplateResult {
  const { t } = view;
  const headingId = fieldId(`item.${item.id}.heading`);
  const toggleId = fieldId(`item.${item.id}.details`);
  const dateOrDash = (value: string | undefined) => (value ? t.date(value) : '—');
  const who = responsibleName(view, item);
  const toggle = () => {
    const expanded = new Set(view.ui.expandedItems);
    if (open) expanded.delete(item.id);
    else expanded.add(item.id);
    view.setUi({ expandedItems: expanded });
    view.focusAfterRender(`#${toggleId}`);
  };
  return html`<header class="item-header item-line">
    <h4 id=${headingId} tabindex="-1" class="item-name">
      <button type="button" class="disclosure details-toggle" id=${toggleId} aria-expanded=${open ? 'true' : 'false'} aria-controls=${fieldId(`item.${item.id}.body`)} @click=${toggle}>${item.source.name}</button>
    </h4>
    <span class="item-facts">
      <span class="item-who">${who ? t.term('spe.item.summary-responsible', { name: who }) : t.term('spe.responsibility.none')}</span>
      <span class="item-dates">${t.term('spe.item.summary-dates', { start: dateOrDash(item.expectedStart), end: dateOrDash(item.expectedEnd) })}</span>
    </span>
    <span class="badge">${itemStatusLabel(t, item.status)}</span>
    ${where.overdue ? html`<span class="badge danger" part="overdue">${t.term('common.status.overdue')}</span>` : nothing}
    ${item.kind === 'basic' ? ratioBar(t, t.term('spe.item.progress-named', { name: item.source.name }), where.ratio, 'item-progress') : nothing}
  </header>`;
}

/** A closed item: its summary line only. */
export function itemSummary(view: EditorView, item: PlanItem, where: ItemLine): TemplateResult {
  return html`<article part="item" class="item compact ${where.overdue ? 'overdue' : ''}" aria-labelledby=${fieldId(`item.${item.id}.heading`)} data-item-id=${item.id}>
    ${itemSummaryLine(view, item, where, false)}
  </article>`;
}
