import { shippedLocales, type ShippedLocale } from './catalog.js';

/** The regional form used for dates and numbers when only a language is known (Portuguese as in Brazil). */
const defaultRegion: Record<ShippedLocale, string> = { en: 'en-US', es: 'es', fr: 'fr', pt: 'pt-BR' };

/**
 * The direction each shipped language is written in. The elements' own text follows it, not the host
 * page's: an English element on a right-to-left page still reads left to right. Typed text keeps its own
 * (`dir="auto"`). A language added to the catalogs must say its direction here.
 */
const writingDirection: Record<ShippedLocale, 'ltr' | 'rtl'> = { en: 'ltr', es: 'ltr', fr: 'ltr', pt: 'ltr' };

/** The direction of the elements' own text in a shipped language. */
export function directionOf(locale: ShippedLocale): 'ltr' | 'rtl' {
  return writingDirection[locale];
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

// Both are asked for on every message of every render (thousands for a large plan); the answers
// for a tag never change, and Intl.getCanonicalLocales is slow. A page sees a handful of tags.
const CACHE_LIMIT = 64;
const catalogLocaleCache = new Map<string | undefined | null, ShippedLocale>();
const formattingLocaleCache = new Map<string | undefined | null, string>();

/**
 * The catalog to read for a requested language tag: `pt-BR` and `pt-PT` read `pt`, `es-MX` reads `es`;
 * anything we do not ship (or an invalid tag) reads English. Never throws.
 */
export function catalogLocaleFor(tag: string | undefined | null): ShippedLocale {
  const known = catalogLocaleCache.get(tag);
  if (known) return known;
  const language = tag ? canonical(tag)?.split('-')[0]?.toLowerCase() : undefined;
  const found = shippedLocales.find((locale) => locale === language) ?? 'en';
  if (catalogLocaleCache.size < CACHE_LIMIT) catalogLocaleCache.set(tag, found);
  return found;
}

/**
 * The tag handed to Intl for dates, numbers and money: the requested tag when its language is the one
 * we show text in (so `fr-CA` keeps Canadian formats), otherwise the default region of the catalog
 * language (so English text is never mixed with German dates).
 */
export function formattingLocaleFor(tag: string | undefined | null): string {
  const known = formattingLocaleCache.get(tag);
  if (known) return known;
  const found = formattingLocaleOf(tag);
  if (formattingLocaleCache.size < CACHE_LIMIT) formattingLocaleCache.set(tag, found);
  return found;
}

function formattingLocaleOf(tag: string | undefined | null): string {
  const catalogLocale = catalogLocaleFor(tag);
  const requested = tag ? canonical(tag) : undefined;
  if (requested && requested.includes('-') && requested.split('-')[0]?.toLowerCase() === catalogLocale) return requested;
  return defaultRegion[catalogLocale];
}

/** The parent of a node in the flat sense we need for `lang`: crossing from a shadow root to its host. */
function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/**
 * The `lang` of the nearest element (the element itself first) that has one, walking out of shadow
 * roots to their hosts; undefined when none is set, including on the document element.
 */
export function closestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = parentAcrossShadow(node);
  }
  return undefined;
}

/** The shadow roots an element sits in, innermost first: where a `lang` change could affect it. */
export function enclosingShadowRoots(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}
