import { html, nothing, type TemplateResult } from 'lit';
import { outcomeRating } from './outcome-rating.js';
import { itemStatusTransitions } from '../../../model/service-plan/item-status.js';
import type { PlanItem, PlanItemStatus } from '../../../model/service-plan/plan-item.js';
import type { ItemChanges } from '../../../model/service-plan/edits.js';
import { field, fieldErrors, selectField } from '../field.js';
import { itemStatusLabel, label, personById, personLabel, violationText } from '../labels.js';
import { ratioBar } from '../progress.js';
import { fieldId, type EditorView, type FieldPath } from '../view.js';
import { detailsToggle } from './item-summary.js';
import { responsibilitySelect } from './responsibility-select.js';
import { needLinks } from './need-links.js';
import { appointmentsPart } from './appointments.js';
import { unitDeliveries } from './unit-deliveries.js';

function responsibilityFields(view: EditorView, item: PlanItem, path: FieldPath, disabled: boolean): TemplateResult {
  return responsibilitySelect(view, {
    key: `item.${item.id}.responsibility`,
    current: item.responsibility,
    path: [...path, 'responsibility'],
    disabled,
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
    <legend>${t.term('spe.item.participants-needed')}</legend>
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
      label: t.term('spe.item.cost'),
      value: item.cost === undefined ? '' : String(item.cost.amount),
      path: [...path, 'cost', 'amount'],
      type: 'number',
      step: '0.01',
      disabled,
      commit: (value) => ({ type: 'update-item', itemId: item.id, changes: { cost: value === '' ? null : { amount: Number(value), currency } } }),
    })}
    ${field(view, {
      key: `${key}.currency`,
      label: t.term('spe.item.currency'),
      value: currency,
      path: [...path, 'cost', 'currency'],
      disabled: disabled || item.cost === undefined,
      commit: (value) => (item.cost ? { type: 'update-item', itemId: item.id, changes: { cost: { amount: item.cost.amount, currency: value.trim().toUpperCase() } } } : undefined),
    })}
  </div>`;
}

/** One plan item with every field: dates, outcomes, cost, who is responsible and needed, instructions, status. */
export function planItem(view: EditorView, item: PlanItem, path: FieldPath, where: { subGoalId: string; overdue: boolean; ratio: number | undefined; detailsToggle?: boolean }): TemplateResult {
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
      label: t.term(`spe.item.${name}`),
      value: item[name] ?? '',
      path: [...path, name],
      type: 'date',
      disabled,
      commit: (value) => update({ [name]: value === '' ? null : value }),
    });
  const textArea = (name: 'expectedOutcome' | 'actualOutcome' | 'clientInstructions' | 'workerSteps', disabled: boolean) =>
    field(view, { key: `item.${item.id}.${name}`, label: t.term(`spe.item.${name}`), value: item[name], path: [...path, name], type: 'textarea', disabled, commit: (value) => update({ [name]: value }) });
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
  return html`<article part="item" class="item ${overdue ? 'overdue' : ''}" aria-labelledby=${headingId} data-item-id=${item.id}>
    <header class="item-header">
      <h4 id=${headingId} tabindex="-1">${item.source.name}</h4>
      <span class="badge">${itemStatusLabel(t, item.status)}</span>
      ${overdue ? html`<span class="badge danger" part="overdue">${t.term('common.status.overdue')}</span>` : nothing}
      <span class="badge quiet">${t.term(item.source.type === 'template' ? 'spe.item.from-template' : 'spe.item.custom')}</span>
      ${item.kind === 'unit-delivery' ? html`<span class="badge quiet">${t.term('spe.item.unit-delivery')}</span>` : nothing}
      ${where.detailsToggle ? detailsToggle(view, item, true) : nothing}
    </header>
    ${item.kind === 'basic' ? ratioBar(t, t.term('spe.item.progress'), ratio, 'item-progress') : nothing}
    ${custom
      ? html`<div class="row">
          ${field(view, { key: `item.${item.id}.name`, label: t.term('spe.item.name'), value: item.source.name, path: [...path, 'source', 'name'], required: true, disabled: content, commit: (name) => update({ name }) })}
          ${field(view, { key: `item.${item.id}.purpose`, label: t.term('spe.item.purpose'), value: item.source.purpose, path: [...path, 'source', 'purpose'], required: true, disabled: content, commit: (purpose) => update({ purpose }) })}
        </div>`
      : html`<p class="purpose"><strong>${label(t, t.term('spe.item.purpose'))}</strong> <span class="pre">${item.source.purpose}</span></p>`}
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
    ${view.allows({ type: 'remove-item', itemId: item.id })
      ? html`<div class="item-actions">
          <button type="button" class="danger" aria-label=${t.term('spe.named-action', { action: t.term('spe.item.remove'), name: item.source.name })} @click=${onRemove}>${t.term('spe.item.remove')}</button>
          ${fieldErrors(fieldId(`item.${item.id}.remove`), itemErrors)}
        </div>`
      : nothing}
  </article>`;
}
