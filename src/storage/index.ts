export * from './adapter.js';
export * from './errors.js';
export * from './memory-adapter.js';
export * from './dexie-adapter.js';
export * from './open-default.js';
export * from './with-timeout.js';
export * from './clear-local-data.js';
export { onLocalDataCleared } from './local-data-cleared.js';
// The history key and the verdicts of verifyHistory(), and the limits on values written: adapter options.
export { importHistoryKey, type HistoryKey, type HistoryVerdict, type HistoryBreak, type HistoryAssurance } from '../model/history-chain.js';
export { DEFAULT_VALUE_LIMITS, type ValueLimits } from '../model/value-limits.js';
export * from './encrypting-adapter.js';
export { EncryptedEnvelopeSchema, encryptedEnvelopeSchemas, type EncryptedEnvelope } from './encrypted-envelope.js';
// The record shape every adapter method takes and returns, so a host needs only this entry point.
export type { StoredRecord, RecordMeta, IndexedFields } from '../model/record.js';
export * from './exchange.js';
