export * from './walk.js';
export * from './date-ranges.js';
export * from './units.js';
export * from './membership.js';
export * from './consistency.js';
export * from './readiness.js';
export * from './approvals.js';
export * from './validate.js';
