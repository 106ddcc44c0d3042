/**
 * Message catalogs. Every visible string lives in a catalog with the same keys in the four shipped
 * languages; a test fails when one is missing. Messages are data, not code: a string with `{name}`
 * placeholders, or plural forms chosen with Intl.PluralRules by the `count` parameter.
 *
 * English is built in: each feature registers its English catalog when it is imported (no single file
 * that every feature edits). Spanish, French and Portuguese come one module per language
 * (src/locales/es.ts...), which registers every feature's catalog in that language: the localize
 * controller loads it on demand (a separate chunk), or a host imports `caseplan-elements/locales/es.js`
 * up front. Until a language has arrived its text reads English, never a raw key.
 */
export const shippedLocales = ['en', 'es', 'fr', 'pt'] as const;
export type ShippedLocale = (typeof shippedLocales)[number];
/** The languages that are not built in: each is a module of its own, loaded when first needed. */
export type TranslatedLocale = Exclude<ShippedLocale, 'en'>;
export const translatedLocales: readonly TranslatedLocale[] = ['es', 'fr', 'pt'];

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalog = Record<string, Message>;

/** One language of a feature's catalog: exactly the English keys (a missing or extra key fails the type check). */
export type Translation<T extends Catalog> = Record<keyof T, Message>;

/** The catalogs of one feature: English, and the other languages when they ship with it. */
export type FeatureCatalogs<T extends Catalog> = { en: T } & Partial<Record<TranslatedLocale, Translation<T>>>;

const registry = new Map<ShippedLocale, Map<string, Message>>(shippedLocales.map((locale) => [locale, new Map()]));
const featureNames = new Set<string>();
const registeredLocales = new Set<ShippedLocale>(['en']);

function add(locale: ShippedLocale, catalog: Catalog): void {
  const target = registry.get(locale)!;
  for (const [key, message] of Object.entries(catalog)) target.set(key, message);
}

/**
 * Registers a feature's messages (idempotent) and returns them, typed by their English keys. Features
 * register English only; their other languages arrive with the language's module (registerLocale).
 */
export function registerMessages<const T extends Catalog>(feature: string, catalogs: FeatureCatalogs<T>): FeatureCatalogs<T> {
  featureNames.add(feature);
  for (const locale of shippedLocales) {
    const catalog = catalogs[locale];
    if (catalog) add(locale, catalog as Catalog);
  }
  return catalogs;
}

/**
 * Registers one language for every feature (idempotent), by feature name: what a module of
 * src/locales does. From then on elements read that language without loading anything.
 */
export function registerLocale(locale: TranslatedLocale, catalogsByFeature: Readonly<Record<string, Catalog>>): void {
  for (const catalog of Object.values(catalogsByFeature)) add(locale, catalog);
  registeredLocales.add(locale);
}

/** True once the language's catalogs are registered (always for English). */
export function isLocaleRegistered(locale: ShippedLocale): boolean {
  return registeredLocales.has(locale);
}

/** The message for `key` in `locale`, or undefined. Used by the localize controller and the completeness test. */
export function lookupMessage(locale: ShippedLocale, key: string): Message | undefined {
  return registry.get(locale)?.get(key);
}

/** Every registered key per locale, for the test that fails on a missing translation. */
export function registeredKeys(locale: ShippedLocale): string[] {
  return [...(registry.get(locale)?.keys() ?? [])];
}

