import * as z from 'zod/mini';
import { IdSchema } from './record.js';
import { LanguageTagSchema } from './participant.js';
import { TEXT_LIMITS, longText, nameText } from './shared/text.js';

/** Service categories, as families and caseworkers name them in case plans. */
export const serviceCategories = [
  'parenting',
  'substance-use',
  'mental-health',
  'housing',
  'employment',
  'education',
  'medical',
  'visitation',
  'transportation',
  'income-maintenance',
  'other',
] as const;
export const ServiceCategorySchema = z.enum(serviceCategories);
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;

/** A catalog service's name and description in another language (the original stays the fallback). */
export const CatalogTranslationSchema = z.object({
  name: nameText(TEXT_LIMITS.title),
  description: z.optional(longText(TEXT_LIMITS.medium)),
});
export type CatalogTranslation = z.infer<typeof CatalogTranslationSchema>;

/** A template's name, purpose and unit in another language. */
export const TemplateTranslationSchema = z.object({
  name: nameText(TEXT_LIMITS.title),
  purpose: z.optional(longText(TEXT_LIMITS.medium)),
  /** What one unit is, singular and plural ("sesión", "sesiones"). */
  unitType: z.optional(z.object({ one: nameText(TEXT_LIMITS.label), other: nameText(TEXT_LIMITS.label) })),
});
export type TemplateTranslation = z.infer<typeof TemplateTranslationSchema>;

/** Translations by BCP 47 tag (`es`, `pt-BR`); at most one per language a family reads. */
function translations<T extends z.core.$ZodType>(schema: T) {
  return z.optional(z.record(LanguageTagSchema, schema).check(z.refine((value) => Object.keys(value).length <= 50, 'value.too-many')));
}

/**
 * The translation for `locale` from a record keyed by language tag: the exact tag first, then the same
 * language (`pt` for `pt-BR`, `pt-BR` for `pt`); undefined when there is none.
 */
export function translationFor<T>(entries: Readonly<Record<string, T>> | undefined, locale: string): T | undefined {
  if (!entries) return undefined;
  const wanted = locale.toLowerCase();
  const exact = Object.keys(entries).find((tag) => tag.toLowerCase() === wanted);
  if (exact) return entries[exact];
  const language = wanted.split('-')[0];
  const same = Object.keys(entries).find((tag) => tag.toLowerCase().split('-')[0] === language);
  return same ? entries[same] : undefined;
}

/** A service the organization offers (the service registry). The host supplies the list. */
export const CatalogEntrySchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
  description: longText(TEXT_LIMITS.medium),
  category: ServiceCategorySchema,
  provider: z.optional(nameText(TEXT_LIMITS.title)),
  /** How a family reaches the provider (address, phone, email), printed with the plan. */
  providerContact: z.optional(longText(TEXT_LIMITS.medium)),
  /** The name and description in other languages, for families and printouts in those languages. */
  translations: translations(CatalogTranslationSchema),
  /** Languages the service is delivered in (BCP 47). */
  languages: z.array(LanguageTagSchema).check(z.maxLength(50, 'value.too-many')),
  /** The needs it answers, as short phrases ("stable housing", "sobriety"): used to recommend it. */
  addressesNeeds: z.array(nameText(TEXT_LIMITS.listEntry)).check(z.maxLength(TEXT_LIMITS.listLength, 'value.too-many')),
  /** True when one instance may serve several plan participants (a family group), false for one client. */
  servesMultipleClients: z.boolean(),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export const planItemKinds = ['basic', 'unit-delivery'] as const;
export const PlanItemKindSchema = z.enum(planItemKinds);
export type PlanItemKind = z.infer<typeof PlanItemKindSchema>;

/** An administratively defined plan item: its name and purpose are fixed for every plan that uses it. */
export const PlanItemTemplateSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
  purpose: longText(TEXT_LIMITS.medium),
  kind: PlanItemKindSchema,
  /** For unit-delivery templates: what one unit is ("session", "hour", "night"). */
  unitType: z.optional(nameText(TEXT_LIMITS.label)),
  /** The name, purpose and unit in other languages (plan items keep the name they were created with; the printed plan reads these). */
  translations: translations(TemplateTranslationSchema),
});
export type PlanItemTemplate = z.infer<typeof PlanItemTemplateSchema>;

