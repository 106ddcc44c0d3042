import * as z from 'zod/mini';
import { RecordMetaSchema, type StoredRecord } from '../model/record.js';
import { checkValueLimits, DEFAULT_VALUE_LIMITS, unknownFields, type ValueLimits } from '../model/value-limits.js';
import { violation, type Violation } from '../model/shared/violation.js';
import { loneSurrogateAt } from '../model/shared/text.js';
import { recordSchemas } from '../model/records.js';
import type { RecordKind } from './adapter.js';
import { checkingSchema, compileForBatch } from './compiled-check.js';

export type SchemaMap = Record<string, z.ZodMiniType>;

export const defaultSchemas: SchemaMap = recordSchemas;

/** A kind the schema map does not know keeps its fields; only its record metadata is checked. */
const UnknownKindSchema = z.looseObject(RecordMetaSchema.shape);

/** zod issues as model Violations: the path names the field, the code is localizable. */
export function issuesToViolations(issues: readonly z.core.$ZodIssue[]): Violation[] {
  return issues.map((issue) => ({
    code: `value.${issue.code}`,
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
  }));
}

/**
 * How strictly a value is checked. 'write': fields the schema does not know are refused, each named
 * (`value.unrecognized_keys` at its path): storing exactly what was given, or nothing, never loses a word
 * silently. 'read': such fields (written by an earlier release, or by hand) are left out of what is returned.
 */
export type CheckMode = 'write' | 'read';

export type RecordCheck = { ok: true; record: StoredRecord } | { ok: false; violations: Violation[] };

/**
 * Checks a value against its kind's schema (record metadata only for a kind without one) within the
 * size and depth limits, and returns the parsed record: the one to store or show, never the value given.
 * Never throws: a value too deep or too large is a violation like any other.
 */
export function checkRecord(schemas: SchemaMap, kind: RecordKind, value: unknown, mode: CheckMode = 'read', limits: ValueLimits = DEFAULT_VALUE_LIMITS): RecordCheck {
  const outOfBounds = checkValueLimits(value, limits);
  if (outOfBounds) return { ok: false, violations: [outOfBounds] };
  const schema = schemas[kind] ?? UnknownKindSchema;
  let result: ReturnType<typeof z.safeParse>;
  try {
    // A kind checked often goes through its compiled schema: the same checks, faster (compiled-check.ts).
    result = z.safeParse(checkingSchema(schema), value);
  } catch {
    // The limits keep the schema's recursion shallow; whatever else throws in it is still a refusal.
    return { ok: false, violations: [violation('value.invalid', [])] };
  }
  if (!result.success) return { ok: false, violations: issuesToViolations(result.error.issues) };
  if (mode === 'write') {
    const unknown = unknownFields(value, result.data);
    if (unknown.length > 0) return { ok: false, violations: unknown.map((path) => violation('value.unrecognized_keys', path, { field: String(path.at(-1)) })) };
    // On write only: a record stored before this check still reads, and is refused only when written again.
    const broken = loneSurrogateAt(result.data);
    if (broken) return { ok: false, violations: [broken] };
  }
  return { ok: true, record: result.data as StoredRecord };
}

/**
 * Before `count` records of a kind are checked in one go (a bulk write, a page of a long list): from a few
 * hundred on, the kind's compiled schema is made ready first, so they are all checked by it (see
 * compileForBatch). Same checks either way.
 */
export function readyToCheck(schemas: SchemaMap, kind: RecordKind, count: number): Promise<void> {
  return compileForBatch(schemas[kind] ?? UnknownKindSchema, count);
}
