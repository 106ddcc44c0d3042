// caseplan-elements/sync.js: records that reach the agency's server. The local IndexedDB adapter plus a
// persistent outbox, speaking the protocol of server/openapi.json over fetch (no other dependency).
export { SyncStorageAdapter, type SyncStorageOptions } from '../storage/sync/sync-adapter.js';
export { hasSyncStatus, type SyncState, type SyncStatusSource } from '../storage/sync/state.js';
export { SyncHttpError, type TokenSource } from '../storage/sync/http-client.js';
export type { ConflictRow as SyncConflict, OutboxEntry as SyncOutboxEntry } from '../storage/sync/sync-db.js';
export { retryDelay, type BackoffOptions } from '../storage/sync/backoff.js';
export * from '../storage/sync/protocol.js';
