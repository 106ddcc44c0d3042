type Json = unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const idOf = (value: unknown): string | undefined => (isPlainObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined);

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  // Entries with an id are matched by id (an item inserted or moved keeps the others shared); the
  // id index is built only when an entry is not where it was.
  let byId: Map<string, unknown> | undefined;
  const counterpartOf = (entry: unknown, index: number): unknown => {
    const id = idOf(entry);
    if (id === undefined || idOf(previous[index]) === id) return previous[index];
    if (!byId) {
      byId = new Map();
      for (const candidate of previous) {
        const candidateId = idOf(candidate);
        if (candidateId !== undefined) byId.set(candidateId, candidate);
      }
    }
    return byId.get(id);
  };
  let same = previous.length === next.length;
  const shared = new Array<unknown>(next.length);
  for (let index = 0; index < next.length; index += 1) {
    const result = shareUnchanged(counterpartOf(next[index], index), next[index]);
    if (result !== previous[index]) same = false;
    shared[index] = result;
  }
  return same ? previous : shared;
}

// A key holding `undefined` is no field at all (as in JSON, which is how records are stored).
function definedKeyCount(value: Record<string, unknown>): number {
  let count = 0;
  for (const key in value) if (value[key] !== undefined) count += 1;
  return count;
}

function shareObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  let same = true;
  let nextDefined = 0;
  const shared: Record<string, unknown> = {};
  for (const key in next) {
    const value = next[key];
    if (value !== undefined) nextDefined += 1;
    const result = shareUnchanged(previous[key], value);
    if (result !== previous[key]) same = false;
    shared[key] = result;
  }
  return same && nextDefined === definedKeyCount(previous) ? previous : shared;
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
