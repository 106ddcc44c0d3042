/**
 * The one way selectors keep their last result. Keyed by an object held in one actor's context (its
 * plans list, its contacts, its plan: never changed in place, each change makes a new one), so every
 * actor on a page keeps its own results and they go with the actor; within a key, one entry per
 * `slot` (a step, an order), reused while every input is the same.
 */
export function selectorCache<Key extends object, Result>() {
  const cache = new WeakMap<Key, Map<string, { inputs: readonly unknown[]; result: Result }>>();
  return (key: Key, slot: string, inputs: readonly unknown[], compute: () => Result): Result => {
    let slots = cache.get(key);
    if (!slots) cache.set(key, (slots = new Map()));
    const known = slots.get(slot);
    if (known && known.inputs.length === inputs.length && known.inputs.every((input, index) => Object.is(input, inputs[index]))) return known.result;
    const result = compute();
    slots.set(slot, { inputs, result });
    return result;
  };
}
