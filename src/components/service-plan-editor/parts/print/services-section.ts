import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogEntry } from '../../../../model/catalog.js';
import { label } from '../../labels.js';
import type { DocumentOptions } from '../plan-document.js';
import { itemName, serviceDescription, serviceName } from './localized-names.js';
import { closedText, dominantDirection } from '../../../shared/i18n/bidi-isolate.js';

/** The catalog services the plan's items use, each with its provider and how to reach them, and the items it serves. */
export function servicesSection(options: DocumentOptions): TemplateResult | typeof nothing {
  const { t, plan, catalog } = options;
  const used = new Map<string, { entry: CatalogEntry | undefined; items: string[] }>();
  for (const subGoal of plan.subGoals) {
    for (const item of subGoal.items) {
      const id = item.linkedService?.serviceId;
      if (!id) continue;
      const found = used.get(id) ?? { entry: catalog.find((entry) => entry.id === id), items: [] };
      found.items.push(itemName(t, item, options.templates ?? []));
      used.set(id, found);
    }
  }
  if (used.size === 0) return nothing;
  return html`<section class="doc-section doc-services">
    <h3>${t.term('spe.doc.services-heading')}</h3>
    <ul>
      ${[...used].map(
        ([id, { entry, items }]) => html`<li data-service=${id}>
          <strong>${closedText(entry ? serviceName(t, entry) : t.term('spe.doc.service-unknown', { id }))}</strong>
          ${entry && serviceDescription(t, entry) ? html`<div class="pre" dir=${ifDefined(dominantDirection(serviceDescription(t, entry)))}>${closedText(serviceDescription(t, entry))}</div>` : nothing}
          ${entry?.provider ? html`<div>${label(t, t.term('spe.doc.provider'))} ${entry.provider}</div>` : nothing}
          ${entry?.providerContact ? html`<div class="pre">${label(t, t.term('spe.doc.provider-contact'))} <bdi>${closedText(entry.providerContact)}</bdi></div>` : nothing}
          <div>${label(t, t.term('spe.doc.for-items'))} ${t.list(items)}</div>
        </li>`,
      )}
    </ul>
  </section>`;
}
