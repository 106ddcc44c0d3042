export * from './cp-change.js';
export * from './cp-status-change.js';
export * from './cp-saved.js';
export * from './cp-error.js';
export * from './cp-conflict.js';
