import { html, nothing, type TemplateResult } from 'lit';
import type { Milestone } from '../../../model/service-plan/plan.js';
import { field, fieldErrors, formDate, formDateInput, formValue } from '../field.js';
import { fieldId, type EditorView } from '../view.js';

/** Milestones: a title and a due date; achieved ones carry their date, overdue ones stand out. */
export function milestonesSection(view: EditorView, overdue: readonly Milestone[]): TemplateResult {
  const { t, plan } = view;
  const content = view.allows({ type: 'add-milestone', title: 'x', dueDate: view.today });
  const progress = view.allows({ type: 'update-milestone', milestoneId: 'x', achievedDate: view.today });
  const key = 'milestone.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const title = formValue(form, 'title');
    if (view.edit({ type: 'add-milestone', title, dueDate: formDate(view, form, 'dueDate') }, key)) {
      form.reset();
      view.announce(t.term('spe.milestone.added', { title }));
    }
  };
  const onRemove = async (milestone: Milestone) => {
    if (!(await view.confirm(t.term('spe.milestone.remove-confirm', { title: milestone.title }), t.term('common.remove')))) return;
    if (view.edit({ type: 'remove-milestone', milestoneId: milestone.id }, key)) {
      view.announce(t.term('spe.milestone.removed', { title: milestone.title }));
      view.focusAfterRender(`#${fieldId(`${key}.title`)}`);
    }
  };
  return html`<section part="milestones" class="card" aria-labelledby="milestones-heading">
    <h2 id="milestones-heading">${t.term('spe.milestone.heading')}</h2>
    ${plan.milestones.length === 0 ? html`<p class="hint">${t.term('spe.milestone.none')}</p>` : nothing}
    <ul class="milestones">
      ${plan.milestones.map((milestone, index) => {
        const late = overdue.some((entry) => entry.id === milestone.id);
        return html`<li class="milestone ${late ? 'overdue' : ''}" data-milestone-id=${milestone.id}>
          ${late ? html`<span class="badge danger" part="overdue">${t.term('common.status.overdue')}</span>` : nothing}
          ${milestone.achievedDate ? html`<span class="badge success">${t.term('spe.milestone.achieved-on', { date: t.date(milestone.achievedDate) })}</span>` : nothing}
          <div class="row">
            ${field(view, { key: `milestone.${milestone.id}.title`, label: t.term('spe.milestone.title'), labelTerm: 'spe.milestone.title', value: milestone.title, path: ['milestones', index, 'title'], required: true, disabled: !content, commit: (title) => ({ type: 'update-milestone', milestoneId: milestone.id, title }) })}
            ${field(view, { key: `milestone.${milestone.id}.dueDate`, label: t.term('spe.milestone.due'), labelTerm: 'spe.milestone.due', value: milestone.dueDate, path: ['milestones', index, 'dueDate'], type: 'date', required: true, disabled: !content, commit: (dueDate) => ({ type: 'update-milestone', milestoneId: milestone.id, dueDate }) })}
            ${field(view, { key: `milestone.${milestone.id}.achievedDate`, label: t.term('spe.milestone.achieved'), labelTerm: 'spe.milestone.achieved', value: milestone.achievedDate ?? '', path: ['milestones', index, 'achievedDate'], type: 'date', disabled: !progress, commit: (value) => ({ type: 'update-milestone', milestoneId: milestone.id, achievedDate: value === '' ? null : value }) })}
          </div>
          ${content ? html`<button type="button" class="quiet" aria-label=${t.term('spe.remove-named', { name: milestone.title })} @click=${() => onRemove(milestone)}>${t.term('common.remove')}</button>` : nothing}
        </li>`;
      })}
    </ul>
    ${content
      ? html`<form data-entry-form class="inline-form" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.title`)}>${t.term('spe.milestone.title')}</label>
          <input dir="auto" id=${fieldId(`${key}.title`)} name="title" />
          <label for=${fieldId(`${key}.due`)}>${t.term('spe.milestone.due')}</label>
          ${formDateInput(view, { id: fieldId(`${key}.due`), name: 'dueDate' })}
          <button type="submit">${t.term('spe.milestone.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`
      : nothing}
  </section>`;
}