export interface CatalogQuery {
  /** Words to find in the name, description, provider or needs; accents and case ignored. */
  text?: string;
  category?: ServiceCategory;
  /** A BCP 47 tag: `pt` matches services offered in `pt-BR`, `pt-BR` matches `pt`. */
  language?: string;
}

/** Lower case without accents, so "crianca" finds "Criança" and "SALUD" finds "salud". */
export function normalizeForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

function offersLanguage(entry: CatalogEntry, language: string): boolean {
  const wanted = primaryLanguage(language);
  return entry.languages.some((offered) => primaryLanguage(offered) === wanted);
}

/** Entries matching every given criterion, in catalog order. Every word of `text` must appear somewhere. */
export function searchCatalog(entries: readonly CatalogEntry[], query: CatalogQuery): CatalogEntry[] {
  const words = normalizeForSearch(query.text ?? '').split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (query.category && entry.category !== query.category) return false;
    if (query.language && !offersLanguage(entry, query.language)) return false;
    if (words.length === 0) return true;
    const haystack = normalizeForSearch([entry.name, entry.description, entry.provider ?? '', ...entry.addressesNeeds].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** One recommended service and why: each plan need it answers, with the catalog phrase that matched. */
export interface ServiceRecommendation {
  entry: CatalogEntry;
  answers: { need: string; matchedNeed: string }[];
  /** The family's strengths it builds on (a strength that names what the service works on), with the phrase that matched. */
  buildsOn: { strength: string; matchedNeed: string }[];
  /** How many of the plan's needs it answers; the list is sorted by this, then by the strengths it builds on, then by name. */
  score: number;
}

// Words too common to count as a match between a need and a service ("help with the housing").
const stopWords = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'with', 'in', 'on', 'de', 'da', 'do', 'del', 'la', 'el', 'le', 'les', 'des', 'e', 'y', 'et', 'para', 'pour', 'con', 'com', 'avec']);

function significantWords(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !stopWords.has(word));
}

function needMatches(need: string, phrase: string): boolean {
  const normalizedNeed = normalizeForSearch(need);
  const normalizedPhrase = normalizeForSearch(phrase);
  if (normalizedPhrase.length === 0) return false;
  if (normalizedNeed.includes(normalizedPhrase) || normalizedPhrase.includes(normalizedNeed)) return true;
  const phraseWords = significantWords(phrase);
  const needWords = new Set(significantWords(need));
  return phraseWords.length > 0 && phraseWords.every((word) => needWords.has(word));
}

function matchesOf<K extends string>(texts: readonly string[], entry: CatalogEntry, key: K): ({ matchedNeed: string } & Record<K, string>)[] {
  return texts.flatMap((text) => {
    const matched = entry.addressesNeeds.find((phrase) => needMatches(text, phrase));
    return matched === undefined ? [] : [{ [key]: text, matchedNeed: matched } as { matchedNeed: string } & Record<K, string>];
  });
}

/**
 * Services that answer the plan's needs, best first; among those answering as many needs, the ones
 * that build on the family's strengths come first (family-centred practice starts from what works).
 * A strength alone recommends nothing: a service is recommended for a need. The caseworker chooses;
 * this only explains which need each service answers and which strength it builds on.
 */
export function recommendServices(needs: readonly string[], entries: readonly CatalogEntry[], strengths: readonly string[] = []): ServiceRecommendation[] {
  const recommendations: ServiceRecommendation[] = [];
  for (const entry of entries) {
    const answers = matchesOf(needs, entry, 'need');
    if (answers.length > 0) recommendations.push({ entry, answers, buildsOn: matchesOf(strengths, entry, 'strength'), score: answers.length });
  }
  return recommendations.sort((a, b) => b.score - a.score || b.buildsOn.length - a.buildsOn.length || a.entry.name.localeCompare(b.entry.name));
}
