/**
 * The sync protocol between a SyncStorageAdapter and an agency's server, as zod schemas: the browser
 * checks every response with them, the reference server (server/) checks every request, and
 * server/openapi.json states the same shapes (a test compares them).
 *
 * - push: writes in order, each carrying the server version it was based on and an idempotency key;
 *   per write: accepted (new version, server sequence, head hash of the server's history) or conflict
 *   (the server's record) or rejected (invalid, forbidden).
 * - pull: records changed since a checkpoint (the server's sequence), page by page, oldest first.
 * - stream: Server-Sent Events, one `change` event per committed change the token may see.
 * - log: sequences count within one change log, named by an id (`log` in pull pages and `ready`). When the
 *   server's database is emptied or restored, its log starts over with a new id: a checkpoint kept under
 *   another id means nothing, and the client pulls from 0 and pushes again what the server lost. A pull also
 *   names the change its checkpoint was taken at (`at`), which a log restored under the same id lacks.
 *   Both optional on the wire (protocol 1.1, additive): servers from before still work (the client then goes by
 *   the sequence going back, and by a push finding the server older than it accepted).
 */
import * as z from 'zod/mini';
import { HistoryEntrySchema } from '../../model/history.js';
import { IdSchema, InstantSchema, RecordMetaSchema } from '../../model/record.js';

/** Protocol version in every path: /v1/push, /v1/pull, /v1/stream, /v1/history/{kind}/{id}. */
export const SYNC_PROTOCOL_PATH = '/v1';

/** Most writes one push may carry, and most records one pull page returns. */
export const MAX_PUSH_WRITES = 200;
export const MAX_PULL_LIMIT = 1000;

/** A record on the wire: its kind's schema is checked separately (server: recordSchemas[kind]). */
export const WireRecordSchema = z.looseObject({ ...RecordMetaSchema.shape, caseId: IdSchema });

export const KindSchema = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z][A-Za-z0-9]*$/));

/** A server sequence number: the checkpoint a client keeps. */
export const SequenceSchema = z.number().check(z.int(), z.minimum(0));

/** The id of a server's change log: a checkpoint counts only in the log it was taken from. */
export const LogIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/**
 * The change a checkpoint was taken at, `kind:version:id` (the last change of the page that gave it), sent
 * with a pull as `at`: a server whose log does not hold it at that sequence answers 409
 * `checkpoint-not-in-log` (restored or emptied, even with the same log id and a sequence past it).
 */
export const CheckpointChangeSchema = z.string().check(z.maxLength(320), z.regex(/^[A-Za-z][A-Za-z0-9]{0,99}:\d{1,9}:[A-Za-z0-9._:@-]{1,200}$/));

export function checkpointChange(change: { kind: string; record: { id: string; version: number } }): string {
  return `${change.kind}:${change.record.version}:${change.record.id}`;
}

export function parseCheckpointChange(at: string): { kind: string; version: number; id: string } {
  const [kind = '', version = '0', ...id] = at.split(':');
  return { kind, version: Number(version), id: id.join(':') };
}

/**
 * The server's receipt of who created a record (its `authorId`), opaque to the browser: given with each accepted
 * write and pulled change of a record that has an author, kept, and sent back with the record if the server loses it.
 */
export const AuthorshipSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** What a write says for the server's history: who, when, which action; the server computes the changes. */
export const PushHistorySchema = z.object({
  at: InstantSchema,
  by: IdSchema,
  action: z.string().check(z.minLength(1), z.maxLength(100)),
  comment: z.optional(z.string().check(z.maxLength(5000))),
  /** The hash of the entry in the client's own chain, kept beside the server's entry for tracing. */
  clientHash: z.optional(z.string().check(z.maxLength(128))),
});
export type PushHistory = z.infer<typeof PushHistorySchema>;

export const PushWriteSchema = z.object({
  /** Unique per write, reused when the same write is sent again: the server applies it once. */
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(100), z.regex(/^[A-Za-z0-9._:-]+$/)),
  kind: KindSchema,
  /** The server version the write was based on (0 for a record the server has never had). */
  baseVersion: z.number().check(z.int(), z.minimum(0)),
  record: WireRecordSchema,
  history: PushHistorySchema,
  /**
   * The server's receipt of who created this record (`authorship` of an earlier accepted write or pulled change),
   * sent when a record the server lost is pushed back as new: a colleague's record is then taken with its author.
   */
  authorship: z.optional(AuthorshipSchema),
});
export type PushWrite = z.infer<typeof PushWriteSchema>;

