import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { outcomeRating } from './outcome-rating.js';
import { itemStatusTransitions } from '../../../model/service-plan/item-status.js';
import type { PlanItem, PlanItemStatus } from '../../../model/service-plan/plan-item.js';
import type { ItemChanges } from '../../../model/service-plan/edits.js';
import { field, fieldErrors, selectField } from '../field.js';
import { itemStatusLabel, label, personById, personLabel, violationText } from '../labels.js';
import { fieldId, type EditorView, type FieldPath } from '../view.js';
import { itemSummaryLine } from './item-summary.js';
import { responsibilitySelect } from './responsibility-select.js';
import { needLinks } from './need-links.js';
import { appointmentsPart } from './appointments.js';
import { unitDeliveries } from './unit-deliveries.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

function responsibilityFields(view: EditorView, item: PlanItem, path: FieldPath, disabled: boolean): TemplateResult {
  return responsibilitySelect(view, {
    key: `item.${item.id}.responsibility`,
    current: item.responsibility,
    path: [...path, 'responsibility'],
    disabled,
    context: item.source.name,
    commit: (responsibility) => ({ type: 'update-item', itemId: item.id, changes: { responsibility: responsibility ?? null } }),
  });
}

function participantsNeeded(view: EditorView, item: PlanItem, path: FieldPath, disabled: boolean): TemplateResult {
  const { t, plan, participants } = view;
  const members = participants.filter((participant) => plan.participantIds.includes(participant.id));
  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...item.participantsNeeded, id] : item.participantsNeeded.filter((entry) => entry !== id);
    view.edit({ type: 'update-item', itemId: item.id, changes: { participantsNeeded: next } }, `item.${item.id}.participantsNeeded`);
  };
  const problems = view.violationsAt(path, true).map((found) => violationText(t, found));
  return html`<fieldset class="checks">
    <legend>${t.term('spe.item.participants-needed')}<span class="visually-hidden"> ${t.term('spe.field.of-item', { name: item.source.name })}</span></legend>
    ${fieldErrors(fieldId(`item.${item.id}.participantsNeeded`), problems)}
    ${members.length === 0 ? html`<p class="hint">${t.term('spe.people.no-members')}</p>` : nothing}
    ${members.map(
      (member) => html`<label class="check">
        <input
          type="checkbox"
          .checked=${item.participantsNeeded.includes(member.id)}
          ?disabled=${disabled}
          @change=${(event: Event) => toggle(member.id, (event.target as HTMLInputElement).checked)}
        />
        ${personLabel(t, member)}
      </label>`,
    )}
  </fieldset>`;
}

function costFields(view: EditorView, item: PlanItem, path: FieldPath, disabled: boolean): TemplateResult {
  const { t } = view;
  const currency = item.cost?.currency ?? 'USD';
  const key = `item.${item.id}.cost`;
  return html`<div class="row">
    ${field(view, {
      key,
      label: t.term('spe.item.cost'), labelTerm: 'spe.item.cost',
      value: item.cost === undefined ? '' : String(item.cost.amount),
      path: [...path, 'cost', 'amount'],
      type: 'number',
      step: '0.01',
      disabled,
      context: item.source.name,
      commit: (value) => ({ type: 'update-item', itemId: item.id, changes: { cost: value === '' ? null : { amount: Number(value), currency } } }),
    })}
    ${field(view, {
      key: `${key}.currency`,
      label: t.term('spe.item.currency'), labelTerm: 'spe.item.currency',
      value: currency,
      path: [...path, 'cost', 'currency'],
      disabled: disabled || item.cost === undefined,
      commit: (value) => (item.cost ? { type: 'update-item', itemId: item.id, changes: { cost: { amount: item.cost.amount, currency: value.trim().toUpperCase() } } } : undefined),
    })}
  </div>`;
}

/**
 * Moving an item with the keyboard (as the model allows in this status): up and down within its sub-goal,
 * or to the end of another sub-goal. Focus stays on the moved item's name.
 */
