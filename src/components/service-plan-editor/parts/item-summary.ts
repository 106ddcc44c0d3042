import { html, nothing, type TemplateResult } from 'lit';
import type { CaseParticipant } from '../../../model/participant.js';
import type { PlanItem } from '../../../model/service-plan/plan-item.js';
import { drawnOnce } from '../../shared/directives/drawn-once.js';
import { itemStatusLabel, personById } from '../labels.js';
import '../large-plan-messages.js';
import { ratioBar } from '../progress.js';
import { fieldId, type EditorView } from '../view.js';

/**
 * What the plan's progress says of an item: the model's of the item alone and today (`itemProgress`,
 * `overdueItems`), so a drawn line is kept by its item and today (see itemSummary).
 */
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
 * The button has no listener of its own: the plan's list handles every item's (`onItemToggle`).
 */
export function itemSummaryLine(view: EditorView, item: PlanItem, where: ItemLine, open: boolean): TemplateResult {
  const { t } = view;
  const dateOrDash = (value: string | undefined) => (value ? t.date(value) : '—');
  const who = responsibleName(view, item);
  return html`<header class="item-header item-line">
    <h4 id=${fieldId(`item.${item.id}.heading`)} tabindex="-1" class="item-name">
      <button type="button" class="disclosure details-toggle" id=${fieldId(`item.${item.id}.details`)} data-item-id=${item.id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${fieldId(`item.${item.id}.body`)}>${item.source.name}</button>
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

/**
 * Opens or closes the item whose summary button was clicked: one listener on the plan's list for every
 * item (a closed item's line is plain DOM, see `itemSummary`). Focus stays on the button.
 */
export function onItemToggle(view: EditorView): (event: Event) => void {
  return (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.details-toggle[data-item-id]');
    const itemId = button?.dataset['itemId'];
    if (!button || !itemId) return;
    const expanded = new Set(view.ui.expandedItems);
    if (button.getAttribute('aria-expanded') === 'true') expanded.delete(itemId);
    else expanded.add(itemId);
    view.setUi({ expandedItems: expanded });
    view.focusAfterRender(`#${button.id}`);
  };
}

/**
 * An editor's drawn lines, by item (an edited item's old line goes with it), valid while what they all
 * share stays: the language, the people, today. What else a line shows is the item's own (its progress
 * and lateness are the model's of the item and today: see ItemLine), so one element per item is all
 * that is kept (no record per line: with 5 000 items those were ~0.1 MB).
 */
interface DrawnLines {
  locale: string;
  lang: string;
  participants: readonly CaseParticipant[];
  today: string;
  lines: WeakMap<PlanItem, Element>;
}

/** Each editor's drawn lines, keyed by its localize controller (one per element). */
const drawnLines = new WeakMap<object, DrawnLines>();

/**
 * A closed item: its summary line, drawn once as plain DOM (no Lit parts: with 5 000 items those were
 * most of the editor's heap) and drawn again only when what it shows changed: the item (the model
 * replaces an edited item, never mutates it), today, the language, the people.
 */
export function itemSummary(view: EditorView, item: PlanItem, where: ItemLine): Element {
  const { t } = view;
  let drawn = drawnLines.get(t);
  if (!drawn || drawn.locale !== t.locale || drawn.lang !== t.lang || drawn.participants !== view.participants || drawn.today !== view.today) {
    drawn = { locale: t.locale, lang: t.lang, participants: view.participants, today: view.today, lines: new WeakMap() };
    drawnLines.set(t, drawn);
  }
  const known = drawn.lines.get(item);
  if (known) return known;
  const line = drawnOnce(html`<article part="item" class="item compact ${where.overdue ? 'overdue' : ''}" aria-labelledby=${fieldId(`item.${item.id}.heading`)} data-item-id=${item.id}>
    ${itemSummaryLine(view, item, where, false)}
  </article>`);
  drawn.lines.set(item, line);
  return line;
}
