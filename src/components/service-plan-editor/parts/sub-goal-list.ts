import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { keptNodes } from '../../shared/directives/kept-nodes.js';
import type { SubGoal } from '../../../model/service-plan/plan.js';
import type { PlanProgress, OverdueItem } from '../../../model/service-plan/progress.js';
import { field, fieldErrors, formValue, selectField } from '../field.js';
import { violationText } from '../labels.js';
import { ratioBar } from '../progress.js';
import { fieldId, type EditorView } from '../view.js';
import { addItemPart } from './add-item-form.js';
import { catalogPicker } from './catalog-picker.js';
import { planGroups } from './plan-groups.js';
import { onItemToggle } from './item-summary.js';
import { planItemEntry } from './plan-item-entry.js';
import { disclosureButton, isOpen, outlineSection } from './outline-section.js';
import { needLinks } from './need-links.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

export interface SubGoalListData {
  progress: PlanProgress | undefined;
  overdue: readonly OverdueItem[];
}

function move(view: EditorView, subGoal: SubGoal, toIndex: number): void {
  const { t, plan } = view;
  if (toIndex < 0 || toIndex >= plan.subGoals.length) return;
  if (view.edit({ type: 'move-sub-goal', subGoalId: subGoal.id, toIndex }, `subgoal.${subGoal.id}.move`)) {
    view.announce(t.term('spe.subgoal.moved', { title: subGoal.title, position: toIndex + 1, count: plan.subGoals.length }));
    view.focusAfterRender(`#${fieldId(`subgoal.${subGoal.id}.heading`)}`);
  }
}

type ItemSegment = { key: string; lines: Element[] } | { key: string; entry: TemplateResult };

/**
 * A sub-goal's items: each run of closed items' lines (plain DOM kept with each item) as one range of
 * nodes, each open item as a template of its own, keyed so an item that opens or moves keeps the rest
 * in place. No Lit part per closed item (with 5 000 items they were ~0.3 MB of the editor's heap).
 */
function itemList(entries: readonly { id: string; entry: TemplateResult | Element }[]): unknown {
  const segments: ItemSegment[] = [];
  for (const { id, entry } of entries) {
    const last = segments.at(-1);
    if (!(entry instanceof Element)) segments.push({ key: `item:${id}`, entry });
    else if (last && 'lines' in last) last.lines.push(entry);
    else segments.push({ key: `lines:${id}`, lines: [entry] });
  }
  return repeat(
    segments,
    (segment) => segment.key,
    (segment) => ('lines' in segment ? keptNodes(segment.lines) : segment.entry),
  );
}

