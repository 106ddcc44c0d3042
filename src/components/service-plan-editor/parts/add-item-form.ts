import { html, nothing, type TemplateResult } from 'lit';
import { addItemFromTemplate } from '../../../model/service-plan/edits.js';
import type { PlanItemKind } from '../../../model/catalog.js';
import { fieldErrors, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';
import { violationText } from '../labels.js';
import type { Violation } from '../../../model/shared/violation.js';
import type { SubGoal } from '../../../model/service-plan/plan.js';
import { responsibilityFromKey } from '../../../model/service-plan/responsibility.js';
import { holdsTyping } from '../../shared/directives/typed-value.js';
import { choicesFor, responsibilitySelect } from './responsibility-select.js';

const CUSTOM = 'custom';

/**
 * Where a plan item is added to a sub-goal: a button naming the sub-goal until the form is asked for (50
 * open sub-goals' forms were ~0.6 MB of a 5 000-item plan's heap, and a form is used for a moment), the
 * form itself once asked for, or by itself for a sub-goal with no items yet (its first item is what it
 * needs next). An open form stays open after an item is added (the next one is often on its way) and
 * while it holds typed text.
 */
export function addItemPart(view: EditorView, subGoal: SubGoal, subGoalIndex: number, disabled = false): TemplateResult {
  const { t } = view;
  const empty = subGoal.items.length === 0;
  if (empty || view.ui.addItemForms.has(subGoal.id)) return addItemForm(view, subGoal, subGoalIndex, !empty, disabled);
  const key = `subgoal.${subGoal.id}.add-item`;
  const onOpen = () => {
    view.setUi({ addItemForms: new Map(view.ui.addItemForms).set(subGoal.id, false) });
    view.focusAfterRender(`#${fieldId(key)}-source`);
  };
  // data-path: a message about the sub-goal's items leads here while the form is closed.
  return html`<button type="button" class="add-item-open" id=${fieldId(`${key}.open`)} data-path="subGoals.${subGoalIndex}.items" aria-label=${t.term('spe.item.add-open', { title: subGoal.title })} @click=${onOpen}>
    ${t.term('spe.item.add-heading')}
  </button>`;
}

/**
 * The outline's choices with the sub-goal open: whoever works in its form is working in it. A click on its
 * heading while the typed text held it open recorded "closed"; without this, the sub-goal would fold away
 * under the focus when the form is emptied, cancelled or used (focus would fall to the page).
 */
function subGoalKeptOpen(view: EditorView, subGoalId: string): Map<string, boolean> {
  const key = `subgoal:${subGoalId}`;
  return view.ui.toggled.get(key) === false ? new Map(view.ui.toggled).set(key, true) : view.ui.toggled;
}

/** Whether any of a form's controls holds anything typed (text, a textarea, "12e" in a number field). */
function holdsText(form: HTMLFormElement): boolean {
  return [...form.elements].some(holdsTyping);
}

/**
 * Adds a plan item to a sub-goal: from an administrative template (name and purpose fixed) or custom (typed).
 * `closable`: Cancel (and Escape while it is empty) closes it, focus back on the button that opened it; a sub-goal with no
 * items keeps it. `disabled`: the plan may not take items now (a conflict to settle, a status changed
 * elsewhere) while the form holds typed text: the text stays, greyed, until items may be added again.
 */
function addItemForm(view: EditorView, subGoal: SubGoal, subGoalIndex: number, closable: boolean, disabled: boolean): TemplateResult {
  const { t, templates } = view;
  const subGoalId = subGoal.id;
  const key = `subgoal.${subGoalId}.add-item`;
  const id = fieldId(key);
  // What the model refused, each message at the control it is about (the name's at the name, the purpose's at the purpose...).
  const refused = view.refusedAt(key);
  const controlOf = (found: Violation) => String(found.path.at(-1));
  const ownControls = ['name', 'purpose', 'unitsAuthorized', 'unitType'];
  const errorsAt = (control: string) => [...new Set(refused.filter((found) => controlOf(found) === control).map((found) => violationText(t, found)))];
  const errors = [...new Set(refused.filter((found) => !ownControls.includes(controlOf(found))).map((found) => violationText(t, found)))];
  const invalid = (control: string) => (errorsAt(control).length > 0 ? 'true' : 'false');
  const describedBy = (control: string) => (errorsAt(control).length > 0 ? `${id}-${control}-error` : nothing);
  // The form is kept open (and its sub-goal too) while it holds text: no typed word goes with a re-render.
  const onInput = (event: Event) => {
    const typed = holdsText(event.currentTarget as HTMLFormElement);
    if (view.ui.addItemForms.get(subGoalId) !== typed) view.setUi({ addItemForms: new Map(view.ui.addItemForms).set(subGoalId, typed), toggled: subGoalKeptOpen(view, subGoalId) });
  };
  const close = () => {
    const forms = new Map(view.ui.addItemForms);
    forms.delete(subGoalId);
    view.forgetRefused(key);
    view.setUi({ addItemForms: forms, toggled: subGoalKeptOpen(view, subGoalId) });
    view.focusAfterRender(`#${fieldId(`${key}.open`)}`);
  };
  // Escape closes an empty form only: one key must not throw away a half-typed item (Cancel says it).
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !closable || holdsText(event.currentTarget as HTMLFormElement)) return;
    event.preventDefault();
    close();
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const source = formValue(form, 'source');
    const itemId = view.newId();
    const template = templates.find((candidate) => candidate.id === source);
    const unitsText = formValue(form, 'unitsAuthorized');
    const units = unitsText === '' ? undefined : Number(unitsText);
    const responsibility = responsibilityFromKey(formValue(form, `${key}.responsibility`), choicesFor(view));
    const who = responsibility ? { responsibility } : {};
    const edit = template
      ? addItemFromTemplate(subGoalId, template, { id: itemId, ...who, ...(units !== undefined && template.kind === 'unit-delivery' ? { unitsAuthorized: units } : {}) })
      : {
          type: 'add-item' as const,
          subGoalId,
          id: itemId,
          source: { type: 'custom' as const, name: formValue(form, 'name'), purpose: formValue(form, 'purpose') },
          kind: formValue(form, 'kind') as PlanItemKind,
          ...(formValue(form, 'kind') === 'unit-delivery' && units !== undefined ? { unitsAuthorized: units } : {}),
          ...(formValue(form, 'kind') === 'unit-delivery' && formValue(form, 'unitType').trim() !== '' ? { unitType: formValue(form, 'unitType') } : {}),
          ...who,
        };
    if (view.edit(edit, key)) {
      form.reset();
      // The item just added opens (its dates and who is responsible are filled in next), and the form
      // stays open with focus on its first field: a caseworker often adds several items in a row.
      view.setUi({ expandedItems: new Set([...view.ui.expandedItems, itemId]), addItemForms: new Map(view.ui.addItemForms).set(subGoalId, false), toggled: subGoalKeptOpen(view, subGoalId) });
      view.announce(t.term('spe.item.added', { name: edit.source.name }));
      view.focusAfterRender(`#${id}-source`);
    }
  };
  return html`<form data-entry-form class="add-item" part="add-item" @submit=${onSubmit} @input=${onInput} @keydown=${onKeydown}>
    <fieldset ?disabled=${disabled}>
      <legend id="${id}-legend">${subGoal.title ? t.term('spe.item.add-open', { title: subGoal.title }) : t.term('spe.item.add-heading')}</legend>
      <div class="row">
        <div class="field">
          <label for="${id}-source">${t.term('spe.item.source')}</label>
          <select id="${id}-source" name="source">
            <option value=${CUSTOM}>${t.term('spe.item.custom-option')}</option>
            ${templates.map((template) => html`<option value=${template.id} data-kind=${template.kind}>${template.name}${template.kind === 'unit-delivery' ? ` (${t.term('spe.item.unit-delivery')})` : ''}</option>`)}
          </select>
          <p class="hint">${t.term('spe.item.source-hint')}</p>
        </div>
        <div class="field custom-only">
          <label for="${id}-kind">${t.term('spe.item.kind')}</label>
          <select id="${id}-kind" name="kind">
            <option value="basic">${t.term('spe.item.basic')}</option>
            <option value="unit-delivery">${t.term('spe.item.unit-delivery')}</option>
          </select>
        </div>
      </div>
      <div class="row custom-only">
        <div class="field">
          <label for="${id}-name">${t.term('spe.item.name')}</label>
          <input dir="auto" id="${id}-name" name="name" data-path="subGoals.${subGoalIndex}.items" aria-invalid=${invalid('name')} aria-describedby=${describedBy('name')} />
          ${fieldErrors(`${id}-name`, errorsAt('name'))}
        </div>
        <div class="field">
          <label for="${id}-purpose">${t.term('spe.item.purpose')}</label>
          <input dir="auto" id="${id}-purpose" name="purpose" aria-invalid=${invalid('purpose')} aria-describedby=${describedBy('purpose')} />
          ${fieldErrors(`${id}-purpose`, errorsAt('purpose'))}
        </div>
      </div>
      <div class="row units">
        <div class="field">
          <label for="${id}-units">${t.term('spe.delivery.units-authorized')}</label>
          <input id="${id}-units" name="unitsAuthorized" type="number" min="0" step="1" aria-invalid=${invalid('unitsAuthorized')} aria-describedby=${describedBy('unitsAuthorized')} />
          ${fieldErrors(`${id}-unitsAuthorized`, errorsAt('unitsAuthorized'))}
        </div>
        <div class="field custom-only">
          <label for="${id}-unit-type">${t.term('spe.delivery.unit-type')}</label>
          <input dir="auto" id="${id}-unit-type" name="unitType" aria-invalid=${invalid('unitType')} aria-describedby=${describedBy('unitType')} />
          ${fieldErrors(`${id}-unitType`, errorsAt('unitType'))}
        </div>
      </div>
      <div class="row">${responsibilitySelect(view, { key: `${key}.responsibility`, current: undefined, disabled: false })}</div>
      <div class="button-row">
        <button type="submit" id=${id}>${t.term('spe.item.add')}</button>
        ${closable ? html`<button type="button" class="quiet" @click=${close}>${t.term('common.cancel')}</button>` : nothing}
      </div>
      ${fieldErrors(id, errors)}
    </fieldset>
  </form>`;
}