function itemMoves(view: EditorView, item: PlanItem, path: FieldPath, subGoalId: string): TemplateResult | typeof nothing {
  const { t, plan } = view;
  if (!view.allows({ type: 'move-item', itemId: item.id, toIndex: 0 })) return nothing;
  const subGoal = plan.subGoals.find((candidate) => candidate.id === subGoalId);
  const index = Number(path[path.length - 1]);
  const key = `item.${item.id}.move`;
  const move = (toIndex: number, toSubGoalId?: string) => {
    if (!view.edit({ type: 'move-item', itemId: item.id, toIndex, ...(toSubGoalId ? { toSubGoalId } : {}) }, key)) return;
    const target = plan.subGoals.find((candidate) => candidate.id === (toSubGoalId ?? subGoalId));
    view.announce(t.term('spe.item.moved', { name: item.source.name, subGoal: target?.title ?? '', position: toIndex + 1 }));
    view.focusAfterRender(`#${fieldId(`item.${item.id}.details`)}`);
  };
  const others = plan.subGoals.filter((candidate) => candidate.id !== subGoalId);
  return html`<div class="item-moves" role="group" aria-label=${t.term('spe.item.move-group', { name: item.source.name })}>
    <button type="button" class="quiet" ?disabled=${index === 0} aria-label=${t.term('spe.item.move-up', { name: item.source.name })} @click=${() => move(index - 1)}>↑</button>
    <button type="button" class="quiet" ?disabled=${index >= (subGoal?.items.length ?? 1) - 1} aria-label=${t.term('spe.item.move-down', { name: item.source.name })} @click=${() => move(index + 1)}>↓</button>
    ${others.length > 0
      ? html`<label for=${fieldId(key)}>${t.term('spe.item.move-to')}<span class="visually-hidden"> ${t.term('spe.field.of-item', { name: item.source.name })}</span></label>
          <select
            id=${fieldId(key)}
            @change=${(event: Event) => {
              const select = event.target as HTMLSelectElement;
              const target = others.find((candidate) => candidate.id === select.value);
              select.value = '';
              if (target) move(target.items.length, target.id);
            }}
          >
            <option value="">${t.term('spe.choose')}</option>
            ${others.map((candidate) => html`<option value=${candidate.id}>${candidate.title}</option>`)}
          </select>`
      : nothing}
    ${fieldErrors(fieldId(key), view.errorsFor(key))}
  </div>`;
}

