import type { ServicePlanContent } from './plan.js';

export interface MergeResult<T extends ServicePlanContent> {
  plan: T;
  /** Where both sides changed the same thing differently; mine was kept there (theirs stays in the history). */
  conflicts: (string | number)[][];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Keyed = { id: string };

/** Merges two edited versions of a list of records with ids: additions and removals from both sides kept. */
function mergeById<T extends Keyed>(base: readonly T[], mine: readonly T[], theirs: readonly T[], field: string, conflicts: (string | number)[][]): T[] {
  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  const theirsById = new Map(theirs.map((entry) => [entry.id, entry]));
  const mineIds = new Set(mine.map((entry) => entry.id));
  const merged: T[] = [];
  for (const entry of mine) {
    const original = baseById.get(entry.id);
    const other = theirsById.get(entry.id);
    if (original === undefined) merged.push(entry); // I added it
    else if (other === undefined) {
      // They removed it: keep it only if I changed it meanwhile (my work is not thrown away).
      if (!same(entry, original)) {
        merged.push(entry);
        conflicts.push([field, entry.id]);
      }
    } else if (same(entry, original)) merged.push(other);
    else {
      if (!same(other, original) && !same(other, entry)) conflicts.push([field, entry.id]);
      merged.push(entry);
    }
  }
  theirs.forEach((entry, index) => {
    if (mineIds.has(entry.id)) return;
    const original = baseById.get(entry.id);
    if (original === undefined) merged.splice(Math.min(index, merged.length), 0, entry); // they added it
    else if (!same(entry, original)) {
      // I removed what they changed: keep their version.
      merged.splice(Math.min(index, merged.length), 0, entry);
      conflicts.push([field, entry.id]);
    }
  });
  return merged;
}

const listFields = ['subGoals', 'planGroups', 'milestones', 'reviews', 'revisionRequests'] as const;

/**
 * A three-way merge of my unsaved plan and the one someone else saved, from the version both started
 * at: every field only one side changed takes that side's value; lists with ids merge entry by entry;
 * where both changed the same thing, mine is kept and the place is reported. Storage metadata comes from theirs.
 */
export function mergePlans<T extends ServicePlanContent>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: (string | number)[][] = [];
  const merged = structuredClone(theirs) as Record<string, unknown>;
  const baseFields = base as Record<string, unknown>;
  const mineFields = mine as Record<string, unknown>;
  const theirFields = theirs as Record<string, unknown>;
  const contentKeys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)]);
  for (const meta of ['id', 'version', 'createdAt', 'updatedAt', 'updatedBy', 'archived']) contentKeys.delete(meta);
  for (const key of contentKeys) {
    if ((listFields as readonly string[]).includes(key)) continue;
    const mineChanged = !same(mineFields[key], baseFields[key]);
    const theirsChanged = !same(theirFields[key], baseFields[key]);
    if (!mineChanged) continue;
    if (theirsChanged && !same(mineFields[key], theirFields[key])) conflicts.push([key]);
    if (mineFields[key] === undefined) delete merged[key];
    else merged[key] = structuredClone(mineFields[key]);
  }
  for (const field of listFields) {
    merged[field] = structuredClone(mergeById<Keyed>(base[field], mine[field], theirs[field], field, conflicts));
  }
  return { plan: merged as T, conflicts };
}