function subGoalCard(view: EditorView, subGoal: SubGoal, index: number, data: SubGoalListData): TemplateResult {
  const { t, plan } = view;
  const path = ['subGoals', index] as const;
  const content = view.allows({ type: 'update-sub-goal', subGoalId: subGoal.id });
  const headingId = fieldId(`subgoal.${subGoal.id}.heading`);
  const summary = data.progress?.subGoals[subGoal.id];
  const group = plan.planGroups.find((candidate) => candidate.id === subGoal.planGroupId);
  const onRemove = async () => {
    if (!(await view.confirm(t.term('spe.subgoal.remove-confirm', { title: subGoal.title, count: subGoal.items.length }), t.term('common.remove')))) return;
    if (view.edit({ type: 'remove-sub-goal', subGoalId: subGoal.id }, `subgoal.${subGoal.id}.remove`)) {
      view.announce(t.term('spe.subgoal.removed', { title: subGoal.title }));
      const neighbour = plan.subGoals[index - 1] ?? plan.subGoals[index + 1];
      view.focusAfterRender(neighbour ? `#${fieldId(`subgoal.${neighbour.id}.heading`)}` : `#${fieldId('subgoal.new')}`);
    }
  };
  // Alt+Arrow keys move the sub-goal while focus is on its heading or move buttons.
  const onKeydown = (event: KeyboardEvent) => {
    if (!content || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(view, subGoal, index + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const missingItems = subGoal.items.length === 0;
  const overdueIds = new Set(data.overdue.map((entry) => entry.itemId));
  // Plain loops, not closures, read `data` here and in subGoalList: a closure reading it would put it in the
  // function's context, which the card's event listeners keep until the next render, and with it the
  // plan's progress (a record of every item: ~0.2 MB with 5 000 items).
  const entries: { id: string; entry: TemplateResult | Element }[] = [];
  for (let itemIndex = 0; itemIndex < subGoal.items.length; itemIndex += 1) {
    const item = subGoal.items[itemIndex]!;
    entries.push({ id: item.id, entry: planItemEntry(view, item, [...path, 'items', itemIndex], { subGoalId: subGoal.id, overdue: overdueIds.has(item.id), ratio: data.progress?.items[item.id] }) });
  }
  const ownProblems = ['title', 'description', 'planGroupId'].some((name) => view.violationsAt([...path, name], true).length > 0) || view.violationsAt([...path, 'items']).length > 0 || view.blockersAt([...path, 'items']).some((found) => found.path.length === path.length + 1);
  // Kept open while its add-item form holds typed text too: closing it would drop the form and the words.
  const open = isOpen(view, `subgoal:${subGoal.id}`, ownProblems || view.hasMessagesUnder(`subgoal.${subGoal.id}.`) || view.ui.addItemForms.get(subGoal.id) === true);
  const heading = t.term('spe.subgoal.numbered', { number: index + 1, title: subGoal.title });
  // Written tag against tag where the indentation would be a text node between two boxes of a flex line or
  // a block (never laid out nor read, but cloned and walked in every open: issue 18, round 10). Not after the
  // items: the buttons there are inline boxes, and the spaces between them are the gaps the user sees.
  return html`<li
    ><article part="sub-goal" class="card sub-goal ${open ? 'open' : 'closed'}" aria-labelledby=${headingId} data-sub-goal-id=${subGoal.id}
      ><header class="sub-goal-header" @keydown=${onKeydown}
        ><h3 id=${headingId} tabindex="-1">${disclosureButton(view, `subgoal:${subGoal.id}`, open, heading)}</h3
        >${group ? html`<span class="badge quiet"><bdi>${closedText(group.name)}</bdi></span>` : nothing}${content
          ? html`<div class="reorder" role="group" aria-label=${t.term('spe.subgoal.reorder', { title: subGoal.title })}
              ><button type="button" class="quiet" ?disabled=${index === 0} aria-label=${t.term('spe.subgoal.move-up', { title: subGoal.title })} aria-keyshortcuts="Alt+ArrowUp" @click=${() => move(view, subGoal, index - 1)}>↑</button
              ><button type="button" class="quiet" ?disabled=${index === plan.subGoals.length - 1} aria-label=${t.term('spe.subgoal.move-down', { title: subGoal.title })} aria-keyshortcuts="Alt+ArrowDown" @click=${() => move(view, subGoal, index + 1)}>↓</button
            ></div>`
          : nothing}${ratioBar(t, t.term('spe.subgoal.progress-named', { title: subGoal.title }), summary?.ratio, 'sub-goal-progress')}</header
      >${open
        ? html`<div class="sub-goal-body" id=${fieldId(`outline.subgoal:${subGoal.id}.body`)}
            >${field(view, { key: `subgoal.${subGoal.id}.title`, label: t.term('spe.subgoal.title'), labelTerm: 'spe.subgoal.title', value: subGoal.title, path: [...path, 'title'], required: true, disabled: !content, context: subGoal.title || undefined, commit: (title) => ({ type: 'update-sub-goal', subGoalId: subGoal.id, title }) })}${field(view, { key: `subgoal.${subGoal.id}.description`, label: t.term('spe.subgoal.description'), labelTerm: 'spe.subgoal.description', value: subGoal.description, path: [...path, 'description'], type: 'textarea', disabled: !content, context: subGoal.title || undefined, commit: (description) => ({ type: 'update-sub-goal', subGoalId: subGoal.id, description }) })}${plan.planGroups.length > 0
              ? selectField(view, {
                  key: `subgoal.${subGoal.id}.group`,
                  label: t.term('spe.subgoal.group'),
                  value: subGoal.planGroupId ?? '',
                  path: [...path, 'planGroupId'],
                  emptyLabel: t.term('spe.none'),
                  disabled: !content,
                  options: plan.planGroups.map((candidate) => ({ value: candidate.id, label: candidate.name })),
                  commit: (value) => ({ type: 'update-sub-goal', subGoalId: subGoal.id, planGroupId: value === '' ? null : value }),
                })
              : nothing}${needLinks(view, { scope: 'subgoal', id: subGoal.id, name: subGoal.title, addressesNeeds: subGoal.addressesNeeds, buildsOnStrengths: subGoal.buildsOnStrengths }, path)}</div>`
        : subGoal.description
          ? html`<p class="pre sub-goal-description" dir=${ifDefined(dominantDirection(subGoal.description))}>${closedText(subGoal.description)}</p>`
          : nothing}${missingItems ? html`<p class="notice">${violationText(t, { code: 'plan.sub-goal.items-missing', path: [...path, 'items'], params: { subGoal: subGoal.title } })}</p>` : nothing}<h4 class="visually-hidden">${t.term('spe.item.list', { title: subGoal.title })}</h4
      >${itemList(entries)}
      ${open && (content || view.ui.addItemForms.get(subGoal.id) === true)
        ? html`${addItemPart(view, subGoal, index, !content)}
            ${!content
              ? nothing
              : view.ui.pickerSubGoalId === subGoal.id
              ? catalogPicker(view, subGoal.id)
              : html`<button type="button" id=${fieldId(`subgoal.${subGoal.id}.open-catalog`)} aria-label=${t.term('spe.named-action', { action: t.term('spe.catalog.open'), name: subGoal.title })} @click=${() => view.setUi({ pickerSubGoalId: subGoal.id })}>
                  ${t.term('spe.catalog.open')}
                </button>`}
            ${content ? html`<button type="button" class="danger" aria-label=${t.term('spe.named-action', { action: t.term('spe.subgoal.remove'), name: subGoal.title })} @click=${onRemove}>${t.term('spe.subgoal.remove')}</button>` : nothing}
            ${fieldErrors(fieldId(`subgoal.${subGoal.id}.remove`), [...view.errorsFor(`subgoal.${subGoal.id}.remove`), ...view.errorsFor(`subgoal.${subGoal.id}.move`)])}`
        : nothing}
    </article>
  </li>`;
}

/** Sub-goals in order, each with its items; add, edit, reorder (buttons or Alt+Arrow keys), remove with confirmation. */
export function subGoalList(view: EditorView, given: SubGoalListData): TemplateResult {
  const { t, plan } = view;
  const data = given;
  const allowed = view.allows({ type: 'add-sub-goal', title: 'x' });
  const key = 'subgoal.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const title = formValue(form, 'title');
    const id = view.newId();
    if (view.edit({ type: 'add-sub-goal', id, title }, key)) {
      form.reset();
      // The sub-goal just added opens, with its form for the first plan item.
      view.setUi({ toggled: new Map(view.ui.toggled).set(`subgoal:${id}`, true) });
      view.announce(t.term('spe.subgoal.added', { title }));
      view.focusAfterRender(`#${fieldId(`subgoal.${id}.heading`)}`);
    }
  };
  const errors = view.errorsFor(key);
  // Keyed by sub-goal: a card that moves (or one removed above it) keeps its own DOM, and with it the text
  // typed in its add-item form.
  const cards: { id: string; card: TemplateResult }[] = [];
  for (let index = 0; index < plan.subGoals.length; index += 1) cards.push({ id: plan.subGoals[index]!.id, card: subGoalCard(view, plan.subGoals[index]!, index, data) });
  return html`<section part="sub-goals" class="sub-goals" aria-labelledby="sub-goals-heading">
    <h2 id="sub-goals-heading">${t.term('spe.subgoal.heading')}</h2>
    ${plan.planGroups.length > 0 || allowed
      ? html`<div class="outline-group">
          ${outlineSection(view, { key: 'plan-groups', label: t.term('spe.group.heading'), summary: t.list(plan.planGroups.map((group) => group.name)), paths: [['planGroups']], render: () => planGroups(view) })}
        </div>`
      : nothing}
    ${plan.subGoals.length === 0 ? html`<p class="hint">${t.term('spe.subgoal.none')}</p>` : nothing}
    <ol class="sub-goal-list" @click=${onItemToggle(view)}>
      ${repeat(
        cards,
        (entry) => entry.id,
        (entry) => entry.card,
      )}
    </ol>
    ${allowed
      ? html`<form data-entry-form class="inline-form add-sub-goal" part="add-sub-goal" @submit=${onSubmit}>
          <label for=${fieldId(key)}>${t.term('spe.subgoal.new')}</label>
          <input dir="auto" id=${fieldId(key)} name="title" data-path="subGoals" aria-invalid=${errors.length > 0 ? 'true' : 'false'} aria-describedby=${errors.length > 0 ? `${fieldId(key)}-error` : nothing} />
          <button type="submit">${t.term('spe.subgoal.add')}</button>
          ${fieldErrors(fieldId(key), errors)}
        </form>`
      : nothing}
  </section>`;
}