/** One plan item with every field: dates, outcomes, cost, who is responsible and needed, instructions, status. */
export function planItem(view: EditorView, item: PlanItem, path: FieldPath, where: { subGoalId: string; overdue: boolean; ratio: number | undefined }): TemplateResult {
  const { overdue, ratio } = where;
  const { t, participants } = view;
  const content = !view.allows({ type: 'update-item', itemId: item.id, changes: { expectedOutcome: '' } });
  const progress = !view.allows({ type: 'update-item', itemId: item.id, changes: { actualOutcome: '' } });
  const statusAllowed = view.allows({ type: 'set-item-status', itemId: item.id, status: 'in-progress' });
  const custom = item.source.type === 'custom';
  const headingId = fieldId(`item.${item.id}.heading`);
  const update = (changes: ItemChanges) => ({ type: 'update-item' as const, itemId: item.id, changes });
  const dateField = (name: 'expectedStart' | 'expectedEnd' | 'actualStart' | 'actualEnd', disabled: boolean) =>
    field(view, {
      key: `item.${item.id}.${name}`,
      label: t.term(`spe.item.${name}`), labelTerm: `spe.item.${name}`,
      value: item[name] ?? '',
      path: [...path, name],
      type: 'date',
      disabled,
      context: item.source.name,
      commit: (value) => update({ [name]: value === '' ? null : value }),
    });
  const textArea = (name: 'expectedOutcome' | 'actualOutcome' | 'clientInstructions' | 'workerSteps', disabled: boolean) =>
    field(view, { key: `item.${item.id}.${name}`, label: t.term(`spe.item.${name}`), labelTerm: `spe.item.${name}`, value: item[name], path: [...path, name], type: 'textarea', disabled, context: item.source.name, commit: (value) => update({ [name]: value }) });
  const onRemove = async () => {
    if (!(await view.confirm(t.term('spe.item.remove-confirm', { name: item.source.name }), t.term('common.remove')))) return;
    if (view.edit({ type: 'remove-item', itemId: item.id }, `item.${item.id}.remove`)) {
      view.announce(t.term('spe.item.removed', { name: item.source.name }));
      view.focusAfterRender(`#${fieldId(`subgoal.${where.subGoalId}.heading`)}`);
    }
  };
  const statusOptions = [item.status, ...itemStatusTransitions[item.status]].map((status) => ({ value: status, label: itemStatusLabel(t, status) }));
  const service = item.linkedService ? view.catalog.find((entry) => entry.id === item.linkedService?.serviceId) : undefined;
  const itemErrors = view.errorsFor(`item.${item.id}.remove`);
  return html`<article part="item" class="item open ${overdue ? 'overdue' : ''}" aria-labelledby=${headingId} data-item-id=${item.id}>
    ${itemSummaryLine(view, item, { overdue, ratio }, true)}
    <div class="item-body" id=${fieldId(`item.${item.id}.body`)} role="group" aria-labelledby=${headingId}>
    <p class="item-kind">
      <span class="badge quiet">${t.term(item.source.type === 'template' ? 'spe.item.from-template' : 'spe.item.custom')}</span>
      ${item.kind === 'unit-delivery' ? html`<span class="badge quiet">${t.term('spe.item.unit-delivery')}</span>` : nothing}
    </p>
    ${custom
      ? html`<div class="row">
          ${field(view, { key: `item.${item.id}.name`, label: t.term('spe.item.name'), labelTerm: 'spe.item.name', value: item.source.name, path: [...path, 'source', 'name'], required: true, disabled: content, context: item.source.name, commit: (name) => update({ name }) })}
          ${field(view, { key: `item.${item.id}.purpose`, label: t.term('spe.item.purpose'), labelTerm: 'spe.item.purpose', value: item.source.purpose, path: [...path, 'source', 'purpose'], required: true, disabled: content, context: item.source.name, commit: (purpose) => update({ purpose }) })}
        </div>`
      : html`<p class="purpose"><strong>${label(t, t.term('spe.item.purpose'))}</strong> <span class="pre" dir=${ifDefined(dominantDirection(item.source.purpose))}>${closedText(item.source.purpose)}</span></p>`}
    ${service
      ? html`<p class="service" part="linked-service">
          ${t.term('spe.item.service', { service: service.name, people: t.list((item.linkedService?.participantIds ?? []).map((id) => personById(t, participants, id))) })}
        </p>`
      : nothing}
    ${fieldErrors(fieldId(`item.${item.id}.service`), view.violationsAt([...path, 'linkedService'], true).map((found) => violationText(t, found)))}
    ${selectField(view, {
      key: `item.${item.id}.status`,
      label: t.term('spe.item.status'),
      value: item.status,
      path: [...path, 'status'],
      disabled: !statusAllowed,
      context: item.source.name,
      options: statusOptions,
      commit: (status) => ({ type: 'set-item-status', itemId: item.id, status: status as PlanItemStatus }),
    })}
    ${outcomeRating(view, item, path, !view.allows({ type: 'rate-item-outcome', itemId: item.id, level: null }))}
    <div class="row">${dateField('expectedStart', content)} ${dateField('expectedEnd', content)}</div>
    <div class="row">${dateField('actualStart', progress)} ${dateField('actualEnd', progress)}</div>
    ${responsibilityFields(view, item, path, content)} ${participantsNeeded(view, item, [...path, 'participantsNeeded'], content)} ${costFields(view, item, path, content)}
    ${needLinks(view, { scope: 'item', id: item.id, name: item.source.name, addressesNeeds: item.addressesNeeds, buildsOnStrengths: item.buildsOnStrengths }, path)}
    ${textArea('expectedOutcome', content)} ${textArea('actualOutcome', progress)} ${textArea('clientInstructions', content)} ${textArea('workerSteps', content)}
    ${item.kind === 'unit-delivery' ? unitDeliveries(view, item, path) : nothing} ${appointmentsPart(view, item, path)}
    ${itemMoves(view, item, path, where.subGoalId)}
    ${view.allows({ type: 'remove-item', itemId: item.id })
      ? html`<div class="item-actions">
          <button type="button" class="danger" aria-label=${t.term('spe.named-action', { action: t.term('spe.item.remove'), name: item.source.name })} @click=${onRemove}>${t.term('spe.item.remove')}</button>
          ${fieldErrors(fieldId(`item.${item.id}.remove`), itemErrors)}
        </div>`
      : nothing}
    </div>
  </article>`;
}
