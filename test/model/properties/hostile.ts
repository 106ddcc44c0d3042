// Hostile values for property tests: what a careless host, a corrupted file or an attacker could send.
import fc from 'fast-check';

export const markupPayloads = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("window.__pwned = true")()}}',
  '${alert(1)}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

export const hostileStrings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    ...markupPayloads,
    '',
    ' ',
    '\u0000',
    '\u202Eevil\u202C',
    '\uD800',
    '__proto__',
    'constructor',
    'prototype',
    'NaN',
    '2026-02-30',
    '2026-13-01T25:61:00Z',
    '9999-12-31T23:59:59.999Z',
    '0000-01-01',
    'x'.repeat(50_000),
    'é'.repeat(10_001),
  ),
);

export const hostileNumbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 1e308),
);

/** Objects whose keys try to reach Object.prototype when copied or merged. */
export const pollutingObjects = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  JSON.parse('{"id": "a", "__proto__": {"version": 1}}') as unknown,
  Object.create(null) as unknown,
);

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { nested: value };
  return value;
}

/** Anything at all: arbitrary JSON, JS values, hostile strings and numbers, prototype tricks, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true }),
  fc.json().map((text) => JSON.parse(text) as unknown),
  hostileStrings,
  hostileNumbers,
  pollutingObjects,
  fc.constantFrom(undefined, null, true, false, 0n, Symbol('x'), () => 1, new Date(Number.NaN), deeplyNested(5000)),
);

/** Every leaf path of a value (strings, numbers, booleans, and arrays as a whole). */
export function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, index) => leafPaths(item, [...prefix, index]))];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return [prefix];
}

/** A copy of `value` with the leaf at `path` replaced (or the root, for an empty path). */
export function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

/** A valid record with a few leaves replaced by hostile values (strings mostly: what passes the schema). */
export function mutated<T>(record: T, leafValue: fc.Arbitrary<unknown> = fc.oneof(hostileStrings, hostileStrings, hostileNumbers, hostileValue)): fc.Arbitrary<unknown> {
  const paths = leafPaths(record);
  return fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), leafValue), { minLength: 1, maxLength: 4 }).map((changes) =>
    changes.reduce<unknown>((current, [index, replacement]) => replaceAt(current, paths[index]!, replacement), record),
  );
}

export function isPolluted(): boolean {
  return ({} as Record<string, unknown>).polluted !== undefined || ({} as Record<string, unknown>).version !== undefined;
}
