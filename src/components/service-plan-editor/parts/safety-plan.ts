import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { safetySupportKinds, type SafetyAction, type SafetySupportKind } from '../../../model/service-plan/plan.js';
import { fieldErrors, formValue } from '../field.js';
import { personById, personLabel } from '../labels.js';
import { fieldId, type EditorView } from '../view.js';
import { textList } from './text-list.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';
import type { CaseParticipant } from '../../../model/participant.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

/** Who takes a step of the safety plan, in words. */
export function safetyActorName(t: LocalizeController, participants: readonly CaseParticipant[], entry: SafetyAction): string {
  return entry.participantId ? personById(t, participants, entry.participantId) : (entry.name ?? '');
}

function actions(view: EditorView, disabled: boolean): TemplateResult {
  const { t, plan, participants } = view;
  const entries = plan.safetyPlan?.actions ?? [];
  const key = 'safety.action.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const who = formValue(form, 'who');
    const name = formValue(form, 'name');
    const action = formValue(form, 'action');
    if (view.edit({ type: 'add-safety-action', action, ...(who ? { participantId: who } : {}), ...(!who && name ? { name } : {}) }, key)) {
      form.reset();
      view.announce(t.term('spe.safety.action.added'));
    }
  };
  const remove = (id: string, label: string) => {
    if (view.edit({ type: 'remove-safety-action', actionId: id }, key)) {
      view.announce(t.term('spe.safety.removed', { name: label }));
      view.focusAfterRender('#safety-actions-heading');
    }
  };
  return html`<h3 id="safety-actions-heading" tabindex="-1">${t.term('spe.safety.actions.heading')}</h3>
    ${entries.length === 0 ? html`<p class="hint">${t.term('spe.safety.actions.none')}</p>` : nothing}
    <ul aria-labelledby="safety-actions-heading">
      ${entries.map((entry, index) => {
        const who = safetyActorName(t, participants, entry);
        const errors = view.violationsAt(['safetyPlan', 'actions', index], true).map((found) => t.violation(found));
        return html`<li data-safety-action-id=${entry.id}>
          <strong>${closedText(who || t.term('spe.safety.who-missing'))}</strong> — <span class="pre" dir=${ifDefined(dominantDirection(entry.action))}>${closedText(entry.action)}</span>
          ${fieldErrors(fieldId(`safety.action.${entry.id}`), errors)}
          ${disabled
            ? nothing
            : html`<button type="button" class="quiet" aria-label=${t.term('spe.named-action', { action: t.term('common.remove'), name: t.term('spe.safety.action-of', { who, action: entry.action }) })} @click=${() => remove(entry.id, who)}>
                ${t.term('common.remove')}
              </button>`}
        </li>`;
      })}
    </ul>
    ${disabled
      ? nothing
      : html`<form data-entry-form class="inline-form" part="add-safety-action" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.who`)}>${t.term('spe.safety.action.who')}</label>
          <select id=${fieldId(`${key}.who`)} name="who">
            ${participants.map((person) => html`<option value=${person.id}>${personLabel(t, person)}</option>`)}
            <option value="">${t.term('spe.safety.action.someone-else')}</option>
          </select>
          <label for=${fieldId(`${key}.name`)}>${t.term('spe.safety.action.name')}</label>
          <input dir="auto" id=${fieldId(`${key}.name`)} name="name" />
          <label for=${fieldId(`${key}.action`)}>${t.term('spe.safety.action.what')}</label>
          <textarea dir="auto" id=${fieldId(`${key}.action`)} name="action" rows="2" required></textarea>
          <button type="submit">${t.term('spe.safety.action.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`}`;
}

function supports(view: EditorView, disabled: boolean): TemplateResult {
  const { t, plan } = view;
  const entries = plan.safetyPlan?.supports ?? [];
  const key = 'safety.support.new';
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = formValue(form, 'name');
    const contact = formValue(form, 'contact');
    const helpsWith = formValue(form, 'helpsWith');
    const edit = { type: 'add-safety-support' as const, name, kind: formValue(form, 'kind') as SafetySupportKind, ...(contact ? { contact } : {}), ...(helpsWith ? { helpsWith } : {}) };
    if (view.edit(edit, key)) {
      form.reset();
      view.announce(t.term('spe.safety.support.added', { name: name.trim() }));
    }
  };
  const remove = (id: string, name: string) => {
    if (view.edit({ type: 'remove-safety-support', supportId: id }, key)) {
      view.announce(t.term('spe.safety.removed', { name }));
      view.focusAfterRender('#safety-supports-heading');
    }
  };
  return html`<h3 id="safety-supports-heading" tabindex="-1">${t.term('spe.safety.supports.heading')}</h3>
    ${entries.length === 0 ? html`<p class="hint">${t.term('spe.safety.supports.none')}</p>` : nothing}
    <ul aria-labelledby="safety-supports-heading">
      ${entries.map(
        (entry) => html`<li data-safety-support-id=${entry.id}>
          <strong>${closedText(entry.name)}</strong> · ${t.term(`spe.safety.support-kind.${entry.kind}`)}${entry.contact ? html` · <bdi>${closedText(entry.contact)}</bdi>` : nothing}
          ${entry.helpsWith ? html`<p class="pre" dir=${ifDefined(dominantDirection(entry.helpsWith))}>${closedText(entry.helpsWith)}</p>` : nothing}
          ${disabled
            ? nothing
            : html`<button type="button" class="quiet" aria-label=${t.term('spe.remove-named', { name: entry.name })} @click=${() => remove(entry.id, entry.name)}>${t.term('common.remove')}</button>`}
        </li>`,
      )}
    </ul>
    ${disabled
      ? nothing
      : html`<form data-entry-form class="inline-form" part="add-safety-support" @submit=${onSubmit}>
          <label for=${fieldId(`${key}.name`)}>${t.term('spe.safety.support.name')}</label>
          <input dir="auto" id=${fieldId(`${key}.name`)} name="name" required />
          <label for=${fieldId(`${key}.kind`)}>${t.term('spe.safety.support.kind')}</label>
          <select id=${fieldId(`${key}.kind`)} name="kind">
            ${safetySupportKinds.map((kind) => html`<option value=${kind}>${t.term(`spe.safety.support-kind.${kind}`)}</option>`)}
          </select>
          <label for=${fieldId(`${key}.contact`)}>${t.term('spe.safety.support.contact')}</label>
          <input dir="auto" id=${fieldId(`${key}.contact`)} name="contact" />
          <label for=${fieldId(`${key}.helps`)}>${t.term('spe.safety.support.helps-with')}</label>
          <input dir="auto" id=${fieldId(`${key}.helps`)} name="helpsWith" />
          <button type="submit">${t.term('spe.safety.support.add')}</button>
          ${fieldErrors(fieldId(key), view.errorsFor(key))}
        </form>`}`;
}

/**
 * A child-welfare case plan's safety plan: the danger signs to watch for, who does what when they
 * appear, and the extended family and community members who stand by the family. Kept up to date on
 * an active plan without a revision.
 */
export function safetyPlanSection(view: EditorView): TemplateResult {
  const { t, plan } = view;
  const disabled = !view.allows({ type: 'set-danger-signs', dangerSigns: [] });
  return html`<section part="safety-plan" class="card" aria-labelledby="safety-heading">
    <h2 id="safety-heading">${t.term('spe.safety.heading')}</h2>
    <p class="hint">${t.term('spe.safety.hint')}</p>
    ${textList(view, {
      key: 'safety-signs',
      heading: t.term('spe.safety.signs.heading'),
      newLabel: t.term('spe.safety.signs.new'),
      addLabel: t.term('spe.safety.signs.add'),
      added: (text) => t.term('spe.safety.signs.added', { text }),
      entries: plan.safetyPlan?.dangerSigns ?? [],
      disabled,
      save: (entries, fieldKey) => view.edit({ type: 'set-danger-signs', dangerSigns: entries }, fieldKey),
    })}
    ${actions(view, disabled)} ${supports(view, disabled)}
  </section>`;
}
