import type { CatalogEntry, PlanItemTemplate } from '../../../../model/catalog.js';
import { translationFor } from '../../../../model/catalog.js';
import type { PlanItem } from '../../../../model/service-plan/plan-item.js';
import type { LocalizeController } from '../../../shared/i18n/localize-controller.js';

function templateOf(item: PlanItem, templates: readonly PlanItemTemplate[]): PlanItemTemplate | undefined {
  return item.source.type === 'template' ? templates.find((template) => template.id === (item.source as { templateId: string }).templateId) : undefined;
}

/** An item's name in the reader's language when its template carries one; else as it was written. */
export function itemName(t: LocalizeController, item: PlanItem, templates: readonly PlanItemTemplate[]): string {
  return translationFor(templateOf(item, templates)?.translations, t.lang)?.name ?? item.source.name;
}

/** An item's purpose in the reader's language when its template carries one; else as written. */
export function itemPurpose(t: LocalizeController, item: PlanItem, templates: readonly PlanItemTemplate[]): string {
  return translationFor(templateOf(item, templates)?.translations, t.lang)?.purpose ?? item.source.purpose;
}

/** A catalog service's name in the reader's language when the catalog carries one. */
export function serviceName(t: LocalizeController, entry: CatalogEntry): string {
  return translationFor(entry.translations, t.lang)?.name ?? entry.name;
}

/** A catalog service's description in the reader's language when the catalog carries one. */
export function serviceDescription(t: LocalizeController, entry: CatalogEntry): string {
  return translationFor(entry.translations, t.lang)?.description ?? entry.description;
}

/**
 * What a unit is, in the reader's language and agreeing with `count` ("1 session", "24 sessions",
 * "24 sesiones"): the template's own translation first, then the common units this package knows
 * (session, hour, visit, night, day, screen, class, meeting, week), else the unit as the host wrote it.
 */
export function unitLabel(t: LocalizeController, item: PlanItem, templates: readonly PlanItemTemplate[], count: number): string {
  const written = item.unitType ?? '';
  const translated = translationFor(templateOf(item, templates)?.translations, t.lang)?.unitType;
  if (translated) return new Intl.PluralRules(t.lang).select(count) === 'one' ? translated.one : translated.other;
  const word = written.trim().toLowerCase();
  for (const key of [word, word.replace(/e?s$/, '')]) if (key && t.has(`spe.unit.${key}`)) return t.term(`spe.unit.${key}`, { count });
  return written;
}
