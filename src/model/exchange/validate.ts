import * as z from 'zod/mini';
import { canonicalJson, verifyHistory, type HistoryKey } from '../history-chain.js';
import { checkValueLimits, DEFAULT_VALUE_LIMITS, type ValueLimits } from '../value-limits.js';
import type { HistoryEntry } from '../history.js';
import { violationsFromIssues } from '../shared/zod-violations.js';
import { violation, type Violation } from '../shared/violation.js';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportDocumentSchema, exportedKinds, type ExportDocument, type ExportedPart } from './document.js';

export type ExportValidation = { ok: true; document: ExportDocument } | { ok: false; problems: Violation[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records of each part as they are in the file (possibly malformed), with their paths. */
function recordsOf(document: Record<string, unknown>): { part: ExportedPart; kind: string; path: (string | number)[]; record: Record<string, unknown> }[] {
  const found: ReturnType<typeof recordsOf> = [];
  if (isObject(document.plan)) found.push({ part: 'plan', kind: exportedKinds.plan, path: ['plan'], record: document.plan });
  for (const part of ['revisions', 'visitationPlans', 'contacts'] as const) {
    const list = document[part];
    if (!Array.isArray(list)) continue;
    list.forEach((record: unknown, index) => {
      if (isObject(record)) found.push({ part, kind: exportedKinds[part], path: [part, index], record });
    });
  }
  return found;
}

/** Problems no single schema sees: records of another case or plan, the same record twice, stray history. */
function crossCheck(document: Record<string, unknown>): Violation[] {
  const problems: Violation[] = [];
  const plan = isObject(document.plan) ? document.plan : undefined;
  const caseId = plan?.caseId;
  const seen = new Set<string>();
  const versions = new Map<string, number>();
  for (const { part, kind, path, record } of recordsOf(document)) {
    const key = `${kind}/${String(record.id)}`;
    if (seen.has(key)) problems.push(violation('exchange.duplicate-record', [...path, 'id']));
    seen.add(key);
    if (typeof record.version === 'number') versions.set(key, record.version);
    if (part !== 'plan' && typeof caseId === 'string' && record.caseId !== caseId) problems.push(violation('exchange.other-case', [...path, 'caseId']));
    if (part === 'revisions' && plan && record.planId !== plan.id) problems.push(violation('exchange.other-plan', [...path, 'planId']));
  }
  const histories = Array.isArray(document.histories) ? document.histories : [];
  histories.forEach((entry: unknown, index) => {
    if (!isObject(entry)) return;
    const key = `${String(entry.recordKind)}/${String(entry.recordId)}`;
    if (!seen.has(key)) problems.push(violation('exchange.orphan-history', ['histories', index]));
  });
  return problems;
}

/**
 * The entry as its hash covers it. An export made through an encrypting adapter carries each entry's
 * sealed changes and comment beside the readable ones; the readable ones cannot be checked here (they come
 * from bodies sealed under the exporting store's key), so an import keeps only what the hash covers.
 */
export function asHashedEntry(entry: HistoryEntry): HistoryEntry {
  const { sealedChanges, sealedComment, ...rest } = entry;
  if (sealedChanges === undefined && sealedComment === undefined) return entry;
  const { comment: _shown, ...withoutComment } = rest;
  return { ...withoutComment, changes: sealedChanges ?? rest.changes, ...(sealedComment !== undefined ? { comment: sealedComment } : rest.comment !== undefined ? { comment: rest.comment } : {}) };
}

/** Each record's history must be a whole, unbroken hash chain ending at the record's version. */
async function checkHistoryChains(document: ExportDocument, key: HistoryKey | undefined, asInFile: ReadonlyMap<string, Record<string, unknown>>): Promise<Violation[]> {
  const problems: Violation[] = [];
  const byRecord = new Map<string, { entries: HistoryEntry[]; firstIndex: number[] }>();
  document.histories.forEach((entry, index) => {
    const key = `${entry.recordKind}/${entry.recordId}`;
    const group = byRecord.get(key) ?? { entries: [], firstIndex: [] };
    group.entries.push(entry);
    group.firstIndex.push(index);
    byRecord.set(key, group);
  });
  const records = [
    { kind: exportedKinds.plan, record: document.plan },
    ...document.revisions.map((record) => ({ kind: exportedKinds.revisions, record })),
    ...document.visitationPlans.map((record) => ({ kind: exportedKinds.visitationPlans, record })),
    ...document.contacts.map((record) => ({ kind: exportedKinds.contacts, record })),
  ];
  for (const { kind, record } of records) {
    const group = byRecord.get(`${kind}/${record.id}`);
    if (!group) continue;
    // The record itself is checked against the head entry (its digest, or the first write it made), so a
    // record changed in the file with its history left as it was is refused. Not for a sealed head (an export
    // through an encrypting adapter): its digest covers the envelope, which the file does not carry.
    const head = group.entries.at(-1);
    const sealed = head?.sealedChanges !== undefined && canonicalJson(head.sealedChanges) !== canonicalJson(head.changes);
    // The record as the file holds it (the export wrote it as stored), not as parsed: parsing may drop or fill fields.
    const inFile = (asInFile.get(`${kind}/${record.id}`) ?? record) as { version: number };
    const verdict = await verifyHistory(group.entries, { ...(sealed ? { currentVersion: record.version } : { record: inFile }), ...(key ? { key } : {}) });
    if (!verdict.valid) {
      const index = group.firstIndex[Math.min(verdict.brokenAt, group.firstIndex.length - 1)] ?? 0;
      problems.push(violation('exchange.history-broken', ['histories', index], { reason: verdict.reason }));
    }
  }
  return problems;
}

export interface ExportValidationOptions {
  /** The history key the exporting store used, if any: with it every entry must be an HMAC under it; keyed histories cannot be checked without it. */
  historyKey?: HistoryKey;
  /** Depth and size limits on the whole document (defaults: DEFAULT_VALUE_LIMITS). */
  limits?: ValueLimits;
}

/**
 * Checks a whole export document before anything is imported, and reports every problem with its path
 * (`contacts.3.notes`). A file from elsewhere (no or another format tag) or from a newer SDK is refused
 * with one clear problem instead of a list of field errors. A document deeper or larger than the limits
 * is one problem too. Never throws: anything unexpected is `exchange.unreadable`.
 */
export async function validateExportDocument(value: unknown, options: ExportValidationOptions = {}): Promise<ExportValidation> {
  try {
    return await validateWithinLimits(value, options);
  } catch {
    return { ok: false, problems: [violation('exchange.unreadable', [])] };
  }
}

async function validateWithinLimits(value: unknown, options: ExportValidationOptions): Promise<ExportValidation> {
  const outOfBounds = checkValueLimits(value, options.limits ?? DEFAULT_VALUE_LIMITS);
  if (outOfBounds) return { ok: false, problems: [outOfBounds] };
  if (!isObject(value)) return { ok: false, problems: [violation('exchange.not-a-document', [])] };
  if (value.format !== EXPORT_FORMAT) return { ok: false, problems: [violation('exchange.wrong-format', ['format'])] };
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [violation('exchange.invalid-format-version', ['formatVersion'])] };
  }
  if (version > EXPORT_FORMAT_VERSION) {
    return { ok: false, problems: [violation('exchange.newer-format', ['formatVersion'], { version, supported: EXPORT_FORMAT_VERSION })] };
  }
  const parsed = z.safeParse(ExportDocumentSchema, value);
  const problems = [...(parsed.success ? [] : violationsFromIssues(parsed.error.issues)), ...crossCheck(value)];
  if (parsed.success && problems.length === 0) {
    const asInFile = new Map(recordsOf(value).map(({ kind, record }) => [`${kind}/${String(record.id)}`, record]));
    problems.push(...(await checkHistoryChains(parsed.data, options.historyKey, asInFile)));
  }
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, document: parsed.data };
}

/** Reads the text of an export file: JSON that is not valid is one problem, not an exception. */
export async function readExportText(text: string, options: ExportValidationOptions = {}): Promise<ExportValidation> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [violation('exchange.not-json', [])] };
  }
  return validateExportDocument(value, options);
}
