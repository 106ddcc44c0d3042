import * as z from 'zod/mini';
import { violation, type Violation } from './violation.js';

// Our schemas name their checks with a Violation code ('value.too-long'); zod's own issues get one here.
const violationCode = /^[a-z]+(\.[a-z0-9-]+)+$/;

function pathOf(issue: z.core.$ZodIssue, basePath: readonly (string | number)[]): (string | number)[] {
  return [...basePath, ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))];
}

function codeFor(issue: z.core.$ZodIssue): string {
  if (violationCode.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? 'value.too-long' : issue.origin === 'array' ? 'value.too-many' : 'value.too-large';
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'value.required' : 'value.too-small';
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime' ? 'value.invalid-date' : 'value.invalid';
    case 'invalid_type':
      return issue.input === undefined ? 'value.required' : 'value.invalid';
    case 'invalid_value':
      return 'value.not-allowed';
    default:
      return 'value.invalid';
  }
}

function paramsFor(issue: z.core.$ZodIssue): Record<string, number> | undefined {
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  return undefined;
}

/** zod issues as Violations the UI can localize and place next to their field. Duplicates are merged. */
export function violationsFromIssues(issues: readonly z.core.$ZodIssue[], basePath: readonly (string | number)[] = []): Violation[] {
  const seen = new Set<string>();
  const result: Violation[] = [];
  for (const issue of issues) {
    const found = violation(codeFor(issue), pathOf(issue, basePath), paramsFor(issue));
    const key = `${found.code}|${found.path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(found);
  }
  return result;
}

/** Validates a value against a schema: the parsed value, or the Violations explaining why not. */
export function parseWithViolations<T>(schema: z.ZodMiniType<T>, value: unknown, basePath: readonly (string | number)[] = []): { ok: true; value: T } | { ok: false; violations: Violation[] } {
  const result = z.safeParse(schema, value);
  return result.success ? { ok: true, value: result.data } : { ok: false, violations: violationsFromIssues(result.error.issues, basePath) };
}
