export * from './record.js';
export * from './shared/violation.js';
export * from './shared/text.js';
export * from './shared/zod-violations.js';
export { addDays, addMonths, calendarDateOf, earliest, fullYearsBetween, isBefore, latest, type CalendarDate } from './shared/calendar.js';
export * from './records.js';
export * from './history.js';
export { currentHistoryAction, historyActions, planEditActions, planStepActions } from './history-actions.js';
export * from './json-schema.js';
export * from './participant.js';
export * from './catalog.js';
export * from './service-plan/index.js';
export * from './visitation/index.js';
export * from './history-diff.js';
// Every part of the chain but sealHistoryEntry, which sets the hash on the very entry it is given (the
// storage's own bulk write owns its entries; a host's code is given chainHistoryEntry, which copies).
export {
  canonicalJson,
  KEYED_HASH_PREFIX,
  importHistoryKey,
  hashHistoryEntry,
  hashEntry,
  digestRecord,
  digestCanonicalJson,
  chainHistoryEntry,
  chainEntry,
  chainHistoryEntries,
  verifyHistory,
  type HistoryEntryFormat,
  type HistoryKey,
  type HistoryBreak,
  type HistoryAssurance,
  type HistoryVerdict,
  type VerifyHistoryOptions,
} from './history-chain.js';
export * from './exchange/index.js';
export * from './value-limits.js';
export { threeWayMerge, mergeWithChoices, pathKey, BOOKKEEPING_FIELDS, type FieldConflict, type MergeResult, type MergeOptions, type ConflictChoice } from './shared/three-way-merge.js';
export * from './case-details.js';
export * from './staff.js';
