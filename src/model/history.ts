import * as z from 'zod/mini';
import { IdSchema, InstantSchema } from './record.js';

/** One changed field: its path inside the record (`subGoals.2.title`), with the values before and after. */
export const FieldChangeSchema = z.object({
  path: z.string().check(z.maxLength(500)),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * One entry of a record's history: who did what when, and which fields changed. Entries are chained:
 * `hash` covers the entry and `prevHash`, so an edited or removed entry breaks the chain.
 */
export const HistoryEntrySchema = z.object({
  id: IdSchema,
  recordKind: z.string().check(z.minLength(1), z.maxLength(100)),
  recordId: IdSchema,
  /** 1 for the record's first write, then +1 per write: equals the record version it produced. */
  seq: z.number().check(z.int(), z.minimum(1)),
  at: InstantSchema,
  by: IdSchema,
  /** The domain action ('plan.submitted', 'contact.archived'); 'record.updated' when none was named. */
  action: z.string().check(z.minLength(1), z.maxLength(100)),
  comment: z.optional(z.string().check(z.maxLength(5000))),
  changes: z.array(FieldChangeSchema),
  /**
   * Set only on entries read through an EncryptingStorageAdapter: the changes as stored (ciphertext),
   * while `changes` shows them decrypted. The hash covers what is stored, so it covers these.
   */
  sealedChanges: z.optional(z.array(FieldChangeSchema)),
  /** Likewise the comment as stored (sealed), while `comment` shows it decrypted. */
  sealedComment: z.optional(z.string()),
  /**
   * SHA-256 of the record exactly as this write stored it: binds the stored row to the head of its
   * history, so an edited row or an older version put back shows (absent on entries of earlier releases,
   * and on a record's first write in format 2, whose hash covers the record itself: see history-chain).
   */
  recordDigest: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  /** Set on the first entry of a record stored before histories existed (a chain that starts after version 1). */
  genesis: z.optional(z.literal('migrated')),
  /** On an imported write: the head hash of the history the file carried, so a later import knows its lineage. */
  importedHead: z.optional(z.string().check(z.maxLength(200))),
  prevHash: z.nullable(z.string().check(z.maxLength(200))),
  /** 64 hex digits, after `hmac-sha256:` when keyed, and after `sha256:2:` or `hmac-sha256:2:` in format 2. */
  hash: z.string().check(z.maxLength(200)),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

// The functions over entries live in their own files; re-exported here so `history.js` is the one place to import.
export { diffRecords } from './history-diff.js';
export {
  canonicalJson,
  chainEntry,
  chainHistoryEntries,
  chainHistoryEntry,
  digestRecord,
  hashEntry,
  hashHistoryEntry,
  importHistoryKey,
  KEYED_HASH_PREFIX,
  verifyHistory,
  type HistoryAssurance,
  type HistoryBreak,
  type HistoryKey,
  type HistoryVerdict,
  type VerifyHistoryOptions,
} from './history-chain.js';
