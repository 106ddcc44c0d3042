export * from './adapter.js';
export * from './errors.js';
export * from './memory-adapter.js';
export * from './dexie-adapter.js';
export * from './open-default.js';
export * from './with-timeout.js';
export * from './clear-local-data.js';
export * from './encrypting-adapter.js';
export { EncryptedEnvelopeSchema, encryptedEnvelopeSchemas, type EncryptedEnvelope } from './encrypted-envelope.js';
