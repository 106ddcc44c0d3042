import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { recommendServices, searchCatalog, serviceCategories, type CatalogEntry, type ServiceCategory, type ServiceRecommendation } from '../../../model/catalog.js';
import { addItemFromService } from '../../../model/service-plan/edits.js';
import { fieldErrors } from '../field.js';
import { personLabel } from '../labels.js';
import { fieldId, type EditorView } from '../view.js';
import { closedText, dominantDirection } from '../../shared/i18n/bidi-isolate.js';

function languagesOf(catalog: readonly CatalogEntry[]): string[] {
  return [...new Set(catalog.flatMap((entry) => entry.languages.map((tag) => tag.split('-')[0]!.toLowerCase())))].sort();
}

function languageName(view: EditorView, tag: string): string {
  try {
    return new Intl.DisplayNames([view.t.lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Picks a service from the host's catalog for a sub-goal: search by name, filter by category and
 * language, or take one the model recommends from the plan's needs; for one client or several members.
 */
export function catalogPicker(view: EditorView, subGoalId: string): TemplateResult {
  const { t, plan, catalog, participants, ui } = view;
  const key = `subgoal.${subGoalId}.catalog`;
  const id = fieldId(key);
  const members = participants.filter((participant) => plan.participantIds.includes(participant.id));
  const results = searchCatalog(catalog, {
    text: ui.pickerText,
    ...(ui.pickerCategory ? { category: ui.pickerCategory as ServiceCategory } : {}),
    ...(ui.pickerLanguage ? { language: ui.pickerLanguage } : {}),
  });
  const recommendations = recommendServices(plan.needs, catalog, plan.strengths);
  const chosenClients = (root: EventTarget | null): string[] => {
    const container = (root as HTMLElement).closest('[part~="catalog"]');
    return [...(container?.querySelectorAll<HTMLInputElement>('input[name="client"]:checked') ?? [])].map((input) => input.value);
  };
  const add = (event: Event, entry: CatalogEntry, recommendation?: ServiceRecommendation) => {
    const clients = chosenClients(event.target);
    const itemId = view.newId();
    // A recommended service is added linked to the needs it answers and the strengths it builds on.
    const links = recommendation ? { addressesNeeds: recommendation.answers.map((answer) => answer.need), buildsOnStrengths: recommendation.buildsOn.map((entry) => entry.strength) } : {};
    if (view.edit(addItemFromService(subGoalId, entry, clients, { id: itemId, ...links }), key)) {
      view.announce(t.term('spe.catalog.added', { service: entry.name }));
      view.setUi({ pickerSubGoalId: undefined, pickerText: '', pickerCategory: '', pickerLanguage: '', expandedItems: new Set([...view.ui.expandedItems, itemId]) });
      view.focusAfterRender(`#${fieldId(`item.${itemId}.heading`)}`);
    }
  };
  const entryRow = (entry: CatalogEntry, reason?: string, recommendation?: ServiceRecommendation) => html`<li class="service-entry">
    <div>
      <strong>${closedText(entry.name)}</strong>
      <span class="badge quiet">${t.term(`spe.category.${entry.category}`)}</span>
      <span class="badge quiet">${t.term(entry.servesMultipleClients ? 'spe.catalog.several-clients' : 'spe.catalog.one-client')}</span>
      ${entry.provider ? html`<bdi class="hint">${entry.provider}</bdi>` : nothing}
      <p class="pre" dir=${ifDefined(dominantDirection(entry.description))}>${closedText(entry.description)}</p>
      ${reason ? html`<p class="hint">${reason}</p>` : nothing}
    </div>
    <button type="button" aria-label=${t.term('spe.named-action', { action: t.term('spe.catalog.add'), name: entry.name })} @click=${(event: Event) => add(event, entry, recommendation)}>${t.term('spe.catalog.add')}</button>
  </li>`;
  return html`<div part="catalog" class="catalog-picker" role="group" aria-labelledby="${id}-heading">
    <h4 id="${id}-heading">${t.term('spe.catalog.heading')}</h4>
    <fieldset class="checks">
      <legend>${t.term('spe.catalog.for-whom')}</legend>
      ${members.map(
        (member) => html`<label class="check"><input type="checkbox" name="client" value=${member.id} ?checked=${member.id === plan.principalParticipantId} /> ${personLabel(t, member)}</label>`,
      )}
    </fieldset>
    <div class="row">
      <div class="field">
        <label for="${id}-search">${t.term('spe.catalog.search')}</label>
        <input dir="auto" id="${id}-search" type="search" .value=${ui.pickerText} @input=${(event: Event) => view.setUi({ pickerText: (event.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="${id}-category">${t.term('spe.catalog.category')}</label>
        <select id="${id}-category" @change=${(event: Event) => view.setUi({ pickerCategory: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${ui.pickerCategory === ''}>${t.term('spe.catalog.any')}</option>
          ${serviceCategories.map((category) => html`<option value=${category} ?selected=${ui.pickerCategory === category}>${t.term(`spe.category.${category}`)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${id}-language">${t.term('spe.catalog.language')}</label>
        <select id="${id}-language" @change=${(event: Event) => view.setUi({ pickerLanguage: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${ui.pickerLanguage === ''}>${t.term('spe.catalog.any')}</option>
          ${languagesOf(catalog).map((tag) => html`<option value=${tag} ?selected=${ui.pickerLanguage === tag}>${languageName(view, tag)}</option>`)}
        </select>
      </div>
    </div>
    ${recommendations.length > 0
      ? html`<h5>${t.term('spe.catalog.recommended')}</h5>
          <ul class="services" part="recommendations">
            ${recommendations.map((recommendation) =>
              entryRow(
                recommendation.entry,
                [
                  t.term('spe.catalog.answers', { needs: t.list(recommendation.answers.map((answer) => answer.need)) }),
                  ...(recommendation.buildsOn.length > 0 ? [t.term('spe.catalog.builds-on', { strengths: t.list(recommendation.buildsOn.map((entry) => entry.strength)) })] : []),
                ].join(' '),
                recommendation,
              ),
            )}
          </ul>`
      : nothing}
    <h5>${t.term('spe.catalog.results', { count: results.length })}</h5>
    <ul class="services" aria-live="polite">
      ${results.map((entry) => entryRow(entry))}
    </ul>
    ${fieldErrors(id, view.errorsFor(key))}
    <button type="button" class="quiet" @click=${() => view.setUi({ pickerSubGoalId: undefined })}>${t.term('common.close')}</button>
  </div>`;
}
