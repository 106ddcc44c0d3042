type Json = unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const idOf = (value: unknown): string | undefined => (isPlainObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined);

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  // Entries with an id are matched by id (an item inserted or moved keeps the others shared).
  const byId = new Map<string, unknown>();
  for (const entry of previous) {
    const id = idOf(entry);
    if (id !== undefined) byId.set(id, entry);
  }
  let same = previous.length === next.length;
  const shared = next.map((entry, index) => {
    const id = idOf(entry);
    const counterpart = id !== undefined && byId.has(id) ? byId.get(id) : previous[index];
    const result = shareUnchanged(counterpart, entry);
    if (result !== previous[index]) same = false;
    return result;
  });
  return same ? previous : shared;
}

// A key holding `undefined` is no field at all (as in JSON, which is how records are stored).
const definedKeys = (value: Record<string, unknown>) => Object.keys(value).filter((key) => value[key] !== undefined);

function shareObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const keys = definedKeys(next);
  let same = keys.length === definedKeys(previous).length;
  const shared: Record<string, unknown> = {};
  for (const key of Object.keys(next)) {
    const result = shareUnchanged(previous[key], next[key]);
    if (result !== previous[key]) same = false;
    shared[key] = result;
  }
  return same ? previous : shared;
}

/**
 * `next`, with every part that is deeply equal to the same part of `previous` replaced by that part of
 * `previous`: the result is `previous` itself when nothing changed. An edit copies the whole plan, so
 * without this every item of a 1 000-item plan would look new to a view that re-renders only what
 * changed. Works on JSON-like data (plain objects, arrays, primitives); anything else is compared by
 * identity.
 */
export function shareUnchanged<T extends Json>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (isPlainObject(previous) && isPlainObject(next)) return shareObject(previous, next) as T;
  return next;
}
