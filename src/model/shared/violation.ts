/**
 * A broken rule or an invalid value, as data: a stable `code` the UI localizes, the `path` of the
 * field it concerns (so the message can sit next to that field) and the values the message needs.
 * Pure functions in src/model return these; they never throw for bad input.
 */
export interface Violation {
  code: string;
  path: (string | number)[];
  params?: Record<string, string | number>;
}

export function violation(code: string, path: (string | number)[] = [], params?: Record<string, string | number>): Violation {
  return params ? { code, path, params } : { code, path };
}

/** One violation per field, the first found: an empty id is "required", not also "invalid". */
export function firstPerField<T extends { path: (string | number)[] }>(violations: readonly T[]): T[] {
  const seen = new Set<string>();
  return violations.filter((found) => {
    const key = found.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each violation once: the same code at the same field found by two checks (the plan's rules and a step's blockers) is one problem. */
export function distinctViolations<T extends Violation>(violations: readonly T[]): T[] {
  const seen = new Set<string>();
  return violations.filter((found) => {
    const key = JSON.stringify([found.code, found.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
