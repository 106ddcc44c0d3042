import * as z from 'zod/mini';
import { RecordMetaSchema, type StoredRecord } from '../model/record.js';
import type { Violation } from '../model/violation.js';
import { recordSchemas } from '../model/records.js';
import type { RecordKind } from './adapter.js';

export type SchemaMap = Record<string, z.ZodMiniType>;

export const defaultSchemas: SchemaMap = recordSchemas;

/** zod issues as model Violations: the path names the field, the code is localizable. */
export function issuesToViolations(issues: readonly z.core.$ZodIssue[]): Violation[] {
  return issues.map((issue) => ({
    code: `value.${issue.code}`,
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
  }));
}

/** Checks a value against its kind's schema (record metadata only for a kind without one). */
export function checkRecord(schemas: SchemaMap, kind: RecordKind, value: unknown): { ok: true; record: StoredRecord } | { ok: false; violations: Violation[] } {
  const schema = schemas[kind] ?? RecordMetaSchema;
  const result = z.safeParse(schema, value);
  if (result.success) return { ok: true, record: value as StoredRecord };
  return { ok: false, violations: issuesToViolations(result.error.issues) };
}
