import type { Violation } from '../../model/shared/violation.js';

/** The dotted path a form field answers for (`recurrence.weekdays`, `participants`). */
export type FieldKey = string;

export function pathKey(path: readonly (string | number)[]): FieldKey {
  return path.join('.');
}

/**
 * Which Violations a form shows next to which field: each message belongs to the one field whose key
 * is the longest start of its path (`recurrence.interval` to the interval, not to the recurrence
 * dropdown as well), shown once the user has left the field or tried to save. Messages no field claims
 * are listed in the form's summary, so nothing wrong goes unsaid.
 */
export class FieldErrors {
  constructor(
    private readonly violations: readonly Violation[],
    private readonly touched: ReadonlySet<FieldKey>,
    private readonly submitted: boolean,
    private readonly fieldKeys: readonly FieldKey[],
  ) {}

  private shows(key: FieldKey): boolean {
    return this.submitted || this.touched.has(key);
  }

  /** The first violation the field owns (no other field's message), when it is to be shown. */
  for(key: FieldKey): Violation | undefined {
    if (!this.shows(key)) return undefined;
    return this.violations.find((found) => this.owner(found) === key);
  }

  /** Everything wrong, for the summary at the top of the form (after a refused save), in the order of the fields. */
  get all(): readonly Violation[] {
    if (!this.submitted) return [];
    const rank = (found: Violation) => {
      const owner = this.owner(found);
      return owner === undefined ? this.fieldKeys.length : this.fieldKeys.indexOf(owner);
    };
    return [...this.violations].sort((a, b) => rank(a) - rank(b));
  }

  /** The field key that owns a violation (for the summary's links), or undefined. */
  owner(found: Violation): FieldKey | undefined {
    const path = pathKey(found.path);
    return [...this.fieldKeys].sort((a, b) => b.length - a.length).find((key) => path === key || path.startsWith(`${key}.`));
  }
}
