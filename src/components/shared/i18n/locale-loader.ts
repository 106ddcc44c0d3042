import { isLocaleRegistered, type ShippedLocale, type TranslatedLocale } from './catalog.js';

/**
 * How each language not built in arrives: a literal dynamic import per language, so a host's bundler
 * emits one chunk per language and a page downloads only the languages it shows. Replaceable in tests
 * (to simulate a failed download); hosts never need to touch it.
 */
export const localeLoaders: Record<TranslatedLocale, () => Promise<unknown>> = {
  es: () => import('../../../locales/es.js'),
  fr: () => import('../../../locales/fr.js'),
  pt: () => import('../../../locales/pt.js'),
};

const loads = new Map<TranslatedLocale, Promise<void>>();
const failed = new Set<ShippedLocale>();
const pending = new Set<Promise<unknown>>();

/** True when text in `locale` can be shown now: built in, registered, or given up on (then English shows). */
export function isLocaleSettled(locale: ShippedLocale): boolean {
  return isLocaleRegistered(locale) || failed.has(locale);
}

/**
 * Loads a language's catalogs once (later calls share the first load). Never rejects: on failure the
 * language is marked failed and one console warning says why; elements keep showing English.
 */
export function loadLocale(locale: ShippedLocale): Promise<void> {
  if (locale === 'en' || isLocaleSettled(locale)) return Promise.resolve();
  let load = loads.get(locale);
  if (!load) {
    load = localeLoaders[locale]()
      .then(() => {
        if (!isLocaleRegistered(locale)) throw new Error('the module registered no catalog');
      })
      .catch((error: unknown) => {
        failed.add(locale);
        console.warn(`caseplan-elements: the "${locale}" messages could not be loaded, so text is shown in English.`, error);
      });
    loads.set(locale, load);
  }
  return load;
}

/** Tracks work that follows a language load (an element re-rendering in it), for whenLocalesSettled. */
export function trackLocaleWork(work: Promise<unknown>): void {
  pending.add(work);
  const done = () => pending.delete(work);
  work.then(done, done);
}

/**
 * Resolves once no language is loading and every element that waited for one has re-rendered in it
 * (or in English, when it failed). Tests and the elements' `updateComplete` await it.
 */
export async function whenLocalesSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
