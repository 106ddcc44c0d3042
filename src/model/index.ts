export * from './record.js';
export * from './violation.js';
export * from './records.js';
export * from './history.js';
export * from './json-schema.js';
export * from './participant.js';
export * from './catalog.js';
export * from './service-plan/index.js';
