export * from './text.js';
export * from './dates.js';
export * from './plan-item.js';
export * from './plan.js';
export * from './create.js';
export * from './issues.js';
