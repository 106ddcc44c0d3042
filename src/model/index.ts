export * from './record.js';
export * from './violation.js';
