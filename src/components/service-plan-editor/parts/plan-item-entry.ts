import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { PlanItem } from '../../../model/service-plan/plan-item.js';
import type { EditorView, FieldPath } from '../view.js';
import { itemSummary } from './item-summary.js';
import { planItem } from './plan-item.js';

export interface ItemPlace {
  subGoalId: string;
  overdue: boolean;
  ratio: number | undefined;
}

/**
 * One plan item: its summary line, and its details when opened (or when something is wrong in them), at
 * every plan size. Re-rendered only when something it shows changed: with 1 000
 * items, an edit elsewhere must not rebuild the other 999 templates (an open item through `guard`, a
 * closed one's line kept with the item). The plan's items are replaced,
 * never mutated, by an edit (the model copies), so an unchanged item keeps its identity.
 */
export function planItemEntry(view: EditorView, item: PlanItem, path: FieldPath, place: ItemPlace): TemplateResult | Element {
  const { t } = view;
  const problems = [...view.violationsAt(path, true), ...view.blockersAt(path)];
  const hasMessages = view.hasMessagesUnder(`item.${item.id}.`);
  const open = view.ui.expandedItems.has(item.id) || problems.length > 0 || hasMessages;
  // A closed item is its summary line, plain DOM kept by the item itself (see itemSummary).
  if (!open) return itemSummary(view, item, place);
  const permissions = [
    view.allows({ type: 'update-item', itemId: item.id, changes: { expectedOutcome: '' } }),
    view.allows({ type: 'update-item', itemId: item.id, changes: { actualOutcome: '' } }),
    view.allows({ type: 'set-item-status', itemId: item.id, status: 'in-progress' }),
    view.allows({ type: 'remove-item', itemId: item.id }),
    view.allows({ type: 'rate-item-outcome', itemId: item.id, level: null }),
  ].join();
  const dependencies = [
    item,
    path.join('.'),
    place.overdue,
    place.ratio,
    permissions,
    t.locale,
    t.lang,
    view.today,
    view.plan.participantIds,
    view.plan.needs,
    view.plan.strengths,
    view.participants,
    view.staff,
    view.caseRecords?.contacts,
    view.catalog,
    view.outcomeScale,
    view.ui.expandedItems.has(`${item.id}:org`),
    problems.map((found) => `${found.code}@${found.path.join('.')}`).join('|'),
    hasMessages ? view.messagesStamp : 0,
  ];
  return guard(dependencies, () => planItem(view, item, path, place)) as TemplateResult;
}
