import { mergeWithChoices, pathKey, threeWayMerge, type FieldConflict, type FieldPath, type MergeResult } from './three-way-merge.js';

/** One path holds the other (or is it): a change at one touches the other. */
function overlaps(a: FieldPath, b: FieldPath): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.every((segment, index) => segment === longer[index]);
}

/**
 * One author's earlier batch of changes (`batch`, made on `base`) moved onto a save made elsewhere (`theirs`), written
 * on its own as that author. Where the batch and theirs both changed a field but a later change took the batch's value
 * out again (the plan as it stands now, `latestConflicts` being its conflicts with theirs, does not conflict there),
 * nobody's last word is against theirs: the batch keeps theirs there and writes only what its author still holds.
 * Undefined when the batch meets theirs on a field the plan as it stands still conflicts on: a person decides.
 */
export function rebaseBatch<T>(base: T, batch: T, theirs: T, latestConflicts: readonly FieldConflict[]): MergeResult<T> | undefined {
  const result = threeWayMerge(base, batch, theirs);
  if (result.conflicts.length === 0) return result;
  if (result.conflicts.some((conflict) => latestConflicts.some((latest) => overlaps(conflict.path, latest.path)))) return undefined;
  return mergeWithChoices(base, batch, theirs, new Map(result.conflicts.map((conflict) => [pathKey(conflict.path), 'theirs'])));
}
