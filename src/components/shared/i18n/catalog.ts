/**
 * Message catalogs. Every visible string lives in a catalog with the same keys in the four shipped
 * languages; a test fails when one is missing. Messages are data, not code: a string with `{name}`
 * placeholders, or plural forms chosen with Intl.PluralRules by the `count` parameter.
 * Each feature registers its own catalog (no single file that every feature edits).
 */
export const shippedLocales = ['en', 'es', 'fr', 'pt'] as const;
export type ShippedLocale = (typeof shippedLocales)[number];

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalog = Record<string, Message>;

/** The four catalogs of one feature: Spanish, French and Portuguese must have exactly the English keys. */
export type FeatureCatalogs<T extends Catalog> = { en: T } & Record<Exclude<ShippedLocale, 'en'>, Record<keyof T, Message>>;

const registry = new Map<ShippedLocale, Map<string, Message>>(shippedLocales.map((locale) => [locale, new Map()]));
const featureNames = new Set<string>();

/** Registers a feature's messages (idempotent) and returns them, typed by their English keys. */
export function registerMessages<const T extends Catalog>(feature: string, catalogs: FeatureCatalogs<T>): FeatureCatalogs<T> {
  featureNames.add(feature);
  for (const locale of shippedLocales) {
    const target = registry.get(locale)!;
    for (const [key, message] of Object.entries(catalogs[locale] as Catalog)) target.set(key, message);
  }
  return catalogs;
}

/** The message for `key` in `locale`, or undefined. Used by the localize controller and the completeness test. */
export function lookupMessage(locale: ShippedLocale, key: string): Message | undefined {
  return registry.get(locale)?.get(key);
}

/** Every registered key per locale, for the test that fails on a missing translation. */
export function registeredKeys(locale: ShippedLocale): string[] {
  return [...(registry.get(locale)?.keys() ?? [])];
}

export function registeredFeatures(): string[] {
  return [...featureNames];
}
