import type { Message } from './catalog.js';
import { isolatedText } from './bidi-isolate.js';

export type MessageParams = Record<string, string | number | undefined>;

const placeholderPattern = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The `{placeholder}` names a message uses, across all its plural forms, sorted (for the completeness test). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => typeof text === 'string');
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(placeholderPattern)) names.add(match[1]!);
  return [...names].sort();
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();
const numberFormatCache = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormatCache.get(locale);
  if (!format) numberFormatCache.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The text of a message for these params: plural forms are chosen by `count` with the locale's rules. */
export function selectForm(message: Message, params: MessageParams, locale: string): string {
  if (typeof message === 'string') return message;
  const count = typeof params.count === 'number' ? params.count : Number(params.count);
  if (!Number.isFinite(count)) return message.other;
  // An exact zero form reads better than "0 visits" in every language we ship, when a catalog gives one.
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[pluralRules(locale).select(count)] ?? message.other;
}

/**
 * A message text split once into literal text and placeholder names (`['Due ', 'date', '']`: names at
 * the odd places), French spacing already applied: opening a plan looks up hundreds of messages, and
 * scanning each text with regular expressions every time was most of what a lookup cost. Keyed by the
 * text itself (a catalog's text, never what people typed), so a changed message or language simply
 * finds another entry: a cached text cannot be stale.
 */
const compiledTexts = { plain: new Map<string, readonly string[]>(), french: new Map<string, readonly string[]>() };
const placeholderSplit = /\{([A-Za-z][A-Za-z0-9_]*)\}/;

function compiled(text: string, french: boolean): readonly string[] {
  const cache = french ? compiledTexts.french : compiledTexts.plain;
  let parts = cache.get(text);
  if (!parts) cache.set(text, (parts = (french ? frenchSpacing(text) : text).split(placeholderSplit)));
  return parts;
}

/**
 * Fills the placeholders. Numbers are formatted for the locale (`1 234,5` in French); a missing param
 * leaves nothing behind rather than a raw `{name}` a family would see.
 */
function filled(parts: readonly string[], params: MessageParams, locale: string): string {
  let text = parts[0]!;
  for (let at = 1; at < parts.length; at += 2) {
    const value = params[parts[at]!];
    // What people typed fills a placeholder: its direction controls end with it (bidi-isolate.ts).
    if (value !== undefined) text += typeof value === 'number' ? numberFormat(locale).format(value) : isolatedText(value);
    text += parts[at + 1]!;
  }
  return text;
}

/**
 * French typography in the catalog's own text (never in what people typed, which fills the
 * placeholders after): a no-break space before ":" and a narrow no-break space before ";", "!" and
 * "?", so a label never ends a line with its colon alone on the next. An ordinary space written there
 * by a translator becomes the right one.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/[ \u00A0\u202F]*:(?=\s|$)/g, '\u00A0:').replace(/[ \u00A0\u202F]*([;!?])(?=\s|$)/g, '\u202F$1');
}

const frenchLocale = /^fr/i;

export function formatMessage(message: Message, params: MessageParams, locale: string): string {
  return filled(compiled(selectForm(message, params, locale), frenchLocale.test(locale)), params, locale);
}
