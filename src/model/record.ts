import * as z from 'zod/mini';

/** An identifier: short, printable, no markup. Hosts own people and cases, so ids come from them too. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9._:@-]+$/));

/** An instant in ISO 8601 form with an offset (what `Date.prototype.toISOString()` writes). */
export const InstantSchema = z.iso.datetime({ offset: true });

/** A calendar date (YYYY-MM-DD), for dates that have no time of day: due dates, birth dates. */
export const CalendarDateSchema = z.iso.date();

/**
 * Every stored record carries these. `version` is the number of writes the record has had; a write
 * carries the version it was read at and the adapter refuses a stale one (never a silent overwrite).
 */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  version: z.number().check(z.int(), z.minimum(0)),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  updatedBy: IdSchema,
  /** Archived records are kept, never hard-deleted; lists leave them out unless asked. */
  archived: z.optional(z.boolean()),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** The fields storage indexes so lists by case, child and plan stay fast. */
export interface IndexedFields {
  caseId?: string;
  childId?: string;
  planId?: string;
}

export type StoredRecord = RecordMeta & IndexedFields;
