import { html, nothing, type TemplateResult } from 'lit';
import { addItemFromTemplate } from '../../../model/service-plan/edits.js';
import type { PlanItemKind } from '../../../model/catalog.js';
import { fieldErrors, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';
import { violationText } from '../labels.js';
import type { Violation } from '../../../model/shared/violation.js';
import { responsibilityFromKey } from '../../../model/service-plan/responsibility.js';
import { choicesFor, responsibilitySelect } from './responsibility-select.js';

const CUSTOM = 'custom';

/** Adds a plan item to a sub-goal: from an administrative template (name and purpose fixed) or custom (typed). */
export function addItemForm(view: EditorView, subGoalId: string, subGoalIndex: number): TemplateResult {
  const { t, templates } = view;
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
      // The item just added opens, so its dates and who is responsible can be filled in at once.
      view.setUi({ expandedItems: new Set([...view.ui.expandedItems, itemId]) });
      view.announce(t.term('spe.item.added', { name: edit.source.name }));
      view.focusAfterRender(`#${fieldId(`item.${itemId}.heading`)}`);
    }
  };
  return html`<form class="add-item" part="add-item" @submit=${onSubmit}>
    <fieldset>
      <legend id="${id}-legend">${t.term('spe.item.add-heading')}</legend>
      <div class="row">
        <div class="field">
          <label for="${id}-source">${t.term('spe.item.source')}</label>
          <select id="${id}-source" name="source">
            <option value=${CUSTOM}>${t.term('spe.item.custom-option')}</option>
            ${templates.map((template) => html`<option value=${template.id}>${template.name}${template.kind === 'unit-delivery' ? ` (${t.term('spe.item.unit-delivery')})` : ''}</option>`)}
          </select>
          <p class="hint">${t.term('spe.item.source-hint')}</p>
        </div>
        <div class="field">
          <label for="${id}-kind">${t.term('spe.item.kind')}</label>
          <select id="${id}-kind" name="kind">
            <option value="basic">${t.term('spe.item.basic')}</option>
            <option value="unit-delivery">${t.term('spe.item.unit-delivery')}</option>
          </select>
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="${id}-name">${t.term('spe.item.name')}</label>
          <input id="${id}-name" name="name" data-path="subGoals.${subGoalIndex}.items" aria-invalid=${invalid('name')} aria-describedby=${describedBy('name')} />
          ${fieldErrors(`${id}-name`, errorsAt('name'))}
        </div>
        <div class="field">
          <label for="${id}-purpose">${t.term('spe.item.purpose')}</label>
          <input id="${id}-purpose" name="purpose" aria-invalid=${invalid('purpose')} aria-describedby=${describedBy('purpose')} />
          ${fieldErrors(`${id}-purpose`, errorsAt('purpose'))}
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="${id}-units">${t.term('spe.delivery.units-authorized')}</label>
          <input id="${id}-units" name="unitsAuthorized" type="number" min="0" step="1" aria-invalid=${invalid('unitsAuthorized')} aria-describedby=${describedBy('unitsAuthorized')} />
          ${fieldErrors(`${id}-unitsAuthorized`, errorsAt('unitsAuthorized'))}
        </div>
        <div class="field">
          <label for="${id}-unit-type">${t.term('spe.delivery.unit-type')}</label>
          <input id="${id}-unit-type" name="unitType" aria-invalid=${invalid('unitType')} aria-describedby=${describedBy('unitType')} />
          ${fieldErrors(`${id}-unitType`, errorsAt('unitType'))}
        </div>
      </div>
      <div class="row">${responsibilitySelect(view, { key: `${key}.responsibility`, current: undefined, disabled: false })}</div>
      <button type="submit" id=${id}>${t.term('spe.item.add')}</button>
      ${fieldErrors(id, errors)}
    </fieldset>
  </form>`;
}
