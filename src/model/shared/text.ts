import * as z from 'zod/mini';
import type { Violation } from './violation.js';

/**
 * Text limits shared by every plan, participant and catalog field. A value past its limit is refused
 * with a Violation (`value.too-long`), never truncated and never a crash: a 50 000-character note is
 * data the UI can explain.
 */
export const TEXT_LIMITS = {
  /** Names and titles: one line. */
  title: 200,
  /** Short labels: a unit type, a relationship, a close reason summary. */
  label: 100,
  /** Purposes, notes on a delivery, comments on an approval. */
  medium: 2000,
  /** Descriptions, outcomes, instructions, review summaries, revision requests. */
  long: 10_000,
  /** One need or one strength. */
  listEntry: 500,
  /** How many entries a text list (needs, strengths) may hold. */
  listLength: 100,
} as const;

/**
 * Whether `value` is longer than `max` characters, counted as the schemas' `z.maxLength` counts them (zod 4.6):
 * Unicode code points, so an emoji is one character, not two UTF-16 units; a combining mark is one of its own.
 * For limits checked outside a schema (a close reason, an approval comment), so both say the same.
 */
export function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false; // a code point is one or two units: fits in units, fits in characters
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

// Control characters break rendering and exports; line breaks are fine in long texts only.
function hasControlCharacter(value: string, allowLineBreaks: boolean): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code === 0x7f) return true;
    if (code >= 0x20) continue;
    if (allowLineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    return true;
  }
  return false;
}
const singleLineControl = { test: (value: string) => hasControlCharacter(value, false) };
const multiLineControl = { test: (value: string) => hasControlCharacter(value, true) };
// A name is shown in lists, emails and exports: something that looks like a tag is refused outright.
const markupLike = /<\s*\/?\s*[A-Za-z!?]/;

export function hasMarkup(value: string): boolean {
  return markupLike.test(value);
}

/** A one-line name or title: no control characters, no markup, at most `max` characters. */
export function nameText(max: number = TEXT_LIMITS.title) {
  return z.string().check(
    z.minLength(1, 'value.required'),
    z.maxLength(max, 'value.too-long'),
    z.refine((value) => value.trim().length > 0, 'value.required'),
    z.refine((value) => !singleLineControl.test(value), 'value.control-characters'),
    z.refine((value) => !hasMarkup(value), 'value.markup'),
  );
}

/** A one-line title that may still be empty while a draft is being written (the goal's title). */
export function draftTitleText(max: number = TEXT_LIMITS.title) {
  return z.string().check(
    z.maxLength(max, 'value.too-long'),
    z.refine((value) => !singleLineControl.test(value), 'value.control-characters'),
    z.refine((value) => !hasMarkup(value), 'value.markup'),
  );
}

/** Free text that may span lines and may be empty. Rendered as text, never as HTML. */
export function longText(max: number = TEXT_LIMITS.long) {
  return z.string().check(
    z.maxLength(max, 'value.too-long'),
    z.refine((value) => !multiLineControl.test(value), 'value.control-characters'),
  );
}

/** Free text that must say something (a revision request, a decline comment). */
export function requiredLongText(max: number = TEXT_LIMITS.long) {
  return z.string().check(
    z.minLength(1, 'value.required'),
    z.maxLength(max, 'value.too-long'),
    z.refine((value) => value.trim().length > 0, 'value.required'),
    z.refine((value) => !multiLineControl.test(value), 'value.control-characters'),
  );
}

/** A list of short texts (needs, strengths). */
export function textList() {
  return z.array(nameText(TEXT_LIMITS.listEntry)).check(z.maxLength(TEXT_LIMITS.listLength, 'value.too-many'));
}

// Half of a UTF-16 pair with no other half (an emoji cut in two by another system or a paste): a JavaScript
// string and IndexedDB hold it, but it is not text: PostgreSQL's jsonb refuses it, so the agency's server
// could never store the record. With the `u` flag a surrogate that is part of a pair reads as one code point.
const loneSurrogate = /\p{Cs}/u;

// Whether any string in `value` (a key or a value) holds one. Checked on every write of a plan of 1 000
// items, so it walks without building paths; only a hit pays for finding where. Without recursion and
// visiting each object once: a value from a host may be nested thousands deep, or hold itself.
function holdsLoneSurrogate(value: unknown): boolean {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (loneSurrogate.test(next)) return true;
      continue;
    }
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    if (Array.isArray(next)) {
      for (const inner of next as unknown[]) pending.push(inner);
      continue;
    }
    for (const key in next) {
      if (!Object.hasOwn(next, key)) continue;
      if (loneSurrogate.test(key)) return true;
      pending.push((next as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/**
 * Where the first string holding a lone surrogate is in `value` (a key or a value), as a `value.lone-surrogate`
 * violation at its path; undefined when there is none. Checked on every write, here and on the server.
 */
export function loneSurrogateAt(value: unknown, path: (string | number)[] = []): Violation | undefined {
  if (!holdsLoneSurrogate(value)) return undefined;
  // Depth first, in key order, as the record reads; each entry's key is checked before its value.
  const pending: { value: unknown; path: (string | number)[]; key?: string }[] = [{ value, path }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.key !== undefined && loneSurrogate.test(next.key)) return { code: 'value.lone-surrogate', path: next.path };
    if (typeof next.value === 'string') {
      if (loneSurrogate.test(next.value)) return { code: 'value.lone-surrogate', path: next.path };
      continue;
    }
    if (typeof next.value !== 'object' || next.value === null || seen.has(next.value)) continue;
    seen.add(next.value);
    const isList = Array.isArray(next.value);
    const entries = Object.entries(next.value);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, inner] = entries[index]!;
      pending.push({ value: inner, path: [...next.path, isList ? Number(key) : key], key });
    }
  }
  return undefined;
}

/** The rule of a record's texts: none holds half a character (said at its field, before storage refuses it). */
export function loneSurrogates(value: unknown): Violation[] {
  const found = loneSurrogateAt(value);
  return found ? [found] : [];
}
