/**
 * Verdicts and records the log cannot read. A stored contact that fails validation is kept unchanged
 * and not shown; the storage reports only its kind and id (its date, plan and outcome are what could not
 * be read). So the period it belongs to cannot be known, and while such a contact exists every verdict it
 * could change is not given: a period "not met" or a visit "missed" is "cannot be judged" instead. A
 * verdict it could not change stays: a missing record can only add visits, so a count reached stays
 * reached. A share is another matter: a record that cannot be read may be a visit on either side of it
 * (the caseworker standard's "most visits in the child's residence"), so a share is judged only when it
 * holds whatever those records are (`mostWithDamaged`).
 */

/** The damaged records that are contacts (a damaged plan changes no other plan's verdict). */
export function damagedContactCount(unreadable: readonly { kind: string }[]): number {
  return unreadable.filter((entry) => entry.kind === 'contact').length;
}

/** The damaged records that are visitation plans: while any exist, that a child has no plan cannot be said. */
export function damagedPlanCount(unreadable: readonly { kind: string }[]): number {
  return unreadable.filter((entry) => entry.kind === 'visitationPlan').length;
}

/**
 * A verdict of a period or a visit given `damagedContacts` contacts that could not be read: `failed`
 * verdicts ("not met", "missed") become 'cannot-judge' when any exist; every other verdict stays.
 */
export function verdictWithDamaged<S extends string>(state: S, failed: ReadonlySet<S>, damagedContacts: number): S | 'cannot-judge' {
  return damagedContacts > 0 && failed.has(state) ? 'cannot-judge' : state;
}

/**
 * Whether `count` of `of` is most (more than half) whatever `damaged` records that could not be read are:
 * true when it is most even if each of them counts against it (one more of `of`, not of `count`), false
 * when it is not even if each counts for it, null when they could decide it. With no damaged records,
 * simply whether `count` is more than half of `of`.
 */
export function mostWithDamaged(count: number, of: number, damaged: number): boolean | null {
  if (count * 2 > of + damaged) return true;
  if ((count + damaged) * 2 <= of + damaged) return false;
  return null;
}
