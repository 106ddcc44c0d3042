import type { CaseworkerMonth } from './caseworker-standard.js';
import { mostWithDamaged } from './damaged-records.js';

/** The share of child-months that must have a caseworker visit (the federal standard: 95 %). */
export const CHILD_MONTHS_TARGET_PERCENT = 95;

/** One measure of the caseworker standard as a share: how many of how many, and whether it meets its target. */
export interface StandardShare {
  /** What meets the measure: child-months with a visit, or visits in the child's residence. */
  count: number;
  /** Out of: child-months judged, or visits. */
  of: number;
  /** count / of, or null while there is nothing to judge. */
  share: number | null;
  /** Whether the share meets its target; null while there is nothing to judge, or damaged contacts could decide it. */
  meets: boolean | null;
}

/**
 * The share of child-months with at least one caseworker visit, against 95 %. A month under way is
 * judged once it has a visit; until then it may still get one, so it is left out rather than failed.
 * A month that cannot be judged (damaged contacts exist) counts as not visited in the share, and the
 * verdict is null, not "below", when those months could still bring the share to its target.
 */
export function childMonthsVisitedShare(months: readonly CaseworkerMonth[]): StandardShare {
  const judged = months.filter((month) => month.status !== 'in-progress' || month.visits > 0);
  const visited = judged.filter((month) => month.visits > 0).length;
  if (judged.length === 0) return { count: 0, of: 0, share: null, meets: null };
  // Months that cannot be judged (damaged contacts exist) may yet have had their visit: "below" only
  // when the target is out of reach even if they all had one.
  const unknown = judged.filter((month) => month.status === 'cannot-judge' && month.visits === 0).length;
  // Whole numbers: 19 of 20 is exactly 95 %, whatever floating point makes of 19 / 20.
  const reaches = (count: number) => count * 100 >= CHILD_MONTHS_TARGET_PERCENT * judged.length;
  return { count: visited, of: judged.length, share: visited / judged.length, meets: reaches(visited) ? true : unknown > 0 && reaches(visited + unknown) ? null : false };
}

/**
 * The share of caseworker visits made in the child's residence, against "most" (more than half). With
 * `damagedContacts` (contacts that could not be read, each possibly a caseworker visit in or out of the
 * residence), the verdict is given only when they could not change it; null otherwise.
 */
export function residenceVisitsShare(months: readonly CaseworkerMonth[], damagedContacts = 0): StandardShare {
  const visits = months.reduce((total, month) => total + month.visits, 0);
  const inResidence = months.reduce((total, month) => total + month.inResidence, 0);
  if (visits === 0) return { count: 0, of: 0, share: null, meets: null };
  return { count: inResidence, of: visits, share: inResidence / visits, meets: mostWithDamaged(inResidence, visits, damagedContacts) };
}
