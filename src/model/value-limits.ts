import { violation, type Violation } from './shared/violation.js';

/**
 * Bounds on any value taken in (a record to store, an import file): a value deeper or larger than these
 * is refused as invalid before any schema, hash or copy walks it (those recurse, and a 20 000-deep value
 * would overflow the stack with a RangeError instead of a readable error).
 */
export interface ValueLimits {
  /** Nesting of objects and arrays. Records nest about 8 deep; history changes a few more. */
  maxDepth: number;
  /** Size as counted by `measureValue`: string lengths, object keys, 8 per other value. */
  maxSize: number;
}

/** The defaults: far above any real plan (a 5 000-item plan is about 3 M), far below what hurts a tab. */
export const DEFAULT_VALUE_LIMITS: ValueLimits = { maxDepth: 64, maxSize: 32 * 1024 * 1024 };

/**
 * Checks a value against the limits without recursion (an explicit stack), stopping at the first limit
 * passed: `value.too-deep` or `value.too-big`, with the path where it was found. Never throws;
 * cycles count as too deep.
 */
export function checkValueLimits(value: unknown, limits: ValueLimits = DEFAULT_VALUE_LIMITS): Violation | undefined {
  const stack: { item: unknown; depth: number; path: (string | number)[] }[] = [{ item: value, depth: 0, path: [] }];
  let size = 0;
  while (stack.length > 0) {
    const { item, depth, path } = stack.pop()!;
    if (typeof item === 'string') size += item.length;
    else if (typeof item !== 'object' || item === null) size += 8;
    else {
      if (depth >= limits.maxDepth) return violation('value.too-deep', path, { maximum: limits.maxDepth });
      const keys = Array.isArray(item) ? item.keys() : Object.keys(item);
      for (const key of keys) {
        size += typeof key === 'string' ? key.length : 8;
        stack.push({ item: (item as Record<string | number, unknown>)[key], depth: depth + 1, path: depth < 8 ? [...path, key] : path });
      }
    }
    if (size > limits.maxSize) return violation('value.too-big', path, { maximum: limits.maxSize });
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The paths of fields a value has that its parsed form has not: what a schema left out because it does
 * not know them (`__proto__`, a misspelt field, a payload). Fields whose value is undefined do not count.
 */
export function unknownFields(input: unknown, parsed: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(input) && Array.isArray(parsed)) return input.flatMap((item, index) => unknownFields(item, parsed[index], [...path, index]));
  if (!isPlainObject(input) || !isPlainObject(parsed)) return [];
  const found: (string | number)[][] = [];
  for (const key of Object.keys(input)) {
    if (input[key] === undefined) continue;
    if (!Object.hasOwn(parsed, key)) found.push([...path, key]);
    else found.push(...unknownFields(input[key], parsed[key], [...path, key]));
  }
  return found;
}
