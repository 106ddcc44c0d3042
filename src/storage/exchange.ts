import { buildExportDocument } from '../model/exchange/build.js';
import { exportedKinds, type ExportDocument } from '../model/exchange/document.js';
import { asHashedEntry, validateExportDocument } from '../model/exchange/validate.js';
import type { HistoryKey } from '../model/history-chain.js';
import { canonicalJson } from '../model/history-chain.js';
import type { HistoryEntry } from '../model/history.js';
import type { StoredRecord } from '../model/record.js';
import type { ServicePlan, ServicePlanRevision } from '../model/service-plan/plan.js';
import type { Contact } from '../model/visitation/contact.js';
import type { VisitationPlan } from '../model/visitation/plan.js';
import { violation, type Violation } from '../model/shared/violation.js';
import type { StorageAdapter, WriteRequest } from './adapter.js';
import { ConflictError, StorageError } from './errors.js';

/** Kind of the records that keep the history a record had before it was imported (the chain as exported). */
export const IMPORTED_HISTORY_KIND = 'importedHistory';

/**
 * Exports a service plan with its revisions, the visitation plans and contacts of its case (archived ones
 * too) and every one of their histories. Returns undefined when the plan does not exist.
 */
export async function exportServicePlan(storage: StorageAdapter, planId: string, stamp: { now: Date; exportedBy: string }): Promise<ExportDocument | undefined> {
  const plan = await storage.get<ServicePlan>(exportedKinds.plan, planId);
  if (!plan) return undefined;
  const revisions = (await storage.list<ServicePlanRevision>(exportedKinds.revisions, { planId, includeArchived: true })).records;
  const query = { caseId: plan.caseId, includeArchived: true };
  const visitationPlans = (await storage.list<VisitationPlan>(exportedKinds.visitationPlans, query)).records;
  const contacts = (await storage.list<Contact>(exportedKinds.contacts, query)).records;
  const histories: HistoryEntry[] = [];
  const records: [string, StoredRecord[]][] = [
    [exportedKinds.plan, [plan]],
    [exportedKinds.revisions, revisions],
    [exportedKinds.visitationPlans, visitationPlans],
    [exportedKinds.contacts, contacts],
  ];
  for (const [kind, list] of records) for (const record of list) histories.push(...(await storage.history(kind, record.id)));
  return buildExportDocument({ plan, revisions, visitationPlans, contacts, histories }, stamp);
}

export type ImportResult =
  | { ok: true; created: number; updated: number; unchanged: number }
  /** Nothing was written. Each problem has a localizable code (`exchange.*`, `value.*`, `storage.*`) and a path. */
  | { ok: false; problems: Violation[] };

export interface ImportOptions {
  /** Who imports, and when: stamped on the imported histories kept beside the records. */
  importedBy: string;
  now: Date;
  /** The history key of the store that exported the file, if it used one: keyed histories need it. */
  historyKey?: HistoryKey;
}

/** The content of a record without its per-store write count: to tell an identical record from a changed one. */
function content(record: StoredRecord): string {
  const { version: _version, ...rest } = record;
  return canonicalJson(rest);
}

/**
 * Imports an export document: validated in full first (every problem reported with its path; a record
 * whose history does not verify refuses the whole file), then written in one transaction, so a failed
 * import changes nothing. What decides is each record's verified history, never the file's timestamps:
 * - not stored here: created;
 * - stored with the same content: unchanged (so importing the same file twice changes nothing);
 * - the file's history is one this store already has (written here, or imported before): the stored
 *   record is as new or newer, `exchange.stored-is-newer`;
 * - the file's history continues the stored record's (it was made from what this store holds now: it
 *   imported this store's head, or this store's head is the import of an earlier point of that history):
 *   updated;
 * - anything else (both changed since they last met, or no history to tell): `exchange.diverged`.
 * A refused record is reported, never overwritten, and then nothing at all is imported. The history each
 * record had in the file is kept beside it (kind `importedHistory`), and the import's own history entry
 * names the head it imported (`importedHead`), so the next import knows where the two stores stand.
 */