export const PushRequestSchema = z.object({ writes: z.array(PushWriteSchema).check(z.minLength(1), z.maxLength(MAX_PUSH_WRITES)) });
export type PushRequest = z.infer<typeof PushRequestSchema>;

const ViolationSchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export const PushResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('accepted'),
    idempotencyKey: z.string(),
    kind: KindSchema,
    id: IdSchema,
    /** The version the server now holds. */
    version: z.number().check(z.int(), z.minimum(1)),
    seq: SequenceSchema,
    /** The hash of the last entry of the server's history of this record. */
    headHash: z.string(),
    /** True when this write had already been applied (same idempotency key): nothing new was written. */
    replayed: z.boolean(),
    /** The server's receipt of who created the record, for kinds with an author. */
    authorship: z.optional(AuthorshipSchema),
  }),
  z.object({
    status: z.literal('conflict'),
    idempotencyKey: z.string(),
    kind: KindSchema,
    id: IdSchema,
    /** What the server holds; null when the write assumed a record the server does not have. */
    current: z.nullable(WireRecordSchema),
  }),
  z.object({
    status: z.literal('rejected'),
    idempotencyKey: z.string(),
    kind: KindSchema,
    id: z.string(),
    /**
     * 'invalid-record', 'unknown-kind', 'forbidden', 'idempotency-key-reused', or 'unstorable' (the server's
     * database refused this record alone: a constraint, a value it cannot take; `sync.unstorable-record`).
     */
    code: z.string(),
    violations: z.array(ViolationSchema),
  }),
]);
export type PushResult = z.infer<typeof PushResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(PushResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PulledChangeSchema = z.object({
  seq: SequenceSchema,
  kind: KindSchema,
  record: WireRecordSchema,
  headHash: z.string(),
  /** The server's receipt of who created the record, for kinds with an author. */
  authorship: z.optional(AuthorshipSchema),
});
export type PulledChange = z.infer<typeof PulledChangeSchema>;

export const PullResponseSchema = z.object({
  /** Oldest first; each record at most once, as it stands now. */
  changes: z.array(PulledChangeSchema),
  /** Pass as `since` for the next page (the seq of the last change, or the `since` given when none). */
  checkpoint: SequenceSchema,
  hasMore: z.boolean(),
  /** The id of the server's change log the sequences belong to (new when the log started over). */
  log: z.optional(LogIdSchema),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** The data of one `change` event of the stream. */
export const StreamEventSchema = z.object({ seq: SequenceSchema, kind: KindSchema, id: IdSchema });
export type StreamEvent = z.infer<typeof StreamEventSchema>;

/** The data of the stream's `ready` event: where the server's log stands (first, and again when the log started over). */
export const StreamReadySchema = z.object({ seq: SequenceSchema, log: z.optional(LogIdSchema) });
export type StreamReady = z.infer<typeof StreamReadySchema>;

export const HistoryResponseSchema = z.object({
  kind: KindSchema,
  id: IdSchema,
  /** The server's chain, oldest first; `headHash` is the last entry's hash. */
  entries: z.array(HistoryEntrySchema),
  headHash: z.nullable(z.string()),
});
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;

/** Every error response: a stable code, a sentence for the developer, and what was wrong where. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    violations: z.optional(z.array(ViolationSchema)),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** The schemas server/openapi.json states under components.schemas (a test compares them). */
export const protocolSchemas = {
  PushRequest: PushRequestSchema,
  PushWrite: PushWriteSchema,
  PushResponse: PushResponseSchema,
  PushResult: PushResultSchema,
  PullResponse: PullResponseSchema,
  PulledChange: PulledChangeSchema,
  StreamEvent: StreamEventSchema,
  StreamReady: StreamReadySchema,
  HistoryResponse: HistoryResponseSchema,
  ErrorResponse: ErrorResponseSchema,
} as const;
