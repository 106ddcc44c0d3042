import { html, nothing, type TemplateResult } from 'lit';
import { field, fieldErrors, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';

/** Plan groups: named groups of sub-goals (add, rename, remove; the sub-goals stay, ungrouped). */
export function planGroups(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const allowed = view.allows({ type: 'add-plan-group', name: 'x' });
  if (!allowed && plan.planGroups.length === 0) return html``;
  const key = 'groups.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = formValue(form, 'name');
    if (view.edit({ type: 'add-plan-group', name }, key)) {
      form.reset();
      view.announce(t.term('spe.group.added', { name }));
    }
  };
  const onRemove = async (groupId: string, name: string) => {
    if (!(await view.confirm(t.term('spe.group.remove-confirm', { name }), t.term('common.remove')))) return;
    if (view.edit({ type: 'remove-plan-group', groupId }, key)) view.announce(t.term('spe.group.removed', { name }));
  };
  return html`<div class="plan-groups" part="plan-groups">
    <h3 class="visually-hidden">${t.term('spe.group.heading')}</h3>
    ${plan.planGroups.length === 0 ? html`<p class="hint">${t.term('spe.group.none')}</p>` : nothing}
    <ul>
      ${plan.planGroups.map(
        (group, index) => html`<li>
          ${field(view, {
            key: `group.${group.id}.name`,
            label: t.term('spe.group.name'),
            value: group.name,
            path: ['planGroups', index, 'name'],
            disabled: !allowed,
            commit: (name) => ({ type: 'rename-plan-group', groupId: group.id, name }),
          })}
          ${allowed
            ? html`<button type="button" class="quiet" aria-label=${t.term('spe.remove-named', { name: group.name })} @click=${() => onRemove(group.id, group.name)}>${t.term('common.remove')}</button>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${allowed
      ? html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId(key)}>${t.term('spe.group.new')}</label>
          <input dir="auto" id=${fieldId(key)} name="name" />
          <button type="submit">${t.term('spe.group.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`
      : nothing}
  </div>`;
}
