/**
 * A copy of a value to store, made so that `JSON.stringify` of it is its canonical JSON (see canonicalJson:
 * every object's keys sorted): one walk copies it and puts each object's keys in that order, and the
 * engine's own JSON.stringify then writes it. A write used to copy the record (structuredClone), then walk
 * it again to build its canonical JSON by hand for its hash.
 *
 * Only for plain JSON-like data: strings, numbers, booleans, null, undefined, plain objects and dense
 * arrays without other properties. Anything else (a Date, a Map, a function, a sparse array, an object
 * with a key that reads as an array index, which JavaScript orders first, or `__proto__`) gives
 * undefined, and the caller copies and serializes the way it always did (structuredClone, canonicalJson).
 */
export function canonicalCopy<T extends object>(value: T, overrides: Partial<T> = {}): { copy: T; json: string } | undefined {
  if (!isPlainObject(value)) return undefined;
  try {
    const copy = copyObject(value as Record<string, unknown>, overrides as Record<string, unknown>) as T;
    return { copy, json: JSON.stringify(copy) };
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

/** Thrown (and caught above) where the value is not plain data: one check per value, no result to pass up. */
const notPlain = new Error('not plain JSON data');

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !Array.isArray(value);
}

function copyValue(value: unknown): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === undefined) return value;
    throw notPlain;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return copyArray(value);
  if (!isPlainObject(value)) throw notPlain;
  return copyObject(value as Record<string, unknown>);
}

function copyArray(array: unknown[]): unknown[] {
  // A hole or a property besides the items: JSON and structuredClone treat those differently.
  if (Object.getPrototypeOf(array) !== Array.prototype || Object.keys(array).length !== array.length) throw notPlain;
  const copy = new Array<unknown>(array.length);
  for (let index = 0; index < array.length; index += 1) {
    if (!(index in array)) throw notPlain;
    copy[index] = copyValue(array[index]);
  }
  return copy;
}

/** A sorted copy of `{ ...object, ...overrides }`, without making that spread copy first (top level only). */
function copyObject(object: Record<string, unknown>, overrides?: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(object);
  if (overrides) for (const key of Object.keys(overrides)) if (!Object.prototype.propertyIsEnumerable.call(object, key)) keys.push(key);
  for (const key of keys.sort()) {
    // Keys that read as array indexes are listed first whatever their insertion order; `__proto__` would set the prototype.
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') throw notPlain;
    copy[key] = copyValue(overrides && Object.hasOwn(overrides, key) ? overrides[key] : object[key]);
  }
  return copy;
}