export async function importExportDocument(storage: StorageAdapter, value: unknown, options: ImportOptions): Promise<ImportResult> {
  const validation = await validateExportDocument(value, options.historyKey ? { historyKey: options.historyKey } : {});
  if (!validation.ok) return { ok: false, problems: validation.problems };
  const { document } = validation;
  const at = options.now.toISOString();
  const parts: [string, (string | number)[], StoredRecord][] = [
    [exportedKinds.plan, ['plan'], document.plan],
    ...document.revisions.map((record, index): [string, (string | number)[], StoredRecord] => [exportedKinds.revisions, ['revisions', index], record]),
    ...document.visitationPlans.map((record, index): [string, (string | number)[], StoredRecord] => [exportedKinds.visitationPlans, ['visitationPlans', index], record]),
    ...document.contacts.map((record, index): [string, (string | number)[], StoredRecord] => [exportedKinds.contacts, ['contacts', index], record]),
  ];
  const writes: WriteRequest[] = [];
  const problems: Violation[] = [];
  let unchanged = 0;
  let updated = 0;
  try {
    for (const [kind, path, record] of parts) {
      const entries = document.histories.filter((entry) => entry.recordKind === kind && entry.recordId === record.id).map(asHashedEntry);
      const fileHead = entries.at(-1)?.hash;
      const stored = await storage.get(kind, record.id);
      if (stored && content(stored) === content(record)) {
        unchanged += 1;
        continue;
      }
      if (stored) {
        const standing = await standingOf(storage, kind, record.id, entries);
        if (standing !== 'continues') {
          problems.push(violation(standing === 'known' ? 'exchange.stored-is-newer' : 'exchange.diverged', path));
          continue;
        }
        updated += 1;
      }
      writes.push({ kind, record: { ...record, version: stored?.version ?? 0 }, action: 'record.imported', ...(fileHead ? { importedHead: fileHead } : {}) });
      if (entries.length > 0) writes.push({ kind: IMPORTED_HISTORY_KIND, record: await importedHistoryRecord(storage, kind, record.id, entries, at, options.importedBy) });
    }
    if (problems.length > 0) return { ok: false, problems };
    await storage.transaction(writes);
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, problems: [violation('storage.conflict', [], { kind: error.kind })] };
    if (error instanceof StorageError) return { ok: false, problems: [violation(error.code, [])] };
    throw error;
  }
  return { ok: true, created: parts.length - unchanged - updated, updated, unchanged };
}

/**
 * Where a file's history of a record stands against the record stored here (whose content differs):
 * 'known' when this store already has the file's head (it wrote it, imported it, or imported a later
 * point); 'continues' when the file's history was made from what this store holds now; else 'diverged'.
 */
async function standingOf(storage: StorageAdapter, kind: string, id: string, fileEntries: readonly HistoryEntry[]): Promise<'known' | 'continues' | 'diverged'> {
  const fileHead = fileEntries.at(-1)?.hash;
  if (!fileHead) return 'diverged';
  const local = await storage.history(kind, id);
  const kept = await storage.get<StoredRecord & { entries?: HistoryEntry[] }>(IMPORTED_HISTORY_KIND, `${kind}.${id}`);
  const known = new Set<string>();
  for (const entry of local) {
    known.add(entry.hash);
    if (entry.importedHead) known.add(entry.importedHead);
  }
  for (const entry of kept?.entries ?? []) known.add(entry.hash);
  if (known.has(fileHead)) return 'known';
  const localHead = local.at(-1);
  if (!localHead) return 'diverged';
  const fileHashes = new Set(fileEntries.map((entry) => entry.hash));
  const continues =
    fileHashes.has(localHead.hash) ||
    fileEntries.some((entry) => entry.importedHead === localHead.hash) ||
    (localHead.importedHead !== undefined && fileHashes.has(localHead.importedHead));
  return continues ? 'continues' : 'diverged';
}
async function importedHistoryRecord(storage: StorageAdapter, kind: string, id: string, entries: HistoryEntry[], at: string, by: string): Promise<StoredRecord> {
  const recordId = `${kind}.${id}`;
  const previous = await storage.get(IMPORTED_HISTORY_KIND, recordId);
  const record = { id: recordId, version: previous?.version ?? 0, createdAt: previous?.createdAt ?? at, updatedAt: at, updatedBy: by, recordKind: kind, recordId: id, entries };
  return record;
}
