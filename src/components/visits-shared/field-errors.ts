import type { Violation } from '../../model/shared/violation.js';

/** The dotted path a form field answers for (`recurrence.weekdays`, `participants`). */
export type FieldKey = string;

export function pathKey(path: readonly (string | number)[]): FieldKey {
  return path.join('.');
}

/**
 * Which Violations a form shows next to which field: a field shows the messages whose path starts with
 * its key, once the user has left the field or tried to save. Messages no field claims are listed in
 * the form's summary, so nothing wrong goes unsaid.
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

  /** The first violation of the field (or anything inside it), when it is to be shown. */
  for(key: FieldKey): Violation | undefined {
    if (!this.shows(key)) return undefined;
    return this.violations.find((found) => {
      const path = pathKey(found.path);
      return path === key || path.startsWith(`${key}.`);
    });
  }

  /** Everything wrong, for the summary at the top of the form (after a refused save). */
  get all(): readonly Violation[] {
    return this.submitted ? this.violations : [];
  }

  /** The field key that owns a violation (for the summary's links), or undefined. */
  owner(found: Violation): FieldKey | undefined {
    const path = pathKey(found.path);
    return [...this.fieldKeys].sort((a, b) => b.length - a.length).find((key) => path === key || path.startsWith(`${key}.`));
  }
}
