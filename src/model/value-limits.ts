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
 * The limits a stored record is read under: each the larger of the host's and the default. A record written
 * under limits raised by the host reads back; one written under the defaults still reads after the host
 * lowers them (a lower limit refuses new writes, never what is already saved).
 */
export function readLimitsOf(limits: ValueLimits | undefined): ValueLimits {
  if (!limits) return DEFAULT_VALUE_LIMITS;
  return { maxDepth: Math.max(limits.maxDepth, DEFAULT_VALUE_LIMITS.maxDepth), maxSize: Math.max(limits.maxSize, DEFAULT_VALUE_LIMITS.maxSize) };
}

/**
 * Checks a value against the limits, stopping at the first limit passed: `value.too-deep` or
 * `value.too-big`, with the path where it was found. Never throws;
 * cycles count as too deep.
 *
 * It runs on every record read and written (10 000 per list of a child's contacts), so the walk keeps no
 * paths: it only says whether a limit is passed. The rare value that passes one is walked again, in the
 * same order with the same counts, by the walk that names the path.
 */
export function checkValueLimits(value: unknown, limits: ValueLimits = DEFAULT_VALUE_LIMITS): Violation | undefined {
  const passed = firstLimitPassed(value, limits);
  if (passed === undefined) return undefined;
  // A getter may answer differently the second time: the refusal stands, with the path if found again.
  return locateLimitPassed(value, limits) ?? violation(passed, [], { maximum: passed === 'value.too-deep' ? limits.maxDepth : limits.maxSize });
}

type LimitCode = 'value.too-deep' | 'value.too-big';

/**
 * The walk of locateLimitPassed without paths, in its order (a container's key sizes first, then its values
 * last to first), recursive and allocating nothing but each object's key list: the recursion is no deeper
 * than `maxDepth`, and a leaf (most values: strings, numbers) is counted where it is found, without a call.
 * A record read is checked by this on every list (10 000 contacts: about half the time two stacks took).
 */
function firstLimitPassed(value: unknown, limits: ValueLimits): LimitCode | undefined {
  let size: number;
  try {
    size = typeof value === 'object' && value !== null ? sizeWithin(value, 0, 0, limits.maxDepth, limits.maxSize) : leafSize(value);
  } catch (error) {
    // A host's maxDepth deeper than the stack allows (ValueLimits is public): a value that deep is refused, never thrown.
    if (error instanceof RangeError) return 'value.too-deep';
    throw error;
  }
  if (size === TOO_DEEP) return 'value.too-deep';
  return size === TOO_BIG || size > limits.maxSize ? 'value.too-big' : undefined;
}

/** What sizeWithin returns once a limit is passed (a size is never negative). */
const TOO_DEEP = -1;
const TOO_BIG = -2;

function leafSize(value: unknown): number {
  return typeof value === 'string' ? value.length : 8;
}

/** `size` plus the size of a container and all it holds, or TOO_DEEP / TOO_BIG at the first limit passed. */
function sizeWithin(item: object, depth: number, size: number, maxDepth: number, maxSize: number): number {
  if (depth >= maxDepth) return TOO_DEEP;
  const keys = Array.isArray(item) ? undefined : Object.keys(item);
  const count = keys ? keys.length : (item as unknown[]).length;
  if (keys) for (let index = 0; index < count; index += 1) size += keys[index]!.length;
  else size += 8 * count;
  if (size > maxSize) return TOO_BIG;
  for (let index = count - 1; index >= 0; index -= 1) {
    const child: unknown = keys ? (item as Record<string, unknown>)[keys[index]!] : (item as unknown[])[index];
    if (typeof child === 'string') size += child.length;
    else if (typeof child !== 'object' || child === null) size += 8;
    else if ((size = sizeWithin(child, depth + 1, size, maxDepth, maxSize)) < 0) return size;
    if (size > maxSize) return TOO_BIG;
  }
  return size;
}

/**
 * The first limit passed and where (the path up to 8 deep): sizeWithin's walk, in its order with its counts,
 * keeping one path that grows and shrinks as it goes. It allocates nothing per slot (a 3-million-slot list
 * is counted in place), and copies the path only for the violation it returns.
 */
function locateLimitPassed(value: unknown, limits: ValueLimits): Violation | undefined {
  const path: (string | number)[] = [];
  let found: Violation | undefined;
  const passed = (code: LimitCode, at: readonly (string | number)[]) => {
    found = violation(code, at.slice(0, 8), { maximum: code === 'value.too-deep' ? limits.maxDepth : limits.maxSize });
    return code === 'value.too-deep' ? TOO_DEEP : TOO_BIG;
  };
  const walk = (item: object, depth: number, size: number): number => {
    if (depth >= limits.maxDepth) return passed('value.too-deep', path);
    const keys = Array.isArray(item) ? undefined : Object.keys(item);
    const count = keys ? keys.length : (item as unknown[]).length;
    if (keys) for (let index = 0; index < count; index += 1) size += keys[index]!.length;
    else size += 8 * count;
    if (size > limits.maxSize) return passed('value.too-big', path);
    for (let index = count - 1; index >= 0; index -= 1) {
      const key = keys ? keys[index]! : index;
      const child: unknown = (item as Record<string | number, unknown>)[key];
      path.push(key);
      if (typeof child === 'string') size += child.length;
      else if (typeof child !== 'object' || child === null) size += 8;
      else if ((size = walk(child, depth + 1, size)) < 0) return size;
      if (size > limits.maxSize) return passed('value.too-big', path);
      path.pop();
    }
    return size;
  };
  try {
    if (typeof value === 'object' && value !== null) walk(value, 0, 0);
    else if (leafSize(value) > limits.maxSize) passed('value.too-big', path);
  } catch (error) {
    // Deeper than the stack allows (see firstLimitPassed): the refusal stands without a path.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The paths of fields a value has that its parsed form has not: what a schema left out because it does
 * not know them (`__proto__`, a misspelt field, a payload). Fields whose value is undefined do not count.
 * One walk with one path that grows and shrinks as it goes: a path is copied only for a field found.
 */
export function unknownFields(input: unknown, parsed: unknown, path: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [];
  const at = [...path];
  const walk = (given: unknown, kept: unknown): void => {
    if (Array.isArray(given) && Array.isArray(kept)) {
      for (let index = 0; index < given.length; index += 1) {
        at.push(index);
        walk(given[index], kept[index]);
        at.pop();
      }
      return;
    }
    if (!isPlainObject(given) || !isPlainObject(kept)) return;
    for (const key of Object.keys(given)) {
      if (given[key] === undefined) continue;
      at.push(key);
      if (!Object.hasOwn(kept, key)) found.push([...at]);
      else walk(given[key], kept[key]);
      at.pop();
    }
  };
  walk(input, parsed);
  return found;
}
