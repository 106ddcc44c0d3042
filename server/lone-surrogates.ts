import type { Violation } from '../src/model/shared/violation.js';

// Half of a UTF-16 pair with no other half (an emoji cut in two): JavaScript strings and IndexedDB hold it,
// JSON.stringify writes it as an escape, but PostgreSQL's jsonb refuses the escape, so such a write cannot
// be stored here. With the `u` flag a surrogate that is part of a pair is read as one code point, outside Cs.
const loneSurrogate = /\p{Cs}/u;

/**
 * Where the first string holding a lone surrogate is in `value` (a key or a value), as a path; undefined
 * when there is none. The push refuses that write by name instead of failing the whole request.
 */
export function loneSurrogateAt(value: unknown, path: (string | number)[] = []): Violation | undefined {
  if (typeof value === 'string') return loneSurrogate.test(value) ? { code: 'value.lone-surrogate', path } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (loneSurrogate.test(key)) return { code: 'value.lone-surrogate', path: at };
    const found = loneSurrogateAt(inner, at);
    if (found) return found;
  }
  return undefined;
}
